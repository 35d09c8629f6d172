package org.osdkit.logs.internal;

import java.io.IOException;
import org.osdkit.logs.LogRecord;
import org.osdkit.logs.Severity;

/**
 * Streaming CMTrace scanner over markers, never a whole-file regular expression. A record starts at
 * {@code <![LOG[} and ends only at the {@code >} closing the attribute block after {@code ]LOG]!><}.
 * Text outside records, records cut by another record's start (interleaved writers) and records cut
 * by the end of the file become unparsed fragments at their own line.
 */
final class CmTraceParser implements RecordParser {

    static final String START = "<![LOG[";
    static final String END = "]LOG]!><";
    private static final int MAX_ATTRIBUTES = 4096;

    private final CharCursor in;
    private final ParseContext ctx;
    private final Text message;
    private final Text fragment;
    private final Text attributes = new Text(MAX_ATTRIBUTES);
    private final CmTraceAttributes parsed = new CmTraceAttributes();
    private final StampCache stamps;
    /** Where the usual line's message ends, set by {@link #usualLine}. */
    private int marker;

    CmTraceParser(CharCursor in, ParseContext ctx) {
        this.in = in;
        this.ctx = ctx;
        this.message = new Text(ctx.options.maxMessageChars());
        this.fragment = new Text(ctx.options.maxMessageChars());
        this.stamps = new StampCache(ctx.options);
    }

    @Override
    public long line() {
        return in.line();
    }

    @Override
    public LogRecord next() throws IOException {
        fragment.clear();
        long fragmentLine = 0;
        while (true) {
            int c = in.peek();
            if (c < 0) {
                return fragmentLine > 0 ? outside(fragmentLine) : null;
            }
            if (c == '<' && in.lookingAt(START)) {
                if (fragmentLine > 0) {
                    return outside(fragmentLine);
                }
                long line = in.line();
                LogRecord fast = singleLine(line);
                if (fast != null) {
                    return fast;
                }
                in.skip(START.length());
                return record(line);
            }
            if (fragmentLine == 0 && Character.isWhitespace(c)) {
                in.next();
                continue;
            }
            if (fragmentLine == 0) {
                fragmentLine = in.line();
            }
            fragment.append((char) in.next());
            in.copyUntil('<', '<', '<', fragment);
        }
    }

    /**
     * The fast paths for a record alone on one line, parsed in place in the cursor's buffer with no
     * intermediate copies: first the usual layout in one pass, then any attribute block. Anything
     * unusual (several lines, another record's start, text after the record, a message over the cap)
     * returns {@code null} and goes the general way.
     */
    private LogRecord singleLine(long line) throws IOException {
        int lf;
        while ((lf = usualLine()) == CmTraceAttributes.MORE) {
            if (in.extend() < 0) {
                return anyLine(line);
            }
        }
        if (lf < 0) {
            return anyLine(line);
        }
        int messageStart = in.position() + START.length();
        String message = new String(in.buffer(), messageStart, marker - messageStart);
        in.consumeLine(lf);
        return entry(line, parsed, message);
    }

