package org.osdkit.logs.read;

import java.io.IOException;

/**
 * Physical lines over a {@link CharCursor}, each cut at a cap but with its last characters kept, so
 * a trailer at the end of an over-long line (the legacy format's {@code $$<...>}) is still found.
 */
final class LineCursor {

    static final int TAIL = 512;

    /**
     * One physical line.
     *
     * @param number     1-based line number
     * @param text       the line's first characters (up to the cap), without its line break
     * @param tail       the line's last characters beyond the cap (empty when not cut)
     * @param length     the line's full length
     * @param terminator the line break as written ({@code "\r\n"}, {@code "\n"}, {@code "\r"} or empty at the end)
     */
    record Line(long number, String text, String tail, long length, String terminator) {

        boolean truncated() {
            return length > text.length();
        }

        boolean isBlank() {
            return text.isBlank() && tail.isBlank();
        }

        /** The text the line ends with: the tail when the line was cut, else the whole text. */
        String end() {
            return truncated() ? tail : text;
        }
    }

    private final CharCursor in;
    private final Text text;

    LineCursor(CharCursor in, int cap) {
        this.in = in;
        this.text = new Text(cap, TAIL);
    }

    long line() {
        return in.line();
    }

    /** The next line, or {@code null} at the end of the input. */
    Line next() throws IOException {
        if (in.atEnd()) {
            return null;
        }
        long number = in.line();
        text.clear();
        int stop = in.copyUntil('\n', '\r', '\n', text);
        String terminator = "";
        if (stop == '\n') {
            in.next();
            terminator = "\n";
        } else if (stop == '\r') {
            in.next();
            terminator = "\r";
            if (in.peek() == '\n') {
                in.next();
                terminator = "\r\n";
            }
        }
        return new Line(number, text.toString(), text.tail(), text.length(), terminator);
    }
}
