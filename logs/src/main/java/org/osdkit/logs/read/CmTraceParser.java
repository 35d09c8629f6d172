package org.osdkit.logs.read;

import java.io.IOException;

/**
 * Streaming CMTrace scanner over markers, never a whole-file regular expression. A record starts at
 * {@code <![LOG[} and ends only at the {@code >} closing the attribute block after {@code ]LOG]!><}.
 * Text outside records, records cut by another record's start (interleaved writers) and records cut
 * by the end of the file become unparsed fragments at their own line.
 */
final class CmTraceParser implements RecordParser {

    static final String START = "<![LOG[";
    static final String END = "]LOG]!><";
    static final int MAX_ATTRIBUTES = 4096;

    private final CharCursor in;
    private final ParseContext ctx;
    private final Text message;
    private final Text fragment;
    private final Text attributes = new Text(MAX_ATTRIBUTES);
    private final CmTraceAttributes parsed = new CmTraceAttributes();
    private final StampCache stamps;
    private final OneLineRecords oneLine;

    CmTraceParser(CharCursor in, ParseContext ctx) {
        this.in = in;
        this.ctx = ctx;
        this.message = new Text(ctx.options.maxMessageChars());
        this.fragment = new Text(ctx.options.maxMessageChars());
        this.stamps = new StampCache(ctx.options);
        this.oneLine = new OneLineRecords(in, parsed, ctx.options.maxMessageChars());
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
                String oneLineMessage = oneLine.read();
                if (oneLineMessage != null) {
                    return entry(line, parsed, oneLineMessage);
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

    private LogRecord entry(long line, CmTraceAttributes a, String message) {
        return ctx.entry(line, stamp(a), a.component(), a.context, emptyToNull(a.thread()), severity(a.type, message), guessed(a.type) || a.severityGuessed, a.file(), message);
    }

    private LogRecord entry(long line, CmTraceAttributes a, Text message) {
        return ctx.entry(line, stamp(a), a.component(), a.context, emptyToNull(a.thread()), severity(a.type, message.head()), guessed(a.type) || a.severityGuessed, a.file(), message);
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
                if (!quotedStart()) {
                    return torn(line, null, "record cut off by the start of the next record (torn or interleaved write)");
                }
                // The message quotes the marker: it stays part of this record.
                message.append(START);
                in.skip(START.length());
                continue;
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

    /**
     * With the cursor at a {@code <![LOG[} inside a record's message: true when it is text the message
     * quotes, not another record's start. That is when it stands on the record's first line and the
     * rest of that line holds no other record start and exactly one {@code ]LOG]!><}, whose attribute
     * block closes the line: the line is one record. A record torn by another writer's leaves text
     * after the inner record (its own rest and end marker), and a start at the beginning of a line
     * after a torn record is always a new record.
     */
    private boolean quotedStart() throws IOException {
        CharSequence so = message.head();
        for (int i = 0; i < so.length(); i++) {
            char c = so.charAt(i);
            if (c == '\n' || c == '\r') {
                return false;
            }
        }
        int lf = in.lineEnd();
        if (lf < 0) {
            return false;
        }
        char[] b = in.buffer();
        int from = in.position() + START.length();
        int end = lf;
        while (end > from && Character.isWhitespace(b[end - 1])) {
            end--;
        }
        if (end <= from || b[end - 1] != '>') {
            return false;
        }
        String rest = new String(b, from, end - from);
        int marker = rest.indexOf(END);
        if (marker < 0 || rest.indexOf(END, marker + 1) >= 0 || rest.contains(START)) {
            return false;
        }
        boolean quoted = false;
        for (int i = marker + END.length(); i < rest.length() - 1; i++) {
            char c = rest.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '>' && !quoted) {
                return false;
            }
        }
        return !quoted;
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

    /** True when the type attribute does not give the severity and the keyword rule guessed it. */
    private static boolean guessed(String type) {
        return type == null || type.length() != 1 || type.charAt(0) < '0' || type.charAt(0) > '3';
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
