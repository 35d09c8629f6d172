package org.osdkit.logs.timeline;

import java.time.Instant;
import java.time.LocalDateTime;
import org.osdkit.logs.read.LogFormat;
import org.osdkit.logs.read.LogRecord;
import org.osdkit.logs.read.Severity;

/**
 * One record of a kept timeline, in the fields every format reads into (CMTrace's columns).
 *
 * @param seq             its position in the merged timeline, from 0
 * @param source          the file it came from, as the reader named it (the same text as a finding's evidence)
 * @param line            the record's first line in that file
 * @param format          the file's format
 * @param localTime       the time as written, or {@code null}
 * @param utc             the UTC instant, or {@code null} when the zone is unknown
 * @param severity        its severity
 * @param severityGuessed true when it was guessed from the text (no severity column or type)
 * @param component       component or source column, or {@code null}
 * @param thread          thread, or {@code null}
 * @param message         the message, cut at {@link #MAX_MESSAGE} characters
 * @param truncated       the message was longer (here or already when read)
 * @param unparsed        a torn or unparsed fragment kept as found
 */
public record TimelineEntry(long seq, String source, long line, LogFormat format, LocalDateTime localTime, Instant utc, Severity severity,
                            boolean severityGuessed, String component, String thread, String message, boolean truncated, boolean unparsed) {

    /** Longest message kept for browsing: a page stays small whatever a payload holds. */
    public static final int MAX_MESSAGE = 4000;
    /** Longest component or thread kept. */
    static final int MAX_COLUMN = 200;

    static TimelineEntry of(long seq, LogRecord r) {
        // PostgreSQL text cannot hold NUL: a fragment of binary junk keeps a visible replacement instead.
        String message = r.message().replace('\u0000', '\uFFFD');
        boolean cut = r.truncated() || message.length() > MAX_MESSAGE;
        if (message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE);
        }
        return new TimelineEntry(seq, r.source(), r.line(), r.format(), r.localTime(), r.utc(), r.severity(), r.severityGuessed(),
                column(r.component()), column(r.thread()), message, cut, r.unparsed());
    }

    private static String column(String value) {
        String v = value == null ? null : value.replace('\u0000', '\uFFFD');
        return v == null || v.length() <= MAX_COLUMN ? v : v.substring(0, MAX_COLUMN);
    }
}
