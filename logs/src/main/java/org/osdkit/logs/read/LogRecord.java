package org.osdkit.logs.read;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * One log record, or one unparsed fragment, as read from a file.
 *
 * @param source        the file it came from, as given to the reader
 * @param line          line number (1-based) of the record's first line
 * @param kind          complete entry or unparsed fragment
 * @param format        the file's format
 * @param localTime     wall-clock time as written, or {@code null} when absent or invalid
 * @param biasMinutes   the written bias in minutes (UTC = local + bias), or {@code null}
 * @param utc           the UTC instant when the bias is known or a zone was assumed, else {@code null}
 * @param zone          how {@code utc} was obtained
 * @param component     component attribute ({@code null} when absent)
 * @param context       context attribute ({@code null} when absent)
 * @param thread        thread id in decimal ({@code null} when absent or empty)
 * @param severity      from the type attribute, else by CMTrace's keyword rule
 * @param file          the writer's source file attribute ({@code null} when absent)
 * @param message       the message, line breaks as written, cut at the reader's cap
 * @param messageLength the message's full length in characters (larger than {@code message} when cut)
 * @param problem       what was wrong with this record, or {@code null}
 * @param severityGuessed true when no valid {@code type} attribute gave the severity and it was
 *                      guessed from the text (legacy and plain logs, CMTrace records without a type)
 * @param timeNote      how the UTC time was inferred when the record's own bias could not be trusted
 *                      (MDT logs write {@code +000} whatever the zone), or {@code null}
 */
public record LogRecord(String source, long line, RecordKind kind, LogFormat format, LocalDateTime localTime,
                        Integer biasMinutes, Instant utc, ZoneStatus zone, String component, String context,
                        String thread, Severity severity, String file, String message, long messageLength,
                        String problem, boolean severityGuessed, String timeNote) {

    public LogRecord {
        // One test and the exceptions built out of line: this constructor runs once per record, and
        // the JIT inlines it into the parser only while its compiled code stays small.
        if (source == null || kind == null || format == null || zone == null || severity == null || message == null || line < 1) {
            throw invalid(source, kind, format, zone, severity, message, line);
        }
    }

    private static RuntimeException invalid(String source, RecordKind kind, LogFormat format, ZoneStatus zone, Severity severity,
                                            String message, long line) {
        String missing = source == null ? "source" : kind == null ? "kind" : format == null ? "format" : zone == null ? "zone"
                : severity == null ? "severity" : message == null ? "message" : null;
        if (missing != null) {
            return new NullPointerException(missing);
        }
        return new IllegalArgumentException("line numbers start at 1, was " + line);
    }

    /** True when the message was cut at the reader's cap. */
    public boolean truncated() {
        return messageLength > message.length();
    }

    /** True for torn, interleaved or truncated fragments. */
    public boolean unparsed() {
        return kind == RecordKind.UNPARSED;
    }

    /**
     * The time the record sorts by in a merged timeline and in time windows: its UTC instant, else
     * its local time read as UTC (zone unknown), else {@code null} when it has no time at all.
     */
    public Instant sortTime() {
        if (utc != null) {
            return utc;
        }
        return localTime == null ? null : localTime.toInstant(ZoneOffset.UTC);
    }
}
