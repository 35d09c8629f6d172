package org.osdkit.logs.filter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.osdkit.core.OsdkitException;
import org.osdkit.logs.LogsErrors;
import org.osdkit.logs.read.LogRecord;

/**
 * A time for the before/after filters: an instant ({@code 2024-01-05T10:00:00Z}, {@code ...+01:00})
 * compared with records' UTC, or a wall-clock time ({@code 2024-01-05 10:00}) compared with the local
 * time as written, the way CMTrace users read their logs.
 *
 * @param instant an absolute time, or {@code null}
 * @param local   a wall-clock time, or {@code null}
 */
public record TimeBound(Instant instant, LocalDateTime local) {

    public TimeBound {
        if ((instant == null) == (local == null)) {
            throw new IllegalArgumentException("exactly one of instant and local is required");
        }
    }

    /** Parses ISO-8601 with or without offset; a space may stand for {@code T}; a date alone means its midnight. */
    public static TimeBound parse(String text) {
        String t = text.strip().replace(' ', 'T');
        try {
            if (t.endsWith("Z") || t.matches(".*T.*[+-]\\d\\d:?\\d\\d$")) {
                return new TimeBound(OffsetDateTime.parse(t.endsWith("Z") ? t.substring(0, t.length() - 1) + "+00:00" : t).toInstant(), null);
            }
            if (!t.contains("T")) {
                return new TimeBound(null, LocalDate.parse(t).atStartOfDay());
            }
            return new TimeBound(null, LocalDateTime.parse(t));
        } catch (DateTimeParseException e) {
            throw new OsdkitException(LogsErrors.INVALID_FILTER, "\"" + text + "\" is not a time.",
                    "Use ISO-8601: 2024-01-05T10:00:00Z for UTC, or 2024-01-05 10:00 for the log's local time.");
        }
    }

    /** -1, 0 or 1 as the record is before, at or after this bound; {@code null} when the record lacks the time to compare. */
    Integer compare(LogRecord r) {
        if (instant != null) {
            return r.utc() == null ? null : r.utc().compareTo(instant);
        }
        return r.localTime() == null ? null : r.localTime().compareTo(local);
    }
}
