package org.osdkit.logs.internal;

import java.util.Locale;

/**
 * The attribute block after {@code ]LOG]!><}: {@code name="value"} pairs in any order and case.
 * Unknown names are ignored, as CMTrace does; component and file are cut at 100 characters like CMTrace.
 */
final class CmTraceAttributes {

    static final int MAX_ATTRIBUTE = 100;

    String time;
    String date;
    String component;
    String context;
    String type;
    String thread;
    String file;
    String problem;

    /** Parses {@code block} (without the closing {@code >}); records a problem instead of failing. */
    static CmTraceAttributes parse(CharSequence block) {
        CmTraceAttributes a = new CmTraceAttributes();
        int n = block.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(block.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int nameStart = i;
            while (i < n && block.charAt(i) != '=' && !Character.isWhitespace(block.charAt(i))) {
                i++;
            }
            String name = block.subSequence(nameStart, i).toString();
            if (i >= n || block.charAt(i) != '=' || i + 1 >= n || block.charAt(i + 1) != '"') {
                a.problem = "malformed attribute \"" + shorten(block.subSequence(nameStart, n)) + "\"";
                return a;
            }
            i += 2;
            int valueStart = i;
            while (i < n && block.charAt(i) != '"') {
                i++;
            }
            if (i >= n) {
                a.problem = "attribute " + name + " has no closing quote";
                return a;
            }
            a.set(name, block.subSequence(valueStart, i).toString());
            i++;
        }
        return a;
    }

    private void set(String name, String value) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "time" -> time = value;
            case "date" -> date = value;
            case "component" -> component = cut(value);
            case "context" -> context = value;
            case "type" -> type = value;
            case "thread" -> thread = value;
            case "file" -> file = cut(value);
            default -> {
                // Other writers add their own attributes; CMTrace ignores them and so do we.
            }
        }
    }

    private static String cut(String value) {
        return value.length() > MAX_ATTRIBUTE ? value.substring(0, MAX_ATTRIBUTE) : value;
    }

    private static String shorten(CharSequence s) {
        return s.length() > 60 ? s.subSequence(0, 60) + "..." : s.toString();
    }
}
