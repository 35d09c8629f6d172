package org.osdkit.statemigration.health;

import java.util.List;
import java.util.Optional;

/**
 * Where the last health check of each SMP is kept ({@code smp_health_checks}): {@code osdkit smp health}
 * probes and stores it, the dashboard serves it, so a page load never writes into a storage folder nor
 * walks its stores. Each check's capacity per storage folder is also kept as a series
 * ({@code smp_capacity_history}), for the capacity-over-time chart.
 */
public interface HealthRecords {

    /** Keeps {@code health} as the last check of its SMP, replacing the one before, and adds its folders' capacity to the series. */
    void save(SmpHealth health);

    /** The last check of {@code server}, if it was ever checked. */
    Optional<SmpHealth> last(String server);

    /** The capacity samples of {@code server}'s newest {@code checks} checks, oldest first; at most {@code checks} checks are read. */
    List<CapacitySample> capacityHistory(String server, int checks);
}
