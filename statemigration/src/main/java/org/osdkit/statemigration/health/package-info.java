/**
 * The health of an SMP: reachability, writability, capacity, backlog, stuck captures, interrupted runs.
 * {@code osdkit smp health} checks it ({@link org.osdkit.statemigration.health.CheckHealth}, the only
 * code that writes a probe file into a storage folder) and keeps the result; the dashboard shows the
 * last one kept ({@link org.osdkit.statemigration.health.ShowHealth}).
 */
package org.osdkit.statemigration.health;
