package org.osdkit.drivers.inf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits INF text into merged sections of logical lines, following the rules Windows' setup parser
 * applies: the comment is removed first (a {@code ;} inside quotes or a {@code %token%} is not a
 * comment), then a trailing backslash joins the next line; quotes are removed with {@code ""} kept as
 * one quote; Ctrl-Z ends the file.
 */
final class InfLexer {

    /** Windows reads at most this many characters per field, terminator included. */
    static final int MAX_FIELD = 4096;
    static final int MAX_SECTION_NAME = 255;

    private final String text;
    private final List<InfFinding> findings;
    private final Map<String, SectionBuilder> sections = new LinkedHashMap<>();
    private SectionBuilder current;
    private boolean reportedOutside;

    private InfLexer(String text, List<InfFinding> findings) {
        int eof = text.indexOf('\u001A');
        this.text = eof >= 0 ? text.substring(0, eof) : text;
        this.findings = findings;
    }

    static List<InfSection> lex(String text, List<InfFinding> findings) {
        InfLexer lexer = new InfLexer(text, findings);
        lexer.run();
        List<InfSection> out = new ArrayList<>(lexer.sections.size());
        for (SectionBuilder b : lexer.sections.values()) {
            out.add(new InfSection(b.name, b.headers, b.lines));
        }
        return out;
    }

    private static final class SectionBuilder {
        final String name;
        final List<Integer> headers = new ArrayList<>(1);
        final List<InfLine> lines = new ArrayList<>();

        SectionBuilder(String name) {
            this.name = name;
        }
    }

    private void run() {
        int pos = 0;
        int lineNo = 0;
        int n = text.length();
        StringBuilder logical = new StringBuilder();
        int logicalStart = 0;
        while (pos < n || logical.length() > 0) {
            if (pos >= n) {
                // A continuation on the last line: the joined text ends here.
                emit(logical.toString(), 0, logical.length(), logicalStart);
                logical.setLength(0);
                break;
            }
            int end = pos;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            lineNo++;
            int next = end;
            if (next < n && text.charAt(next) == '\r') {
                next++;
            }
            if (next < n && text.charAt(next) == '\n' && (next == end || text.charAt(end) == '\r')) {
                next++;
            }
            int contentEnd = stripComment(pos, end, lineNo);
            while (contentEnd > pos && isBlank(text.charAt(contentEnd - 1))) {
                contentEnd--;
            }
            boolean continues = contentEnd > pos && text.charAt(contentEnd - 1) == '\\' && !endsInsideQuote(pos, contentEnd);
            if (logical.length() == 0 && !continues) {
                // The common case: one physical line, read in place without copying it.
                emit(text, pos, contentEnd, lineNo);
            } else {
                if (logical.length() == 0) {
                    logicalStart = lineNo;
                }
                int to = continues ? contentEnd - 1 : contentEnd;
                logical.append(text, skipBlanks(pos, to, logical.length() > 0), to);
                if (!continues) {
                    emit(logical.toString(), 0, logical.length(), logicalStart);
                    logical.setLength(0);
                }
            }
            pos = next;
        }
    }

