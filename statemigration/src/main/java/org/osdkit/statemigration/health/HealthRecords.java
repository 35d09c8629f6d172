package org.osdkit.statemigration.health;

import java.util.Optional;

/**
 * Where the last health check of each SMP is kept ({@code smp_health_checks}): {@code osdkit smp health}
 * probes and stores it, the dashboard serves it, so a page load never writes into a storage folder nor
 * walks its stores.
 */
public interface HealthRecords {

    /** Keeps {@code health} as the last check of its SMP, replacing the one before. */
    void save(SmpHealth health);

    /** The last check of {@code server}, if it was ever checked. */
    Optional<SmpHealth> last(String server);
}
