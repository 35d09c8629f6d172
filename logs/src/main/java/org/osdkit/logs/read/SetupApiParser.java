package org.osdkit.logs.read;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SetupAPI text logs (setupapi.dev.log, setupapi.app.log). A section opens with
 * {@code >>>  [title - instance]} and {@code >>>  Section start <time>}, holds body entries prefixed
 * {@code !!!} (error), {@code !} (warning) or blanks (information) and an event category such as
 * {@code dvi:} or {@code ndv:}, and closes with {@code <<<  Section end <time>} and
 * {@code <<<  [Exit status: SUCCESS]} (older writers: {@code [<time>: Section end]} and
 * {@code [Exit Status(0x00000000)]}). Body entries carry no time of their own: they take the section's
 * start. The section's end becomes one record with its end time, duration and result, an error when
 * the result is not success. Times are local, with no zone written.
 */
final class SetupApiParser extends LineFormatParser {

    private static final Pattern STAMP = Pattern.compile("(\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2})(?:\\.(\\d{1,3}))?");
    private static final Pattern EXIT = Pattern.compile("^\\[Exit(?: [Ss]tatus(?::\\s*(.*)|\\((.*)\\)))?\\]$");
    private static final Pattern CATEGORY = Pattern.compile("^([a-z]{2,4}):\\s+");

    private String title;
    private LocalDateTime start;
    private LocalDateTime end;
    private long endLine;
    private LocalDateTime boot;

    SetupApiParser(CharCursor in, ParseContext ctx) {
        super(in, ctx);
    }

    @Override
    void line(LineCursor.Line line) {
        String text = line.text();
        if (text.startsWith(">>>")) {
            String body = text.substring(3).strip();
            LocalDateTime at = stamp(body);
            if (body.startsWith("[") && at == null) {
                flushEnd();
                title = body.substring(1, body.endsWith("]") ? body.length() - 1 : body.length());
                start = null;
                return;
            }
            if (body.contains("Section start")) {
                start = at;
                emit(record(line.number(), at, null, category(), null, Severity.INFO, "Section start: " + (title == null ? "(untitled)" : title)));
                return;
            }
        } else if (text.startsWith("<<<")) {
            String body = text.substring(3).strip();
            if (body.contains("Section end")) {
                flushEnd();
                end = stamp(body);
                endLine = line.number();
                if (end == null) {
                    end = start;
                }
                return;
            }
            Matcher exit = EXIT.matcher(body);
            if (exit.find()) {
                String status = exit.group(1) != null ? exit.group(1) : exit.group(2);
                emitEnd(line.number(), status == null ? "" : status.strip());
                return;
            }
        }
        flushEnd();
        Severity severity = Severity.INFO;
        String rest = text;
        if (text.startsWith("!!!")) {
            severity = Severity.ERROR;
            rest = text.substring(3);
        } else if (text.startsWith("!")) {
            severity = Severity.WARNING;
            rest = text.substring(1);
        }
        rest = rest.strip();
        String component = category();
        Matcher c = CATEGORY.matcher(rest);
        if (c.find()) {
            component = c.group(1);
            rest = rest.substring(c.end());
        }
        LocalDateTime at = start;
        if (title == null && rest.startsWith("[Boot Session:")) {
            boot = stamp(rest);
        }
        if (at == null) {
            at = boot;
        }
        emit(record(line.number(), at, null, component, null, severity, rest));
    }

    @Override
    void end() {
        flushEnd();
    }

    /** A section end not followed by its exit status: the section's record without a result. */
    private void flushEnd() {
        if (end != null || endLine > 0) {
            emitEnd(endLine, null);
        }
    }

    private void emitEnd(long line, String status) {
        LocalDateTime finished = end != null ? end : start;
        StringBuilder m = new StringBuilder("Section end: ").append(title == null ? "(untitled)" : title);
        Severity severity = Severity.INFO;
        if (status != null) {
            m.append("; exit status ").append(status);
            String s = status.toUpperCase(Locale.ROOT);
            boolean ok = s.startsWith("SUCCESS") || s.equals("0X00000000") || s.isEmpty();
            severity = ok ? Severity.INFO : Severity.ERROR;
        }
        if (start != null && finished != null) {
            m.append("; started ").append(start).append(", took ").append(Duration.between(start, finished).toMillis()).append(" ms");
        }
        emit(record(line == 0 ? endLine : line, finished, null, category(), null, severity, m.toString()));
        title = null;
        start = null;
        end = null;
        endLine = 0;
    }

    /** The section's kind ({@code Device Install}, {@code SetupCopyOEMInf}...), the component of its records. */
    private String category() {
        if (title == null) {
            return "SetupAPI";
        }
        int dash = title.indexOf(" - ");
        String kind = dash > 0 ? title.substring(0, dash) : title;
        int paren = kind.indexOf(" (");
        return (paren > 0 ? kind.substring(0, paren) : kind).strip();
    }

    private static LocalDateTime stamp(String text) {
        Matcher m = STAMP.matcher(text);
        if (!m.find()) {
            return null;
        }
        LocalDateTime t = dateTime(m.group(1), 0);
        return t == null || m.group(2) == null ? t : withFraction(t, m.group(2), 0);
    }
}
