/**
 * An SMP's settings as ConfigMgr keeps them (deletion delay, cleanup cycle, restore-only mode,
 * storage folders with MaxClients and MinDiskSpace), read from the role's JSON export or given by
 * hand, and the use cases that store them and find the SMP a command is about.
 */
package org.osdkit.statemigration.settings;
