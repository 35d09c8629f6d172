package org.osdkit.statemigration.associations;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date forms found in exports of {@code SMS_StateMigration}: the WMI (CIM DMTF) datetime
 * {@code yyyyMMddHHmmss.ffffff+UUU} (offset in minutes) whose null value is
 * {@code 00000000000000.000000+***}; ISO-8601 (AdminService, PowerShell 7); {@code /Date(ms)/}
 * (ConvertTo-Json in Windows PowerShell) and the en-US text Export-Csv writes ({@code 3/15/2009 10:22:01 AM}).
 * Values without an offset are taken in the zone given by the caller.
 */
public final class WmiDateTime {

    private static final Pattern DMTF = Pattern.compile("(\\d{14})\\.(\\d{6}|\\*{6})([+-])(\\d{3}|\\*{3})");
    private static final Pattern MS_DATE = Pattern.compile("/?\\\\?/?Date\\((-?\\d+)([+-]\\d{4})?\\)\\\\?/?/?");
    private static final DateTimeFormatter DMTF_LOCAL = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final DateTimeFormatter US_12H = DateTimeFormatter.ofPattern("M/d/yyyy h:mm:ss a", Locale.US);
    private static final DateTimeFormatter US_24H = DateTimeFormatter.ofPattern("M/d/yyyy H:mm:ss", Locale.US);

    private WmiDateTime() {
    }

    /**
     * The instant {@code text} names, empty for "not set" (blank, {@code null}, the WMI null value or
     * any all-zero date).
     *
     * @throws DateTimeException when the text is none of the known forms
     */
    public static Optional<Instant> parse(String text, ZoneId zoneWithoutOffset) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        if (t.isEmpty() || t.equalsIgnoreCase("null") || t.startsWith("00000000")) {
            return Optional.empty();
        }
        Matcher dmtf = DMTF.matcher(t);
        if (dmtf.matches()) {
            LocalDateTime local = LocalDateTime.parse(dmtf.group(1), DMTF_LOCAL);
            if (!dmtf.group(2).startsWith("*")) {
                local = local.withNano(Integer.parseInt(dmtf.group(2)) * 1000);
            }
            if (dmtf.group(4).startsWith("*")) {
                return Optional.of(local.atZone(zoneWithoutOffset).toInstant());
            }
            int minutes = Integer.parseInt(dmtf.group(4)) * (dmtf.group(3).equals("-") ? -1 : 1);
            return Optional.of(local.toInstant(ZoneOffset.ofTotalSeconds(minutes * 60)));
        }
        Matcher ms = MS_DATE.matcher(t);
        if (ms.matches()) {
            try {
                return Optional.of(Instant.ofEpochMilli(Long.parseLong(ms.group(1))));
            } catch (NumberFormatException e) {
                throw new DateTimeException("\"" + text + "\" is out of range");
            }
        }
        try {
            return Optional.of(OffsetDateTime.parse(t).toInstant());
        } catch (DateTimeParseException notOffset) {
            // fall through to the forms without an offset
        }
        for (DateTimeFormatter f : new DateTimeFormatter[] {DateTimeFormatter.ISO_LOCAL_DATE_TIME, US_12H, US_24H}) {
            try {
                return Optional.of(LocalDateTime.parse(t, f).atZone(zoneWithoutOffset).toInstant());
            } catch (DateTimeParseException next) {
                // try the next form
            }
        }
        throw new DateTimeException("\"" + text + "\" is not a date osdkit knows (WMI yyyyMMddHHmmss.ffffff+UUU, ISO-8601, /Date(ms)/ or M/d/yyyy h:mm:ss AM)");
    }

    /** {@code instant} as a WMI datetime in UTC; {@code null} as the WMI null value. */
    public static String format(Instant instant) {
        if (instant == null) {
            return "00000000000000.000000+***";
        }
        LocalDateTime utc = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        return DMTF_LOCAL.format(utc) + "." + String.format(Locale.ROOT, "%06d", utc.getNano() / 1000) + "+000";
    }
}
