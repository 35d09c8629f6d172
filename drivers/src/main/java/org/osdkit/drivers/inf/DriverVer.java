package org.osdkit.drivers.inf;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A parsed {@code DriverVer = mm/dd/yyyy[,w.x.y.z]} directive. The date may use {@code /} or {@code -}
 * and single-digit month and day; the version may have one to four parts. A missing or invalid date is
 * Windows' 00/00/0000, kept here as an absent date.
 *
 * @param date    the driver date, or {@code null} when missing or invalid
 * @param version the driver version, or {@code null} when not given
 * @param line    the line it was read from, 0 when the INF has none
 */
public record DriverVer(LocalDate date, DriverVersion version, int line) implements Comparable<DriverVer> {

    /** What Windows ranks by after the rank itself: newer date first, then higher version. */
    public static final Comparator<DriverVer> NEWEST_FIRST = Comparator.<DriverVer, LocalDate>comparing(
                    d -> d.date() == null ? LocalDate.MIN : d.date())
            .thenComparing(d -> d.version() == null ? new DriverVersion(0, 0, 0, 0) : d.version()).reversed();

    public static final DriverVer NONE = new DriverVer(null, null, 0);
    private static final Pattern DATE_SEPARATORS = Pattern.compile("[/-]");

    /** A DriverVer value with the problem found in it, if any. */
    public record Parsed(DriverVer value, Optional<String> problem) {
    }

    /** Parses the value of a DriverVer line; never throws, the problem says what is wrong. */
    public static Parsed parse(String text, int line) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return new Parsed(new DriverVer(null, null, line), Optional.of("DriverVer is empty"));
        }
        int comma = t.indexOf(',');
        String datePart = (comma < 0 ? t : t.substring(0, comma)).strip();
        String versionPart = comma < 0 ? "" : t.substring(comma + 1).strip();
        LocalDate date = null;
        String problem = null;
        try {
            date = parseDate(datePart);
        } catch (IllegalArgumentException e) {
            problem = e.getMessage();
        }
        DriverVersion version = null;
        if (!versionPart.isEmpty()) {
            try {
                version = DriverVersion.parse(versionPart);
                if (version.isZero()) {
                    problem = problem == null ? "DriverVer version 0.0.0.0 is not valid" : problem;
                }
            } catch (IllegalArgumentException e) {
                problem = problem == null ? "DriverVer version " + e.getMessage() : problem;
            }
        }
        return new Parsed(new DriverVer(date, version, line), Optional.ofNullable(problem));
    }

    private static LocalDate parseDate(String text) {
        String[] parts = DATE_SEPARATORS.split(text, -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("DriverVer date \"" + text + "\" is not mm/dd/yyyy");
        }
        try {
            int month = number(parts[0], 2);
            int day = number(parts[1], 2);
            int year = number(parts[2], 4);
            if (parts[2].strip().length() != 4) {
                throw new IllegalArgumentException("DriverVer date \"" + text + "\" needs a four-digit year");
            }
            return LocalDate.of(year, month, day);
        } catch (DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException("DriverVer date \"" + text + "\" is not a real date (mm/dd/yyyy)");
        }
    }

    private static int number(String part, int maxDigits) {
        String p = part.strip();
        if (p.isEmpty() || p.length() > maxDigits || !p.chars().allMatch(Character::isDigit)) {
            throw new NumberFormatException(part);
        }
        return Integer.parseInt(p);
    }

    /** Newer first: compares the date, then the version. */
    @Override
    public int compareTo(DriverVer other) {
        return NEWEST_FIRST.compare(this, other);
    }

    /** As INFs write it: {@code 06/21/2006,10.0.0.1}. */
    @Override
    public String toString() {
        String d = date == null ? "00/00/0000" : String.format("%02d/%02d/%04d", date.getMonthValue(), date.getDayOfMonth(), date.getYear());
        return version == null ? d : d + "," + version;
    }
}
