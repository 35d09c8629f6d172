package org.osdkit.logs.timeline;

import java.util.List;

/**
 * What a kept timeline holds, for its filters and headings.
 *
 * @param runId      the diagnosis run it belongs to
 * @param records    records kept
 * @param capped     the logs had more than {@link KeepTimeline#MAX_RECORDS} records; the rest was not kept
 * @param sources    records per file, in the order the files were first seen
 * @param components records per component, the most frequent first (at most {@link KeepTimeline#MAX_COMPONENTS})
 * @param severities records per severity, most severe first
 */
public record TimelineSummary(long runId, long records, boolean capped, List<Count> sources, List<Count> components, List<Count> severities) {

    public TimelineSummary {
        sources = List.copyOf(sources);
        components = List.copyOf(components);
        severities = List.copyOf(severities);
    }

    /** How many records carry one value. */
    public record Count(String name, long records) {
    }
}
