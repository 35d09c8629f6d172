package org.osdkit.logs.read;

import static org.osdkit.logs.read.CmTraceParser.END;
import static org.osdkit.logs.read.CmTraceParser.MAX_ATTRIBUTES;
import static org.osdkit.logs.read.CmTraceParser.START;

import java.io.IOException;

/**
 * The CMTrace parser's fast paths for a record alone on its line(s), the shape of nearly every record:
 * read in place in the cursor's buffer with no intermediate copies. First the usual attribute layout in
 * one pass, also after a message over several lines (the engine's and CAS's XML policy payloads, some
 * 2% of a real smsts.log's records, cost over a third of the parse time on the general path); then any
 * attribute block of a one-line record. A record is taken only when the general path would read it the
 * same way; anything unusual (another record's start, unbalanced quotes, text after the record, a
 * message over the cap, a record longer than the buffer) is left to the general path.
 */
final class OneLineRecords {

    private static final boolean[] MESSAGE_STOPS = new boolean[Character.MAX_VALUE + 1];

    static {
        for (char c = 0; c <= '\r'; c++) {
            MESSAGE_STOPS[c] = true;
        }
        MESSAGE_STOPS[']'] = true;
        MESSAGE_STOPS['<'] = true;
    }

    private final CharCursor in;
    private final CmTraceAttributes parsed;
    private final int maxMessageChars;
    /** Where the usual record's message ends, set by {@link #usualLine}. */
    private int marker;
    /** How many line breaks the usual record's message holds (CRLF counts one), set by {@link #usualLine}. */
    private int breaks;

    OneLineRecords(CharCursor in, CmTraceAttributes parsed, int maxMessageChars) {
        this.in = in;
        this.parsed = parsed;
        this.maxMessageChars = maxMessageChars;
    }

    /**
     * With the cursor at {@code <![LOG[}: when the record is alone on its line (or lines), fills the
     * attributes, consumes the record up to its line's end and returns the message; else returns
     * {@code null} and consumes nothing.
     */
    String read() throws IOException {
        int lf;
        while ((lf = usualLine()) == CmTraceAttributes.MORE) {
            if (in.extend() < 0) {
                return anyLine();
            }
        }
        if (lf < 0) {
            return anyLine();
        }
        int messageStart = in.position() + START.length();
        String message = new String(in.buffer(), messageStart, marker - messageStart);
        in.consumeLines(lf, breaks + 1);
        return message;
    }

    /**
     * Reads the record at the cursor in a single pass when it has the usual attribute layout, its
     * message holds no other record's start, and only whitespace follows it on its last line: sets
     * {@link #marker}, {@link #breaks} and the attributes, and returns the index of the LF ending that
     * line. Returns -1 for any other record, or {@link CmTraceAttributes#MORE} when the buffer ends
     * first. Nothing is consumed. Line breaks in the message are counted as the cursor counts them
     * (CRLF, LF and lone CR one each); the general path reads such a message the same way, since a
     * record start inside it always ends it there.
     */
    private int usualLine() {
        char[] b = in.buffer();
        int limit = in.limit();
        int messageStart = in.position() + START.length();
        int i = messageStart;
        int lines = 0;
        while (true) {
            i = messageStop(b, i, limit);
            if (i >= limit) {
                return CmTraceAttributes.MORE;
            }
            char c = b[i];
            if (c == ']' || c == '<') {
                String marker = c == ']' ? END : START;
                if (limit - i < marker.length()) {
                    return CmTraceAttributes.MORE;
                }
                if (at(b, i, limit, marker)) {
                    if (c == '<') {
                        return -1;
                    }
                    break;
                }
            } else if (c == '\r') {
                if (i + 1 >= limit) {
                    return CmTraceAttributes.MORE;
                }
                lines++;
                if (b[i + 1] == '\n') {
                    i++;
                }
            } else if (c == '\n') {
                lines++;
            }
            i++;
        }
        int attributesStart = i + END.length();
        if (i - messageStart > maxMessageChars) {
            return -1;
        }
        int close = parsed.canonical(b, attributesStart, limit);
        if (close < 0 || close - attributesStart >= MAX_ATTRIBUTES) {
            return close == CmTraceAttributes.MORE ? close : -1;
        }
        marker = i;
        breaks = lines;
        // Only what the general path skips between records (Character.isWhitespace) may follow the record.
        for (int j = close + 1; j < limit; j++) {
            char c = b[j];
            if (c == '\n') {
                return j;
            }
            if (c == '\r') {
                return j + 1 >= limit ? CmTraceAttributes.MORE : b[j + 1] == '\n' ? j + 1 : -1;
            }
            if (!Character.isWhitespace(c)) {
                return -1;
            }
        }
        return CmTraceAttributes.MORE;
    }

    /** Index of the first {@code ]}, {@code <} or control character up to CR in {@code b[from, to)}, or {@code to}. */
    private static int messageStop(char[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (MESSAGE_STOPS[b[i]]) {
                return i;
            }
        }
        return to;
    }

    /** The one-line path for any attribute block, read by the general attribute reader. */
    private String anyLine() throws IOException {
        int lf = in.lineEnd();
        if (lf < 0) {
            return null;
        }
        char[] b = in.buffer();
        int start = in.position();
        int end = lf;
        // Only what the general path skips between records (Character.isWhitespace) may follow the record.
        while (end > start && b[end - 1] <= ' ' && Character.isWhitespace(b[end - 1])) {
            end--;
        }
        if (end - start < START.length() + END.length() + 1 || b[end - 1] != '>') {
            return null;
        }
        int messageStart = start + START.length();
        int marker = -1;
        for (int i = messageStart; i < end; i++) {
            char c = b[i];
            if (c == ']') {
                if (at(b, i, end, END)) {
                    marker = i;
                    break;
                }
            } else if (c == '<' && at(b, i, end, START)) {
                return null;
            }
        }
        int attributesStart = marker + END.length();
        if (marker < 0 || marker - messageStart > maxMessageChars || end - attributesStart > MAX_ATTRIBUTES) {
            return null;
        }
        if (!closesAtItsEnd(b, attributesStart, end - 1)) {
            return null;
        }
        parsed.parse(b, attributesStart, end - 1);
        String message = new String(b, messageStart, marker - messageStart);
        in.consumeLine(lf);
        return message;
    }

    /**
     * True when the general path would read {@code b[from, to)} as the whole attribute block, closed by
     * the {@code >} at {@code to}: no {@code >} outside quotes before it, the quotes balanced, and no
     * other record's start inside (a torn write).
     */
    private static boolean closesAtItsEnd(char[] b, int from, int to) {
        boolean quoted = false;
        for (int i = from; i < to; i++) {
            char c = b[i];
            if (c == '"') {
                quoted = !quoted;
            } else if ((c == '>' && !quoted) || (c == '<' && at(b, i, to, START))) {
                return false;
            }
        }
        return !quoted;
    }

    /** True when {@code marker} starts at {@code b[i]}, whose first character the caller has checked. */
    private static boolean at(char[] b, int i, int end, String marker) {
        if (end - i < marker.length()) {
            return false;
        }
        for (int k = 1; k < marker.length(); k++) {
            if (b[i + k] != marker.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
