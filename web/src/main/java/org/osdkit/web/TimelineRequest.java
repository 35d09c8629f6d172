package org.osdkit.web;

import io.javalin.http.Context;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.osdkit.core.OsdkitException;
import org.osdkit.logs.read.Severity;
import org.osdkit.logs.timeline.TimelineQuery;
import org.osdkit.logs.timeline.TimelineStore;
import org.osdkit.logs.timeline.TimelineSummary;

/**
 * A timeline request's query parameters, the same for the JSON route and the page: {@code severity}
 * (repeated or comma-separated: error, warning, info, verbose), {@code component}, {@code file} (the file's
 * number in the run's summary, so no server path is ever put in a link), {@code text}, {@code from} (a record
 * number), {@code back=true} for the page before {@code from}, {@code limit}; or {@code file} and {@code line}
 * alone to open the timeline at a finding's evidence line (a few records before it, the line marked).
 *
 * @param query the store's query
 * @param focus the record an evidence link opened, or {@code null}
 * @param file  the file filter's number, or {@code null}
 */
record TimelineRequest(TimelineQuery query, Long focus, Integer file) {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_TEXT = 200;
    /** Records shown before an evidence line the timeline was opened at. */
    static final int CONTEXT = 5;

    static TimelineRequest of(Context ctx, long runId, TimelineSummary summary, TimelineStore store) {
        Set<Severity> severities = EnumSet.noneOf(Severity.class);
        for (String value : ctx.queryParams("severity")) {
            for (String one : value.split(",")) {
                if (!one.isBlank()) {
                    try {
                        severities.add(Severity.parse(one));
                    } catch (IllegalArgumentException e) {
                        throw new OsdkitException(WebErrors.INVALID_INPUT, "severity: " + e.getMessage() + ".");
                    }
                }
            }
        }
        String text = ctx.queryParam("text");
        if (text != null && text.length() > MAX_TEXT) {
            throw new OsdkitException(WebErrors.INVALID_INPUT, "text is at most " + MAX_TEXT + " characters.");
        }
        Integer file = number(ctx, "file", 0, Math.max(0, summary.sources().size() - 1));
        String source = file == null ? null : summary.sources().get(file).name();
        Integer limit = number(ctx, "limit", 1, TimelineQuery.MAX_LIMIT);
        Integer line = number(ctx, "line", 1, Integer.MAX_VALUE);
        Long focus = null;
        long from;
        if (line != null) {
            if (source == null) {
                throw new OsdkitException(WebErrors.INVALID_INPUT, "line needs file: the file's number in the timeline's summary.");
            }
            OptionalLong at = store.seqOf(runId, source, line);
            if (at.isEmpty()) {
                throw new OsdkitException(LogsResource.RECORD_NOT_FOUND, "The timeline of run " + runId + " has no record at line " + line
                        + " of file " + file + ".");
            }
            focus = at.getAsLong();
            // An evidence link shows the line in its surroundings: every file, no filter.
            return new TimelineRequest(new TimelineQuery(Set.of(), null, null, null, Math.max(0, focus - CONTEXT), false,
                    limit == null ? DEFAULT_LIMIT : limit), focus, null);
        }
        Long fromParam = longNumber(ctx, "from");
        from = fromParam == null ? 0 : fromParam;
        boolean back = "true".equalsIgnoreCase(ctx.queryParam("back"));
        return new TimelineRequest(new TimelineQuery(severities, ctx.queryParam("component"), source, text, from, back,
                limit == null ? DEFAULT_LIMIT : limit), null, file);
    }

    /** The query string of this request's filters (no position), for the page's links. */
    String filters() {
        StringBuilder b = new StringBuilder();
        List<Severity> sorted = query.severities().stream().sorted().toList();
        sorted.forEach(s -> b.append("&severity=").append(s.name().toLowerCase(java.util.Locale.ROOT)));
        if (query.component() != null) {
            b.append("&component=").append(url(query.component()));
        }
        if (file != null) {
            b.append("&file=").append(file);
        }
        if (query.text() != null) {
            b.append("&text=").append(url(query.text()));
        }
        if (query.limit() != DEFAULT_LIMIT) {
            b.append("&limit=").append(query.limit());
        }
        return b.toString();
    }

    /** A query value or path segment for a link. */
    static String url(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Integer number(Context ctx, String name, int min, int max) {
        Long v = longNumber(ctx, name);
        if (v == null) {
            return null;
        }
        if (v < min || v > max) {
            throw new OsdkitException(WebErrors.INVALID_INPUT, name + " must be from " + min + " to " + max + ", was " + v + ".");
        }
        return v.intValue();
    }

    private static Long longNumber(Context ctx, String name) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            long v = Long.parseLong(text.strip());
            if (v < 0) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new OsdkitException(WebErrors.INVALID_INPUT, name + " must be a whole number from 0, was \"" + text + "\".");
        }
    }
}
