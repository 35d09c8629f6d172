package org.osdkit.logs.read;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayDeque;

/**
 * What the line-oriented formats share: physical lines in, records out in order, several records
 * per line or one record over several lines as each format needs.
 */
abstract class LineFormatParser implements RecordParser {

    final ParseContext ctx;
    private final LineCursor lines;
    private final ArrayDeque<LogRecord> ready = new ArrayDeque<>();
    private boolean ended;

    LineFormatParser(CharCursor in, ParseContext ctx) {
        this.lines = new LineCursor(in, ctx.options.maxMessageChars());
        this.ctx = ctx;
    }

    /** Reads one physical line (never blank), calling {@link #emit} for every record it completes. */
    abstract void line(LineCursor.Line line);

    /** At the end of the input: emits what is still pending. */
    void end() {
    }

    final void emit(LogRecord record) {
        ready.add(record);
    }

    /** A record of this format; the message is capped at the reader's limit and the cut reported. */
    final LogRecord record(long line, LocalDateTime local, Integer bias, String component, String thread, Severity severity,
                           CharSequence message) {
        return record(line, local, bias, component, null, thread, severity, message);
    }

    /** As above with a context (the writer's process id, a message code). */
    final LogRecord record(long line, LocalDateTime local, Integer bias, String component, String context, String thread,
                           Severity severity, CharSequence message) {
        Stamp stamp = local == null ? Stamp.NONE : Stamp.of(local, bias, null, ctx.options);
        Text text = new Text(ctx.options.maxMessageChars());
        text.append(message);
        return ctx.entry(line, stamp, component, context, thread, severity, false, null, text);
    }

    @Override
    public final LogRecord next() throws IOException {
        while (ready.isEmpty()) {
            if (ended) {
                return null;
            }
            LineCursor.Line line = lines.next();
            if (line == null) {
                ended = true;
                end();
            } else if (!line.isBlank()) {
                line(line);
            }
        }
        return ready.poll();
    }

    @Override
    public final long line() {
        return lines.line();
    }

    /** Reads {@code n} ASCII digits at {@code s[at]}, or -1. */
    static int number(String s, int at, int n) {
        if (at < 0 || at + n > s.length()) {
            return -1;
        }
        int v = 0;
        for (int i = at; i < at + n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** {@code YYYY?MM?DD HH:MM:SS} at {@code s[at]} with any date separator, fraction digits after it read by the caller; or null. */
    static LocalDateTime dateTime(String s, int at) {
        int y = number(s, at, 4);
        int mo = number(s, at + 5, 2);
        int d = number(s, at + 8, 2);
        int h = number(s, at + 11, 2);
        int mi = number(s, at + 14, 2);
        int sec = number(s, at + 17, 2);
        if (y < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || sec < 0 || s.charAt(at + 13) != ':' || s.charAt(at + 16) != ':') {
            return null;
        }
        try {
            return LocalDateTime.of(y, mo, d, h, mi, sec);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** Adds the fraction digits at {@code s[at]} (a dot already skipped) to {@code t}. */
    static LocalDateTime withFraction(LocalDateTime t, String s, int at) {
        int nano = 0;
        int n = 0;
        while (at + n < s.length() && n < 9 && Character.isDigit(s.charAt(at + n))) {
            nano = nano * 10 + (s.charAt(at + n) - '0');
            n++;
        }
        for (int i = n; i < 9; i++) {
            nano *= 10;
        }
        return t.withNano(nano);
    }
}
