package org.osdkit.statemigration.health;

import java.util.List;

/**
 * Capacity per storage folder over time, from the kept health checks (what {@code osdkit smp health}
 * found each time it ran): the dashboard's capacity chart. Reads the database only, a bounded number of
 * checks, so a long history never makes a page slow.
 */
public final class ShowCapacityHistory {

    /** The most checks one request reads (each gives one sample per storage folder). */
    public static final int MAX_CHECKS = 1000;

    private final HealthRecords records;

    public ShowCapacityHistory(HealthRecords records) {
        this.records = records;
    }

    /** The samples of {@code server}'s newest {@code checks} checks (at least 1, at most {@value #MAX_CHECKS}), oldest first. */
    public List<CapacitySample> history(String server, int checks) {
        return records.capacityHistory(server, Math.max(1, Math.min(checks, MAX_CHECKS)));
    }
}
