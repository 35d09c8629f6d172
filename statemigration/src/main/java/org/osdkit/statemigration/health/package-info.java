/** The health of an SMP for {@code osdkit smp health} and the dashboard: reachability, capacity, backlog, stuck captures, interrupted runs. */
package org.osdkit.statemigration.health;
