package org.osdkit.logs.read;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A record's time as written and what it means in UTC. ConfigMgr's rule: UTC = local + bias minutes
 * (the opposite sign to ISO-8601). A bias beyond +/-18 h is reported and ignored.
 *
 * @param local   wall-clock time as written, or {@code null} when absent or invalid
 * @param bias    bias in minutes as written (after inversion when asked), or {@code null}
 * @param utc     UTC instant, or {@code null}
 * @param zone    how {@code utc} was obtained
 * @param problem what was wrong with the time, date or bias, or {@code null}
 */
record Stamp(LocalDateTime local, Integer bias, Instant utc, ZoneStatus zone, String problem) {

    static final int MAX_BIAS = 18 * 60;
    private static final Integer[] BIASES = new Integer[2 * MAX_BIAS + 1];

    static {
        for (int i = 0; i < BIASES.length; i++) {
            BIASES[i] = i - MAX_BIAS;
        }
    }

    /** The boxed bias, shared for the valid range: every record carries one. */
    static Integer bias(int minutes) {
        return minutes >= -MAX_BIAS && minutes <= MAX_BIAS ? BIASES[minutes + MAX_BIAS] : Integer.valueOf(minutes);
    }
    static final Stamp NONE = new Stamp(null, null, null, ZoneStatus.UNKNOWN, null);

    /** A parsed wall-clock time with its optional bias; {@code problem} set when unreadable. */
    record Clock(int hour, int minute, int second, int nano, Integer bias, String problem) {
    }

    /** No usable time, and why. */
    static Stamp invalid(String problem) {
        return new Stamp(null, null, null, ZoneStatus.UNKNOWN, problem);
    }

    /** Builds the stamp from a local date-time and a bias (either may be missing). */
    static Stamp of(LocalDateTime local, Integer bias, String problem, ReadOptions options) {
        if (local == null) {
            return invalid(problem);
        }
        if (bias != null && Math.abs(bias) > MAX_BIAS) {
            problem = join(problem, "bias " + signed(bias) + " minutes is outside +/-" + MAX_BIAS + "; zone treated as unknown");
            bias = null;
        } else if (bias != null && options.invertBias()) {
            bias = bias(-bias);
        }
        if (bias != null) {
            return new Stamp(local, bias, Instant.ofEpochSecond(local.toEpochSecond(ZoneOffset.UTC) + bias * 60L, local.getNano()), ZoneStatus.KNOWN, problem);
        }
        if (options.assumeZone() != null) {
            return new Stamp(local, null, local.atZone(options.assumeZone()).toInstant(), ZoneStatus.ASSUMED, problem);
        }
        return new Stamp(local, null, null, ZoneStatus.UNKNOWN, problem);
    }

    static Stamp at(LocalDate day, Clock clock, ReadOptions options) {
        LocalDateTime local;
        try {
            local = day.atTime(clock.hour(), clock.minute(), clock.second(), clock.nano());
        } catch (DateTimeException e) {
            return Stamp.invalid("invalid time: " + e.getMessage());
        }
        return of(local, clock.bias(), clock.problem(), options);
    }

    /**
     * Parses {@code H{1,2}:M{1,2}:S{1,2}[.F{1,7}][+-B{1,4}]} in {@code s[from, to)}. An unreadable
     * time gives nano -1 and a problem; an unreadable bias keeps the time and reports the bias.
     */
    static Clock clock(String s, int from, int to, boolean biasAllowed) {
        int[] p = {from};
        int h = digits(s, p, to, 1, 2);
        int m = h < 0 || !expect(s, p, to, ':') ? -1 : digits(s, p, to, 1, 2);
        int sec = m < 0 || !expect(s, p, to, ':') ? -1 : digits(s, p, to, 1, 2);
        if (sec < 0) {
            return new Clock(0, 0, 0, -1, null, "invalid time \"" + s.substring(from, to) + "\"");
        }
        int nano = 0;
        if (p[0] < to && s.charAt(p[0]) == '.') {
            p[0]++;
            int start = p[0];
            int f = digits(s, p, to, 1, 7);
            if (f < 0) {
                return new Clock(0, 0, 0, -1, null, "invalid fraction in time \"" + s.substring(from, to) + "\"");
            }
            int width = p[0] - start;
            nano = f;
            for (int i = width; i < 9; i++) {
                nano *= 10;
            }
        }
        if (p[0] == to) {
            return new Clock(h, m, sec, nano, null, null);
        }
        String rest = s.substring(p[0], to);
        char sign = s.charAt(p[0]);
        if (biasAllowed && (sign == '+' || sign == '-')) {
            p[0]++;
            int b = digits(s, p, to, 1, 4);
            if (b >= 0 && p[0] == to) {
                return new Clock(h, m, sec, nano, bias(sign == '-' ? -b : b), null);
            }
        }
        return new Clock(h, m, sec, nano, null, "unreadable bias \"" + rest + "\"; zone treated as unknown");
    }

    /** {@code M{1,2}-D{1,2}-YYYY}; throws {@link DateTimeException} for month 13 and the like. */
    static LocalDate monthDayYear(String s, int from, int to) {
        int[] p = {from};
        int month = digits(s, p, to, 1, 2);
        int day = month < 0 || !expect(s, p, to, '-') ? -1 : digits(s, p, to, 1, 2);
        int year = day < 0 || !expect(s, p, to, '-') ? -1 : digits(s, p, to, 4, 4);
        if (year < 0 || p[0] != to) {
            throw new DateTimeException("expected MM-DD-YYYY");
        }
        return LocalDate.of(year, month, day);
    }

    /** Reads {@code min..max} ASCII digits at {@code p[0]}; -1 when fewer than {@code min}. */
    static int digits(String s, int[] p, int to, int min, int max) {
        int i = p[0];
        int value = 0;
        int n = 0;
        while (i < to && n < max) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                break;
            }
            value = value * 10 + (c - '0');
            i++;
            n++;
        }
        if (n < min) {
            return -1;
        }
        p[0] = i;
        return value;
    }

    private static boolean expect(String s, int[] p, int to, char c) {
        if (p[0] < to && s.charAt(p[0]) == c) {
            p[0]++;
            return true;
        }
        return false;
    }

    static String signed(int bias) {
        return (bias >= 0 ? "+" : "") + bias;
    }

    static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + "; " + b;
    }
}
