package org.osdkit.logs.read;

import java.io.IOException;

/**
 * The legacy {@code $$<} format, line by line: a line ending in a trailer closes a record; lines
 * without one belong to the record that follows. A line with a broken trailer, and lines left over
 * at the end of the file, become unparsed fragments. The format has no type: severity is guessed from
 * what the text states ({@link Severity#stated}, as {@code convert} guesses it) and marked as guessed;
 * "cleanup of failed or stale state stores" is no error on the word "failed" alone.
 */
final class LegacyParser implements RecordParser {

    private final LineCursor lines;
    private final ParseContext ctx;
    private final Text pending;
    private long pendingLine;

    LegacyParser(CharCursor in, ParseContext ctx) {
        this.lines = new LineCursor(in, ctx.options.maxMessageChars());
        this.ctx = ctx;
        this.pending = new Text(ctx.options.maxMessageChars());
    }

    @Override
    public long line() {
        return lines.line();
    }

    @Override
    public LogRecord next() throws IOException {
        while (true) {
            LineCursor.Line line = lines.next();
            if (line == null) {
                return pendingLine > 0 ? flush(pendingLine, "lines without a $$< trailer at the end of the file") : null;
            }
            if (pendingLine == 0 && line.isBlank()) {
                continue;
            }
            long first = pendingLine > 0 ? pendingLine : line.number();
            String end = line.end();
            LegacyTrailer trailer = LegacyTrailer.atEnd(end, ctx.options);
            if (trailer == null) {
                boolean broken = end.contains(LegacyTrailer.MARK);
                add(line, line.text().length(), line.length());
                pendingLine = first;
                if (broken) {
                    return flush(first, "malformed $$< trailer (torn or interleaved write)");
                }
                continue;
            }
            int messageEnd = line.truncated() ? line.text().length() : trailer.start();
            long fullLength = line.truncated() ? line.length() - (end.length() - trailer.start()) : trailer.start();
            add(line, messageEnd, fullLength);
            stripTrailingBlanks();
            pendingLine = 0;
            LogRecord r = ctx.entry(first, trailer.stamp(), trailer.component(), null, trailer.thread(),
                    Severity.stated(pending.head()), true, null, pending);
            pending.clear();
            return r;
        }
    }

    /** Adds the first {@code keep} characters of the line (of {@code length} in all) to the pending message. */
    private void add(LineCursor.Line line, int keep, long length) {
        if (!pending.isEmpty()) {
            pending.append("\n");
        }
        String text = line.text();
        pending.append(text.substring(0, Math.min(keep, text.length())));
        pending.countMore(Math.max(0, length - Math.min(keep, text.length())));
    }

    private void stripTrailingBlanks() {
        StringBuilder head = pending.head();
        int n = head.length();
        while (n > 0 && (head.charAt(n - 1) == ' ' || head.charAt(n - 1) == '\t')) {
            n--;
        }
        long cut = head.length() - n;
        head.setLength(n);
        pending.countMore(-cut);
    }

    private LogRecord flush(long line, String why) {
        LogRecord r = ctx.fragment(line, Stamp.NONE, pending, why);
        pending.clear();
        pendingLine = 0;
        return r;
    }
}
