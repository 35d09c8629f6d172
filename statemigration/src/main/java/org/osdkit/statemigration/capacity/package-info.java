/** Capacity of each storage folder: stores against MaxClients, free space against MinDiskSpace, days until full. */
package org.osdkit.statemigration.capacity;
