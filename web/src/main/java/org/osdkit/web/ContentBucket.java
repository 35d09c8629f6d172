package org.osdkit.web;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osdkit.drivers.distribution.ContentCount;
import org.osdkit.drivers.distribution.DistributionState;
import org.osdkit.drivers.distribution.DpContentStatus;

/**
 * The four groups the pages chart ConfigMgr's content states in: Distributed (and current), Pending (on
 * its way: pending, retrying, updating, monitoring, removal under way), Failed, and behind (Distributed
 * of an older SourceVersion than the package has, which {@code drivers redistribute} brings up to date).
 */
enum ContentBucket {
    DISTRIBUTED("Distributed", "Distributed"),
    PENDING("Pending", "Pending"),
    FAILED("Failed", "Failed"),
    BEHIND("behind", "Behind");

    final String label;
    /** The style class of its chart colour. */
    final String css;

    ContentBucket(String label, String css) {
        this.label = label;
        this.css = css;
    }

    static ContentBucket of(DpContentStatus s) {
        return of(s.state(), s.behind());
    }

    static ContentBucket of(DistributionState state, boolean behind) {
        if (behind) {
            return BEHIND;
        }
        return switch (state) {
            case DISTRIBUTED -> DISTRIBUTED;
            case DISTRIBUTION_FAILED, REMOVAL_FAILED -> FAILED;
            default -> PENDING;
        };
    }

    /** How many rows fall in each group, every group present (zero when none). */
    static Map<ContentBucket, Integer> count(List<DpContentStatus> rows) {
        Map<ContentBucket, Integer> counts = new EnumMap<>(ContentBucket.class);
        for (ContentBucket b : values()) {
            counts.put(b, 0);
        }
        rows.forEach(r -> counts.merge(of(r), 1, Integer::sum));
        return counts;
    }

    /** The groups of counted rows, every group present (zero when none). */
    static Map<ContentBucket, Integer> counts(List<ContentCount> counted) {
        Map<ContentBucket, Integer> counts = new EnumMap<>(ContentBucket.class);
        for (ContentBucket b : values()) {
            counts.put(b, 0);
        }
        counted.forEach(c -> counts.merge(of(c.state(), c.behind()), c.rows(), Integer::sum));
        return counts;
    }

    /** The states of the rows in this group (with {@link #behind()}): what a package filter on the group asks the database for. */
    Set<DistributionState> states() {
        if (this == BEHIND) {
            return EnumSet.of(DistributionState.DISTRIBUTED);
        }
        Set<DistributionState> states = EnumSet.noneOf(DistributionState.class);
        for (DistributionState s : DistributionState.values()) {
            if (of(s, false) == this) {
                states.add(s);
            }
        }
        return states;
    }

    /** Whether this group's rows are behind their package's SourceVersion. */
    boolean behind() {
        return this == BEHIND;
    }

    /** The badge class of a row's state on the pages. */
    String badge() {
        return switch (this) {
            case DISTRIBUTED -> "ok";
            case PENDING -> "pending";
            case FAILED -> "error";
            case BEHIND -> "warn";
        };
    }

    static List<Charts.Part> legend() {
        return List.of(values()).stream().map(b -> new Charts.Part(b.label, 0, b.css)).toList();
    }
}
