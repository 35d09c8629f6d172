/** Implementations of the statemigration API; never exported. */
package org.osdkit.statemigration.internal;
