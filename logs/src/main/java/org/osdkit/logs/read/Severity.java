package org.osdkit.logs.read;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A record's severity as CMTrace sees it: the {@code type} attribute when the record has one, else
 * CMTrace's keyword rule on the text ({@code error}; {@code fail} but not {@code failover}; {@code warn}).
 */
public enum Severity {
    /** {@code type="0"}: CMTrace shows it uncoloured; OneTrace calls it success/verbose. */
    VERBOSE(0),
    INFO(1),
    WARNING(2),
    ERROR(3);

    /** An error stated: something failed to, failed with, a failure, an error code or number; not a word in passing. */
    private static final Pattern ERROR_STATED = Pattern.compile("(?i)\\bfail(?:ed|s|ing)?\\s+(?:to|with|because|while|on|at|for)\\b"
            + "|\\bfailure\\b|\\berror\\s*(?:code|[:=(#]|0x|-?\\d)|\\berrorcode\\b|\\bfatal\\b|\\bexception\\b|\\bunable to\\b|\\bcannot\\b"
            + "|\\bhas failed\\b|\\bfailed\\s*[.!:(]|\\bfailed$");
    /** A failure denied: "0 errors", "no failures", "without error". */
    private static final Pattern NONE_STATED = Pattern.compile("(?i)\\b(?:no|0|zero|without)\\s+(?:errors?|failures?)\\b|\\berrors?\\s*[:=]\\s*0\\b");
    private static final Pattern WARNING_STATED = Pattern.compile("(?i)\\bwarn(?:ing)?s?\\b");

    private final int type;

    Severity(int type) {
        this.type = type;
    }

    /** The CMTrace {@code type} attribute value. */
    public int type() {
        return type;
    }

    /** The severity for a CMTrace {@code type} value, or {@code null} when it is not 0-3. */
    public static Severity ofType(int type) {
        return switch (type) {
            case 0 -> VERBOSE;
            case 1 -> INFO;
            case 2 -> WARNING;
            case 3 -> ERROR;
            default -> null;
        };
    }

    /** CMTrace's rule for text without a type: case-insensitive substrings, {@code failover} is not a failure. */
    public static Severity byKeyword(CharSequence text) {
        String lower = text.toString().toLowerCase(Locale.ROOT);
        if (lower.contains("error")) {
            return ERROR;
        }
        int fail = lower.indexOf("fail");
        while (fail >= 0) {
            if (!lower.startsWith("failover", fail)) {
                return ERROR;
            }
            fail = lower.indexOf("fail", fail + 4);
        }
        return lower.contains("warn") ? WARNING : INFO;
    }

    /**
     * The severity a text without a type states, for records whose severity is guessed (legacy site
     * server lines; {@code convert} writes the same guess): an error only when it says something
     * failed (to, with, because ...), a failure, an error code; "failed or stale", "failover" and
     * "0 errors" are not. Stricter than {@link #byKeyword}, which calls any {@code fail} an error.
     */
    public static Severity stated(CharSequence text) {
        String first = text.toString().strip();
        if (ERROR_STATED.matcher(first).find() && !NONE_STATED.matcher(first).find()) {
            return ERROR;
        }
        return WARNING_STATED.matcher(first).find() ? WARNING : INFO;
    }

    /** Accepts the name ({@code error}), CMTrace's type number ({@code 3}) or a short form ({@code warn}). */
    public static Severity parse(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        if (t.length() == 1 && Character.isDigit(t.charAt(0))) {
            Severity s = ofType(t.charAt(0) - '0');
            if (s != null) {
                return s;
            }
        }
        for (Severity s : values()) {
            if (s.name().equals(t) || (t.length() >= 3 && s.name().startsWith(t))) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity \"" + text + "\" (use error, warning, info, verbose or 0-3)");
    }
}
