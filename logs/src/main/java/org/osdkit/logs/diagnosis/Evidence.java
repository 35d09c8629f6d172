package org.osdkit.logs.diagnosis;

import java.time.Instant;
import java.time.LocalDateTime;
import org.osdkit.logs.read.LogRecord;

/**
 * A log line that supports a finding.
 *
 * @param source    the file
 * @param line      its line number
 * @param localTime local time as written, or {@code null}
 * @param utc       UTC, or {@code null} when the zone is unknown
 * @param text      the matching message (first 500 characters)
 */
public record Evidence(String source, long line, LocalDateTime localTime, Instant utc, String text) {

    static final int MAX_TEXT = 500;

    public static Evidence of(LogRecord r) {
        String text = r.message().strip();
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT) + "...";
        }
        return new Evidence(r.source(), r.line(), r.localTime(), r.utc(), text);
    }
}
