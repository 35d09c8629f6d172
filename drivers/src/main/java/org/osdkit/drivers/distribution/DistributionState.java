package org.osdkit.drivers.distribution;

/** Content status of a package on a distribution point, in ConfigMgr's own words. */
public enum DistributionState {
    DISTRIBUTED("Distributed"),
    DISTRIBUTION_PENDING("DistributionPending"),
    DISTRIBUTION_RETRYING("DistributionRetrying"),
    DISTRIBUTION_FAILED("DistributionFailed"),
    REMOVAL_PENDING("RemovalPending"),
    REMOVAL_RETRYING("RemovalRetrying"),
    REMOVAL_FAILED("RemovalFailed"),
    CONTENT_UPDATING("ContentUpdating"),
    CONTENT_MONITORING("ContentMonitoring");

    private final String word;

    DistributionState(String word) {
        this.word = word;
    }

    /** ConfigMgr's word, e.g. {@code DistributionPending}. */
    public String word() {
        return word;
    }

    /** Accepts ConfigMgr's words and the enum names, ignoring case. */
    public static DistributionState parse(String text) {
        for (DistributionState s : values()) {
            if (s.word.equalsIgnoreCase(text.strip()) || s.name().equalsIgnoreCase(text.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("\"" + text + "\" is not a content state; use Distributed, DistributionPending, DistributionFailed, ...");
    }

    @Override
    public String toString() {
        return word;
    }
}
