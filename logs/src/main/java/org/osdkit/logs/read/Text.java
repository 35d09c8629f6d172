package org.osdkit.logs.read;

/**
 * A text accumulator with a cap: it counts every character appended but keeps only the first
 * {@code cap}, plus optionally the last {@code tail} characters, so a 50 MB line costs bounded memory
 * and a trailer at its end is still visible.
 */
final class Text {

    private final StringBuilder head = new StringBuilder();
    private final int cap;
    private final char[] tail;
    private int tailEnd;
    private long tailFilled;
    private long length;

    Text(int cap) {
        this(cap, 0);
    }

    Text(int cap, int tailSize) {
        this.cap = cap;
        this.tail = new char[tailSize];
    }

    void append(char[] chars, int off, int len) {
        int room = cap - head.length();
        if (room >= len) {
            head.append(chars, off, len);
        } else {
            if (room > 0) {
                head.append(chars, off, room);
            }
            keepTail(chars, off + Math.max(room, 0), len - Math.max(room, 0));
        }
        length += len;
    }

    void append(char c) {
        if (head.length() < cap) {
            head.append(c);
        } else if (tail.length > 0) {
            tail[tailEnd] = c;
            tailEnd = (tailEnd + 1) % tail.length;
            tailFilled++;
        }
        length++;
    }

    void append(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            append(s.charAt(i));
        }
    }

    /** Counts {@code n} characters that were seen but deliberately not kept (the cut middle of a long text). */
    void countMore(long n) {
        length += n;
    }

    private void keepTail(char[] chars, int off, int len) {
        if (tail.length == 0) {
            return;
        }
        int from = len > tail.length ? off + len - tail.length : off;
        for (int i = from; i < off + len; i++) {
            tail[tailEnd] = chars[i];
            tailEnd = (tailEnd + 1) % tail.length;
            tailFilled++;
        }
    }

    void clear() {
        head.setLength(0);
        length = 0;
        tailEnd = 0;
        tailFilled = 0;
        if (head.capacity() > 4 * 1024 * 1024) {
            head.trimToSize();
        }
    }

    /** All characters appended since the last clear, kept or not. */
    long length() {
        return length;
    }

    boolean truncated() {
        return length > head.length();
    }

    boolean isEmpty() {
        return length == 0;
    }

    /** The kept head. */
    @Override
    public String toString() {
        return head.toString();
    }

    StringBuilder head() {
        return head;
    }

    /** The last characters beyond the cap (empty when nothing was cut or no tail is kept). */
    String tail() {
        int n = (int) Math.min(tailFilled, tail.length);
        StringBuilder b = new StringBuilder(n);
        int start = (tailEnd - n + tail.length) % Math.max(tail.length, 1);
        for (int i = 0; i < n; i++) {
            b.append(tail[(start + i) % tail.length]);
        }
        return b.toString();
    }
}
