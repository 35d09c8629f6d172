package org.osdkit.logs.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;

/**
 * The legacy trailer {@code $$<Component><MM-DD-YYYY HH:MM:SS.fff+BIAS><thread=N (0xN)>} that ends
 * every record of SMS 2003 / ConfigMgr 2007 site server logs, including the SMS 2.0 long date
 * {@code <Fri Mar 26 10:43:41.547 1999 Eastern Standard Time>} and 6-digit PowerShell fractions.
 *
 * @param start     index of {@code $$<} in the line
 * @param component the component
 * @param stamp     the time
 * @param thread    the thread id in decimal
 */
record LegacyTrailer(int start, String component, Stamp stamp, String thread) {

    static final String MARK = "$$<";

    /** Windows zone names written by the SMS 2.0 long date, as biases (UTC = local + bias). */
    private static final Map<String, Integer> ZONE_NAMES = Map.ofEntries(
            Map.entry("eastern standard time", 300), Map.entry("eastern daylight time", 240),
            Map.entry("central standard time", 360), Map.entry("central daylight time", 300),
            Map.entry("mountain standard time", 420), Map.entry("mountain daylight time", 360),
            Map.entry("pacific standard time", 480), Map.entry("pacific daylight time", 420),
            Map.entry("gmt standard time", 0), Map.entry("gmt daylight time", -60),
            Map.entry("coordinated universal time", 0), Map.entry("w. europe standard time", -60),
            Map.entry("w. europe daylight time", -120), Map.entry("romance standard time", -60),
            Map.entry("romance daylight time", -120));

    /** The first well-formed trailer anywhere in {@code text} (format detection), or {@code null}. */
    static LegacyTrailer find(String text) {
        for (int i = text.indexOf(MARK); i >= 0; i = text.indexOf(MARK, i + 1)) {
            int eol = lineEnd(text, i);
            LegacyTrailer t = parse(text.substring(0, eol), i, ReadOptions.defaults());
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    /** The trailer ending {@code line}, or {@code null} when the line has none. */
    static LegacyTrailer atEnd(String line, ReadOptions options) {
        int i = line.lastIndexOf(MARK);
        return i < 0 ? null : parse(line, i, options);
    }

    /**
     * Parses a trailer starting at {@code at} that must run to the end of {@code line} (trailing
     * blanks allowed). Structurally broken gives {@code null}; a bad date gives a stamp with a problem.
     */
    static LegacyTrailer parse(String line, int at, ReadOptions options) {
        int p = at + MARK.length();
        int close = line.indexOf("><", p);
        if (close < 0) {
            return null;
        }
        String component = line.substring(p, close);
        int timeStart = close + 2;
        int timeEnd = line.indexOf("><thread=", timeStart);
        if (timeEnd < 0) {
            return null;
        }
        int[] q = {timeEnd + "><thread=".length()};
        int end = line.length();
        int threadStart = q[0];
        if (Stamp.digits(line, q, end, 1, 10) < 0) {
            return null;
        }
        String thread = line.substring(threadStart, q[0]);
        if (line.startsWith(" (0x", q[0])) {
            int hexEnd = line.indexOf(')', q[0]);
            if (hexEnd < 0) {
                return null;
            }
            q[0] = hexEnd + 1;
        }
        if (q[0] >= end || line.charAt(q[0]) != '>' || !line.substring(q[0] + 1).isBlank()) {
            return null;
        }
        return new LegacyTrailer(at, component, stamp(line, timeStart, timeEnd, options), thread);
    }

    private static Stamp stamp(String s, int from, int to, ReadOptions options) {
        if (from < to && Character.isDigit(s.charAt(from))) {
            int space = s.indexOf(' ', from);
            if (space < 0 || space > to) {
                return Stamp.invalid("invalid time \"" + s.substring(from, to) + "\"");
            }
            LocalDate day;
            try {
                day = Stamp.monthDayYear(s, from, space);
            } catch (DateTimeException e) {
                return Stamp.invalid(
                        "invalid date \"" + s.substring(from, space) + "\": " + e.getMessage());
            }
            Stamp.Clock clock = Stamp.clock(s, space + 1, to, true);
            if (clock.nano() < 0) {
                return Stamp.invalid(clock.problem());
            }
            return Stamp.at(day, clock, options);
        }
        return longDate(s.substring(from, to), options);
    }

    /** {@code Fri Mar 26 10:43:41.547 1999 Eastern Standard Time}. */
    private static Stamp longDate(String text, ReadOptions options) {
        String[] parts = text.trim().split("\\s+", 6);
        if (parts.length < 5) {
            return Stamp.invalid("invalid date \"" + text + "\"");
        }
        Month month = null;
        for (Month m : Month.values()) {
            if (m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).equalsIgnoreCase(parts[1])) {
                month = m;
            }
        }
        int[] p = {0};
        int day = Stamp.digits(parts[2], p, parts[2].length(), 1, 2);
        p[0] = 0;
        int year = Stamp.digits(parts[4], p, parts[4].length(), 4, 4);
        Stamp.Clock clock = Stamp.clock(parts[3], 0, parts[3].length(), false);
        if (month == null || day < 0 || year < 0 || clock.nano() < 0) {
            return Stamp.invalid("invalid date \"" + text + "\"");
        }
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return Stamp.invalid("invalid date \"" + text + "\": " + e.getMessage());
        }
        String zone = parts.length > 5 ? parts[5].toLowerCase(Locale.ROOT) : "";
        Integer bias = ZONE_NAMES.get(zone);
        Stamp.Clock withBias = new Stamp.Clock(clock.hour(), clock.minute(), clock.second(), clock.nano(), bias,
                bias == null && !zone.isEmpty() ? "unknown zone name \"" + parts[5] + "\"; zone treated as unknown" : null);
        return Stamp.at(date, withBias, options);
    }

    private static int lineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return text.length();
    }
}
