package org.osdkit.logs.timeline;

import java.util.List;

/**
 * One page of a kept timeline.
 *
 * @param entries  the matching records, in timeline order
 * @param previous where the page before starts from ({@code from} of a backwards query), or {@code null} at the start
 * @param next     where the page after starts ({@code from}), or {@code null} when nothing matches after this page
 */
public record TimelinePage(List<TimelineEntry> entries, Long previous, Long next) {

    public TimelinePage {
        entries = List.copyOf(entries);
    }
}
