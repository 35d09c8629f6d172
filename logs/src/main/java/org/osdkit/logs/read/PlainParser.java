package org.osdkit.logs.read;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Any other text: one record per non-blank line, severity by CMTrace's keyword rule. A line starting
 * with {@code YYYY-MM-DD HH:MM:SS} (CBS.log, DISM, Panther setupact.log) gets that as its local time.
 */
final class PlainParser implements RecordParser {

    private final LineCursor lines;
    private final ParseContext ctx;
    private final Text message;

    PlainParser(CharCursor in, ParseContext ctx) {
        this.lines = new LineCursor(in, ctx.options.maxMessageChars());
        this.ctx = ctx;
        this.message = new Text(ctx.options.maxMessageChars());
    }

    @Override
    public long line() {
        return lines.line();
    }

    @Override
    public LogRecord next() throws IOException {
        LineCursor.Line line;
        do {
            line = lines.next();
            if (line == null) {
                return null;
            }
        } while (line.isBlank());
        message.clear();
        message.append(line.text());
        message.countMore(line.length() - line.text().length());
        return ctx.entry(line.number(), leadingStamp(line.text()), null, null, null, Severity.byKeyword(line.text()), true, null, message);
    }

    private Stamp leadingStamp(String text) {
        if (text.length() < 19 || text.charAt(4) != '-' || text.charAt(7) != '-' || (text.charAt(10) != ' ' && text.charAt(10) != 'T')) {
            return Stamp.NONE;
        }
        int[] p = {0};
        int year = Stamp.digits(text, p, 4, 4, 4);
        p[0] = 5;
        int month = Stamp.digits(text, p, 7, 2, 2);
        p[0] = 8;
        int day = Stamp.digits(text, p, 10, 2, 2);
        if (year < 0 || month < 0 || day < 0) {
            return Stamp.NONE;
        }
        int end = 19;
        // Fractions follow a dot, a comma or (WindowsUpdate.log) a colon.
        if (text.length() > 20 && (text.charAt(19) == '.' || text.charAt(19) == ',' || text.charAt(19) == ':')) {
            int[] f = {20};
            if (Stamp.digits(text, f, Math.min(text.length(), 27), 1, 7) >= 0) {
                end = f[0];
            }
        }
        String clock = text.substring(11, end).replace(',', '.');
        if (clock.length() > 8 && clock.charAt(8) == ':') {
            clock = clock.substring(0, 8) + '.' + clock.substring(9);
        }
        Stamp.Clock c = Stamp.clock(clock, 0, clock.length(), false);
        if (c.nano() < 0) {
            return Stamp.NONE;
        }
        try {
            return Stamp.at(LocalDate.of(year, month, day), c, ctx.options);
        } catch (DateTimeException e) {
            return Stamp.NONE;
        }
    }
}
