package org.osdkit.logs.read;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Windows Installer verbose logs ({@code msiexec /l*v}). The date comes from the
 * {@code === Verbose logging started: M/D/YYYY  HH:MM:SS ...} header; lines
 * {@code MSI (s) (PID:TID) [HH:MM:SS:mmm]: message} carry the time of day, the side ({@code s} the
 * service, {@code c} the client, {@code N} nested) as component and the thread; {@code Action start}
 * and {@code Action ended} lines carry their own time. Other lines (property dumps, notes) take the
 * last time seen. {@code Return value 3} (the action failed) and {@code Error NNNN} are errors,
 * {@code Return value 2} (cancelled) a warning; the rest is information, since MSI writes the word
 * "error" in harmless notes. Times are local, with no zone written; midnight is crossed when a time
 * falls more than twelve hours before the one before it.
 */
final class MsiParser extends LineFormatParser {

    private static final Pattern TAGGED = Pattern.compile("^MSI \\(([A-Za-z])\\) \\(([0-9A-Fa-f]+)[:!]([0-9A-Fa-f]+)\\) \\[(\\d{2}):(\\d{2}):(\\d{2}):(\\d{3})\\]: ?(.*)$");
    private static final Pattern STARTED = Pattern.compile("logging (?:started|stopped): (\\d{1,2})/(\\d{1,2})/(\\d{4})\\s+(\\d{1,2}):(\\d{2}):(\\d{2})");
    private static final Pattern ACTION = Pattern.compile("^Action (?:start|ended) (\\d{1,2}):(\\d{2}):(\\d{2}): ");
    private static final Pattern ERROR = Pattern.compile("Return value 3\\b|(?:^|-- )Error \\d+|Installation (?:operation )?failed|returned actual error code");

    private LocalDate day;
    private LocalDateTime last;

    MsiParser(CharCursor in, ParseContext ctx) {
        super(in, ctx);
    }

    @Override
    void line(LineCursor.Line line) {
        String text = line.text();
        Matcher tagged = TAGGED.matcher(text);
        if (tagged.matches()) {
            LocalTime t = LocalTime.of(Integer.parseInt(tagged.group(4)), Integer.parseInt(tagged.group(5)),
                    Integer.parseInt(tagged.group(6)), Integer.parseInt(tagged.group(7)) * 1_000_000);
            String message = tagged.group(8);
            emit(record(line.number(), at(t), null, "MSI (" + tagged.group(1) + ")", tagged.group(2),
                    String.valueOf(Long.parseLong(tagged.group(3), 16)), severity(message), message));
            return;
        }
        Matcher started = STARTED.matcher(text);
        if (text.startsWith("===") && started.find()) {
            try {
                day = LocalDate.of(Integer.parseInt(started.group(3)), Integer.parseInt(started.group(1)), Integer.parseInt(started.group(2)));
                last = day.atTime(Integer.parseInt(started.group(4)), Integer.parseInt(started.group(5)), Integer.parseInt(started.group(6)));
            } catch (java.time.DateTimeException e) {
                ctx.report(line.number(), org.osdkit.logs.LogsErrors.INVALID_TIMESTAMP, "invalid date in \"" + text.strip() + "\"");
            }
            emit(record(line.number(), last, null, "msiexec", null, Severity.INFO, text.strip()));
            return;
        }
        Matcher action = ACTION.matcher(text);
        LocalDateTime time = last;
        if (action.find()) {
            time = at(LocalTime.of(Integer.parseInt(action.group(1)), Integer.parseInt(action.group(2)), Integer.parseInt(action.group(3))));
        }
        emit(record(line.number(), time, null, null, null, severity(text), text));
    }

    private LocalDateTime at(LocalTime t) {
        if (day == null) {
            return null;
        }
        LocalDateTime candidate = day.atTime(t);
        if (last != null && candidate.isBefore(last.minusHours(12))) {
            day = day.plusDays(1);
            candidate = day.atTime(t);
        }
        last = candidate;
        return candidate;
    }

    private static Severity severity(String message) {
        if (ERROR.matcher(message).find()) {
            return Severity.ERROR;
        }
        return message.contains("Return value 2") ? Severity.WARNING : Severity.INFO;
    }
}