    /**
     * Reads the line at the cursor in a single pass when it holds one record with the usual attribute
     * layout, and only whitespace after it: sets {@link #marker} and the attributes, and returns the
     * index of the line's LF. Returns -1 for any other line, or {@link CmTraceAttributes#MORE} when the
     * buffer ends first. Nothing is consumed.
     */
    private int usualLine() {
        char[] b = in.buffer();
        int limit = in.limit();
        int messageStart = in.position() + START.length();
        int i = messageStart;
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
            } else if (c == '\r' || c == '\n') {
                return -1;
            }
            i++;
        }
        int attributesStart = i + END.length();
        if (i - messageStart > ctx.options.maxMessageChars()) {
            return -1;
        }
        int close = parsed.canonical(b, attributesStart, limit);
        if (close < 0 || close - attributesStart >= MAX_ATTRIBUTES) {
            return close == CmTraceAttributes.MORE ? close : -1;
        }
        marker = i;
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
            char c = b[i];
            if (c == ']' || c == '<' || c <= '\r') {
                return i;
            }
        }
        return to;
    }

    /** The single-line fast path for any attribute block; {@code null} sends the record the general way. */
    private LogRecord anyLine(long line) throws IOException {
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
        if (marker < 0 || marker - messageStart > ctx.options.maxMessageChars() || end - attributesStart > MAX_ATTRIBUTES) {
            return null;
        }
        if (!closesAtItsEnd(b, attributesStart, end - 1)) {
            return null;
        }
        parsed.parse(b, attributesStart, end - 1);
        String message = new String(b, messageStart, marker - messageStart);
        in.consumeLine(lf);
        return entry(line, parsed, message);
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

    private LogRecord entry(long line, CmTraceAttributes a, String message) {
        return ctx.entry(line, stamp(a), a.component, a.context, emptyToNull(a.thread), severity(a.type, message), a.file, message);
    }

    private LogRecord entry(long line, CmTraceAttributes a, Text message) {
        return ctx.entry(line, stamp(a), a.component, a.context, emptyToNull(a.thread), severity(a.type, message.head()), a.file, message);
    }

    private Stamp stamp(CmTraceAttributes a) {
        Stamp stamp = stamps.cmtrace(a);
        if (a.problem != null) {
            stamp = new Stamp(stamp.local(), stamp.bias(), stamp.utc(), stamp.zone(), Stamp.join(a.problem, stamp.problem()));
        }
        return stamp;
    }

    private LogRecord record(long line) throws IOException {
        message.clear();
        while (true) {
            int stop = in.copyUntil(']', '<', ']', message);
            if (stop < 0) {
                return torn(line, null, "record has no closing ]LOG]!> before the end of the file");
            }
            if (stop == ']' && in.lookingAt(END)) {
                in.skip(END.length());
                break;
            }
            if (stop == '<' && in.lookingAt(START)) {
                return torn(line, null, "record cut off by the start of the next record (torn or interleaved write)");
            }
            message.append((char) in.next());
        }
        attributes.clear();
        boolean quoted = false;
        while (true) {
            int stop = in.copyUntil('"', '>', '<', attributes);
            if (stop < 0) {
                return torn(line, attributes, "record ends inside its attribute block");
            }
            if (stop == '<' && in.lookingAt(START)) {
                return torn(line, attributes, "attribute block cut off by the start of the next record");
            }
            in.next();
            if (stop == '>' && !quoted) {
                break;
            }
            if (stop == '"') {
                quoted = !quoted;
            }
            attributes.append((char) stop);
            if (attributes.truncated()) {
                return torn(line, attributes, "attribute block longer than " + MAX_ATTRIBUTES + " characters");
            }
        }
        return entry(line, parsed.parse(attributes.head()), message);
    }

    /** The type attribute decides when it holds 0-3; an empty or odd type falls back to the keyword rule. */
    private static Severity severity(String type, CharSequence message) {
        if (type != null && type.length() == 1) {
            Severity s = Severity.ofType(type.charAt(0) - '0');
            if (s != null) {
                return s;
            }
        }
        return Severity.byKeyword(message);
    }

    private LogRecord torn(long line, Text attributesSoFar, String why) {
        fragment.clear();
        fragment.append(START);
        fragment.append(message.head());
        // Keep the reported length honest even though the cut part was not kept.
        fragment.countMore(message.length() - message.head().length());
        if (attributesSoFar != null) {
            fragment.append(END);
            fragment.append(attributesSoFar.head());
        }
        return ctx.fragment(line, Stamp.NONE, fragment, why);
    }

    /**
     * Text between records. When it holds the tail of a record whose start was lost ({@code ...]LOG]!><time=...>},
     * typical at the top of a file after rollover), its attributes still give the fragment a time.
     */
    private LogRecord outside(long line) {
        String text = fragment.head().toString().strip();
        Stamp stamp = Stamp.NONE;
        int end = text.indexOf(END);
        if (end >= 0) {
            int close = text.lastIndexOf('>');
            if (close > end + END.length()) {
                CmTraceAttributes a = new CmTraceAttributes().parse(text.substring(end + END.length(), close));
                if (a.problem == null) {
                    stamp = new StampCache(ctx.options).cmtrace(a);
                }
            }
        }
        Text raw = new Text(ctx.options.maxMessageChars());
        raw.append(text);
        raw.countMore(fragment.length() - fragment.head().length());
        String why = end >= 0 ? "record without its start (torn write or the tail of a record from before a rollover)"
                : "text outside any record";
        return ctx.fragment(line, stamp, raw, why);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
