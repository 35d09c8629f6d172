package org.osdkit.logs.timeline;

import java.util.Set;
import org.osdkit.logs.read.Severity;

/**
 * Which page of a kept timeline: filters, and where the page starts.
 *
 * @param severities only these (empty: all)
 * @param component  only this component, exactly ({@code null}: all)
 * @param source     only records of this file ({@code null}: all)
 * @param text       only messages containing this, ignoring case ({@code null}: all)
 * @param from       the first record number the page may show ({@code backwards}: the page ends before it)
 * @param backwards  the page is the {@code limit} matching records before {@code from} (a "previous" page)
 * @param limit      records per page, 1 to {@value #MAX_LIMIT}
 */
public record TimelineQuery(Set<Severity> severities, String component, String source, String text, long from, boolean backwards, int limit) {

    public static final int MAX_LIMIT = 1000;

    public TimelineQuery {
        severities = Set.copyOf(severities);
        component = blankToNull(component);
        source = blankToNull(source);
        text = blankToNull(text);
        if (from < 0) {
            throw new IllegalArgumentException("from must not be negative, was " + from);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be from 1 to " + MAX_LIMIT + ", was " + limit);
        }
    }

    /** Every record, {@code limit} from the start. */
    public static TimelineQuery first(int limit) {
        return new TimelineQuery(Set.of(), null, null, null, 0, false, limit);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