    /** Leading blanks of a continued line are dropped, as the setup parser skips them. */
    private int skipBlanks(int from, int to, boolean continued) {
        if (!continued) {
            return from;
        }
        int i = from;
        while (i < to && isBlank(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Returns where the comment starts (or {@code end}); reports a quote left open. */
    private int stripComment(int from, int end, int lineNo) {
        boolean quoted = false;
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '%') {
                int close = indexOf('%', i + 1, end);
                if (close > 0) {
                    i = close;
                }
            } else if (!quoted && c == ';') {
                return i;
            }
        }
        if (quoted) {
            findings.add(InfFinding.of(InfRule.UNTERMINATED_QUOTE, lineNo, "A quoted string is not closed before the end of line " + lineNo + "."));
        }
        return end;
    }

    private boolean endsInsideQuote(int from, int to) {
        boolean quoted = false;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '"') {
                quoted = !quoted;
            }
        }
        return quoted;
    }

    private int indexOf(char c, int from, int end) {
        for (int i = from; i < end; i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\u000B' || c == '\u00A0' || c == '\uFEFF';
    }

    private void emit(String line, int from, int to, int lineNo) {
        int start = from;
        while (start < to && isBlank(line.charAt(start))) {
            start++;
        }
        if (start == to) {
            return;
        }
        if (line.charAt(start) == '[') {
            header(line.substring(start, to), lineNo);
            return;
        }
        if (current == null) {
            if (!reportedOutside) {
                findings.add(InfFinding.of(InfRule.LINE_OUTSIDE_SECTION, lineNo, "Line " + lineNo + " comes before any [section] header; Windows ignores it."));
                reportedOutside = true;
            }
            return;
        }
        current.lines.add(fields(line, start, to, lineNo));
    }

    private void header(String line, int lineNo) {
        int start = 0;
        int close = line.indexOf(']', start + 1);
        String parsed;
        if (close < 0) {
            findings.add(InfFinding.of(InfRule.BAD_SECTION_HEADER, lineNo, "The section header on line " + lineNo + " has no closing ]."));
            parsed = line.substring(start + 1).strip();
        } else {
            parsed = line.substring(start + 1, close).strip();
            if (!line.substring(close + 1).isBlank()) {
                findings.add(InfFinding.of(InfRule.BAD_SECTION_HEADER, lineNo,
                        "Text after the section header [" + parsed + "] on line " + lineNo + " is ignored."));
            }
        }
        String name = parsed.length() >= 2 && parsed.startsWith("\"") && parsed.endsWith("\"") ? parsed.substring(1, parsed.length() - 1) : parsed;
        if (name.length() > MAX_SECTION_NAME) {
            findings.add(InfFinding.of(InfRule.BAD_SECTION_HEADER, lineNo,
                    "The section name on line " + lineNo + " is " + name.length() + " characters long; Windows allows " + MAX_SECTION_NAME + "."));
        }
        current = sections.computeIfAbsent(InfSection.normalise(name), k -> new SectionBuilder(name));
        current.headers.add(lineNo);
    }

    private InfLine fields(String line, int start, int n, int lineNo) {
        List<String> values = new ArrayList<>(4);
        String key = null;
        Field field = new Field(line);
        int fieldStart = start;
        for (int i = start; i < n; i++) {
            char c = line.charAt(i);
            if (c == '"') {
                field.startQuoting(fieldStart, i);
                i = quoted(line, i + 1, n, field);
                // An unclosed quote runs to the end of the line, as Windows reads it.
                fieldStart = Math.min(i + 1, n);
            } else if (c == '%') {
                int close = line.indexOf('%', i + 1);
                if (close > 0 && close < n) {
                    i = close;
                }
            } else if (c == '=' && key == null && values.isEmpty()) {
                key = field.finish(this, fieldStart, i, lineNo);
                fieldStart = i + 1;
            } else if (c == ',') {
                values.add(field.finish(this, fieldStart, i, lineNo));
                fieldStart = i + 1;
            }
        }
        values.add(field.finish(this, fieldStart, n, lineNo));
        if (key == null && values.size() == 1 && values.get(0).isEmpty()) {
            values.clear();
        }
        return new InfLine(lineNo, key, values);
    }

    /** Copies a quoted run into the field (it is protected from trimming); returns the closing quote's index. */
    private static int quoted(String line, int from, int to, Field field) {
        field.protect();
        int i = from;
        for (; i < to; i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (i + 1 < to && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                    continue;
                }
                break;
            }
            field.append(c);
        }
        field.protect();
        return i;
    }

    /**
     * A field being built. Most fields have no quotes and are a trimmed slice of the line; a field with
     * quotes is copied, its quoted runs kept whole and only its unquoted edges trimmed.
     */
    private static final class Field {
        private final String line;
        private final StringBuilder b = new StringBuilder();
        private boolean quoting;
        private int protectedFrom = -1;
        private int protectedTo = -1;

        Field(String line) {
            this.line = line;
        }

        /** The field has a quote: from here on it is built char by char, starting with what came before it. */
        void startQuoting(int fieldStart, int quote) {
            quoting = true;
            b.append(line, fieldStart, quote);
        }

        void append(char c) {
            b.append(c);
        }

        void protect() {
            if (protectedFrom < 0) {
                protectedFrom = b.length();
            }
            protectedTo = b.length();
        }

        String finish(InfLexer lexer, int from, int to, int lineNo) {
            String value;
            if (!quoting) {
                int f = from;
                int t = to;
                while (f < t && isBlank(line.charAt(f))) {
                    f++;
                }
                while (t > f && isBlank(line.charAt(t - 1))) {
                    t--;
                }
                value = line.substring(f, t);
            } else {
                b.append(line, from, to);
                value = trimmed();
            }
            if (value.length() >= MAX_FIELD) {
                lexer.findings.add(InfFinding.of(InfRule.FIELD_TOO_LONG, lineNo,
                        "A field on line " + lineNo + " is " + value.length() + " characters long; Windows reads at most " + (MAX_FIELD - 1) + "."));
            }
            b.setLength(0);
            quoting = false;
            protectedFrom = -1;
            protectedTo = -1;
            return value;
        }

        private String trimmed() {
            int from = 0;
            int to = b.length();
            int keepFrom = protectedFrom < 0 ? to : protectedFrom;
            int keepTo = protectedTo < 0 ? 0 : protectedTo;
            while (from < to && from < keepFrom && isBlank(b.charAt(from))) {
                from++;
            }
            while (to > from && to > keepTo && isBlank(b.charAt(to - 1))) {
                to--;
            }
            return b.substring(from, to);
        }
    }
}
