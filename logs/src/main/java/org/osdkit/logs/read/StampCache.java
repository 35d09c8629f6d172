package org.osdkit.logs.read;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Parses CMTrace time and date attributes for one file: the usual {@code HH:MM:SS.fff+BBB} shape is
 * read in place without copying, other shapes go through {@link Stamp#clock}; the last date is reused
 * because consecutive records share their day.
 */
final class StampCache {

    private final ReadOptions options;
    private String lastDateText;
    private LocalDate lastDate;
    /** {@code lastDate}'s midnight in seconds since the epoch, counted as if it were UTC. */
    private long lastDayStart;

    StampCache(ReadOptions options) {
        this.options = options;
    }

    Stamp cmtrace(CmTraceAttributes a) {
        if (a.timeFrom < 0 || a.date == null) {
            return Stamp.invalid("record has no " + (a.timeFrom < 0 ? "time" : "date") + " attribute");
        }
        Stamp usual = usualWithBias(a);
        if (usual != null) {
            return usual;
        }
        Stamp.Clock clock = usual(a.timeChars, a.timeFrom, a.timeTo);
        if (clock == null) {
            String time = a.time();
            clock = Stamp.clock(time, 0, time.length(), true);
        }
        if (clock.nano() < 0) {
            return Stamp.invalid(clock.problem());
        }
        String date = a.date;
        if (date != lastDateText && !date.equals(lastDateText)) {
            try {
                lastDate = Stamp.monthDayYear(date, 0, date.length());
                lastDateText = date;
                lastDayStart = lastDate.toEpochDay() * 86_400L;
            } catch (DateTimeException e) {
                return Stamp.invalid("invalid date \"" + date + "\": " + e.getMessage());
            }
        }
        return Stamp.at(lastDate, clock, options);
    }

    /**
     * The stamp of nearly every record, computed straight from the characters: a valid
     * {@code HH:MM:SS.f{1,7}+B{1,4}} time with a bias within +/-18 h, on the same date as the
     * last date read. {@code null} for anything else, which the general way handles (and reports).
     * Gives exactly what {@link Stamp#at} would, without its intermediate objects and date arithmetic.
     */
    private Stamp usualWithBias(CmTraceAttributes a) {
        String date = a.date;
        if (date != lastDateText && !date.equals(lastDateText)) {
            return null;
        }
        char[] s = a.timeChars;
        int from = a.timeFrom;
        int to = a.timeTo;
        if (to - from < 12 || s[from + 2] != ':' || s[from + 5] != ':' || s[from + 8] != '.') {
            return null;
        }
        int h = two(s, from);
        int m = two(s, from + 3);
        int sec = two(s, from + 6);
        if (h < 0 || h > 23 || m < 0 || m > 59 || sec < 0 || sec > 59) {
            return null;
        }
        int i = from + 9;
        int nano = 0;
        int digits = 0;
        while (i < to && digits < 7 && s[i] >= '0' && s[i] <= '9') {
            nano = nano * 10 + (s[i++] - '0');
            digits++;
        }
        if (digits == 0 || i == to || (s[i] != '+' && s[i] != '-')) {
            return null;
        }
        for (int k = digits; k < 9; k++) {
            nano *= 10;
        }
        boolean negative = s[i++] == '-';
        int bias = 0;
        int n = 0;
        while (i < to && n < 4 && s[i] >= '0' && s[i] <= '9') {
            bias = bias * 10 + (s[i++] - '0');
            n++;
        }
        if (n == 0 || i != to || bias > Stamp.MAX_BIAS) {
            return null;
        }
        if (negative != options.invertBias()) {
            bias = -bias;
        }
        LocalDateTime local = LocalDateTime.of(lastDate, LocalTime.of(h, m, sec, nano));
        Instant utc = Instant.ofEpochSecond(lastDayStart + h * 3600 + m * 60 + sec + bias * 60L, nano);
        return new Stamp(local, Stamp.bias(bias), utc, ZoneStatus.KNOWN, null);
    }

    /** {@code HH:MM:SS.f{1,7}} with an optional 1-4 digit signed bias, or {@code null} for anything else. */
    private static Stamp.Clock usual(char[] s, int from, int to) {
        if (to - from < 10 || s[from + 2] != ':' || s[from + 5] != ':' || s[from + 8] != '.') {
            return null;
        }
        int h = two(s, from);
        int m = two(s, from + 3);
        int sec = two(s, from + 6);
        if ((h | m | sec) < 0) {
            return null;
        }
        int i = from + 9;
        int nano = 0;
        int digits = 0;
        while (i < to && digits < 7 && s[i] >= '0' && s[i] <= '9') {
            nano = nano * 10 + (s[i++] - '0');
            digits++;
        }
        if (digits == 0) {
            return null;
        }
        for (int k = digits; k < 9; k++) {
            nano *= 10;
        }
        if (i == to) {
            return new Stamp.Clock(h, m, sec, nano, null, null);
        }
        char sign = s[i++];
        int bias = 0;
        int n = 0;
        while (i < to && n < 4 && s[i] >= '0' && s[i] <= '9') {
            bias = bias * 10 + (s[i++] - '0');
            n++;
        }
        if ((sign != '+' && sign != '-') || n == 0 || i != to) {
            return null;
        }
        return new Stamp.Clock(h, m, sec, nano, Stamp.bias(sign == '-' ? -bias : bias), null);
    }

    private static int two(char[] s, int at) {
        int a = s[at] - '0';
        int b = s[at + 1] - '0';
        return a < 0 || a > 9 || b < 0 || b > 9 ? -1 : a * 10 + b;
    }
}
