package org.osdkit.logs.read;

import java.io.IOException;
import java.io.Reader;

/**
 * A buffered cursor over decoded text that counts lines as it goes (CRLF, LF and lone CR each end a
 * line) and can look a few characters ahead for markers. The buffer has a fixed size, so memory does
 * not grow with line length.
 */
final class CharCursor {

    private static final int BUFFER = 64 * 1024;

    private final Reader in;
    private final char[] buf = new char[BUFFER];
    private int pos;
    private int limit;
    private boolean eof;
    private long line = 1;
    private boolean afterCr;

    CharCursor(Reader in) {
        this.in = in;
    }

    /** Line number of the next character. */
    long line() {
        return line;
    }

    /** True when no character is left. */
    boolean atEnd() throws IOException {
        return pos >= limit && !fill(1);
    }

    /** The next character without consuming it, or -1 at the end. */
    int peek() throws IOException {
        if (pos >= limit && !fill(1)) {
            return -1;
        }
        return buf[pos];
    }

    /** Consumes one character; -1 at the end. */
    int next() throws IOException {
        if (pos >= limit && !fill(1)) {
            return -1;
        }
        char c = buf[pos++];
        count(c);
        return c;
    }

    /** True when the text at the cursor starts with {@code marker}; consumes nothing. */
    boolean lookingAt(String marker) throws IOException {
        int n = marker.length();
        if (limit - pos < n && !fill(n)) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (buf[pos + i] != marker.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Consumes {@code n} characters that {@link #lookingAt} has just matched (they hold no line breaks). */
    void skip(int n) {
        pos += n;
        afterCr = false;
    }

    /**
     * Consumes characters up to (not including) the next {@code a}, {@code b} or {@code c}, or the end, copying
     * them into {@code out}; returns the stopping character or -1 at the end. This bulk loop is the
     * parser's hot path.
     */
    int copyUntil(char a, char b, char c, Text out) throws IOException {
        while (true) {
            if (pos >= limit && !fill(1)) {
                return -1;
            }
            char[] chars = buf;
            int end = limit;
            int start = pos;
            int i = start;
            long lines = line;
            boolean cr = afterCr;
            int stop = -1;
            while (i < end) {
                char ch = chars[i];
                if (ch == a || ch == b || ch == c) {
                    stop = ch;
                    break;
                }
                if (ch == '\n') {
                    if (!cr) {
                        lines++;
                    }
                    cr = false;
                } else if (ch == '\r') {
                    lines++;
                    cr = true;
                } else {
                    cr = false;
                }
                i++;
            }
            line = lines;
            afterCr = cr;
            out.append(chars, start, i - start);
            pos = i;
            if (stop >= 0) {
                return stop;
            }
        }
    }

    /**
     * Makes more characters available after {@code limit()} for a caller scanning ahead in the
     * buffer, keeping everything from the cursor on. Returns how far the contents moved left (the
     * caller shifts its indices by that much), or -1 when the buffer is full or the input ended.
     */
    int extend() throws IOException {
        if (eof || limit - pos >= buf.length) {
            return -1;
        }
        int shift = pos;
        return fill(limit - pos + 1) ? shift : -1;
    }

    int limit() {
        return limit;
    }

    /**
     * The index in {@link #buffer()} of the LF ending the line at the cursor, when the whole line is
     * in the buffer (reading more if needed) and holds no other line break (a CR only right before
     * the LF); -1 otherwise, and nothing is consumed.
     */
    int lineEnd() throws IOException {
        int i = pos;
        while (true) {
            char[] chars = buf;
            int end = limit;
            i = lineBreak(chars, i, end);
            if (i < end) {
                if (chars[i] == '\n') {
                    return i;
                }
                if (i + 1 < end) {
                    if (chars[i + 1] != '\n') {
                        // A lone CR ends the line early, which only the general parser handles.
                        return -1;
                    }
                    i++;
                    continue;
                }
            }
            int shift = extend();
            if (shift < 0) {
                return -1;
            }
            i -= shift;
        }
    }

    /**
     * Index of the first CR or LF in {@code chars[from, to)}, or {@code to}. Kept as a tight loop of
     * its own with one rarely taken branch: the JIT compiles it to about a cycle per character, where
     * the CR/LF logic folded into the loop cost four times as much.
     */
    private static int lineBreak(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            if (chars[i] <= '\r') {
                char c = chars[i];
                if (c == '\n' || c == '\r') {
                    return i;
                }
            }
        }
        return to;
    }

    char[] buffer() {
        return buf;
    }

    int position() {
        return pos;
    }

    /** Consumes up to and including the LF at {@code lf}, which ends a line with no other line break in it. */
    void consumeLine(int lf) {
        consumeLines(lf, 1);
    }

    /** Consumes up to and including the LF at {@code lf}, which ends the {@code lines}-th line break from the cursor. */
    void consumeLines(int lf, int lines) {
        pos = lf + 1;
        line += lines;
        afterCr = false;
    }

    private void count(char c) {
        if (c == '\n') {
            if (!afterCr) {
                line++;
            }
            afterCr = false;
        } else if (c == '\r') {
            line++;
            afterCr = true;
        } else {
            afterCr = false;
        }
    }

    /** Makes at least {@code need} characters available at {@code pos}; false when the input ends first. */
    private boolean fill(int need) throws IOException {
        if (limit - pos >= need) {
            return true;
        }
        if (eof) {
            return false;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        while (limit < need) {
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
                return false;
            }
            limit += n;
        }
        return true;
    }
}
