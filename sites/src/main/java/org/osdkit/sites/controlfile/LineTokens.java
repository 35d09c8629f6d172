package org.osdkit.sites.controlfile;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a site control file cut into its parts: indentation, an optional keyword
 * ({@code PROPERTY}, {@code BEGIN_SITE_DEFINITION}), and bracketed {@code <value>} fields with the
 * columns of their text, so a value can be replaced without touching a byte around it.
 *
 * @param keyword the leading word, or {@code null} when the line starts with a field or is blank
 * @param fields  the fields in order
 * @param error   why the line could not be read, or {@code null}
 */
record LineTokens(String keyword, List<Field> fields, String error) {

    /**
     * A field: the text between {@code <} and {@code >} (columns {@code start} inclusive to
     * {@code end} exclusive), or a whole {@code #NNN(...)} blob.
     */
    record Field(int start, int end, String text) {
    }

    public boolean blank() {
        return keyword == null && fields.isEmpty() && error == null;
    }

    /** Cuts {@code line}; never throws, a malformed line comes back with an {@link #error()}. */
    public static LineTokens of(String line) {
        int n = line.length();
        int i = skipBlanks(line, 0);
        String keyword = null;
        if (i < n && isWordStart(line.charAt(i))) {
            int start = i;
            while (i < n && isWordPart(line.charAt(i))) {
                i++;
            }
            keyword = line.substring(start, i);
        }
        List<Field> fields = new ArrayList<>();
        while (true) {
            i = skipBlanks(line, i);
            if (i >= n) {
                return new LineTokens(keyword, fields, null);
            }
            char c = line.charAt(i);
            if (c == '<') {
                int end = i + 1;
                while (end < n && line.charAt(end) != '>') {
                    if (line.charAt(end) == '<') {
                        return new LineTokens(keyword, fields, "'<' inside a value at column " + (end + 1)
                                + " (no escape exists for it in the site control file format)");
                    }
                    end++;
                }
                if (end >= n) {
                    return new LineTokens(keyword, fields, "the value opened at column " + (i + 1) + " is not closed with '>' (truncated line?)");
                }
                fields.add(new Field(i + 1, end, line.substring(i + 1, end)));
                i = end + 1;
            } else if (c == '#' && keyword != null && isBlob(line, i)) {
                fields.add(new Field(i, n, line.substring(i).stripTrailing()));
                return new LineTokens(keyword, fields, null);
            } else {
                String rest = line.substring(i, Math.min(n, i + 20));
                return new LineTokens(keyword, fields, "unexpected text \"" + printable(rest) + "\" at column " + (i + 1));
            }
        }
    }

    /** {@code #NNN(...)}: the length-prefixed, mostly encrypted strings after ADDRESS records. */
    private static boolean isBlob(String line, int at) {
        String rest = line.substring(at).stripTrailing();
        return rest.matches("#\\d+\\(.*\\)");
    }

    private static int skipBlanks(String line, int i) {
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static boolean isWordStart(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
    }

    private static boolean isWordPart(char c) {
        return isWordStart(c) || (c >= '0' && c <= '9');
    }

    static String printable(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c < 0x20 || c == 0x7F ? String.format("\\x%02X", (int) c) : String.valueOf(c));
        }
        return b.toString();
    }
}
