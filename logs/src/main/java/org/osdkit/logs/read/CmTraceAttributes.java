package org.osdkit.logs.read;

import java.util.Arrays;

/**
 * The attribute block after {@code ]LOG]!><}: {@code name="value"} pairs in any order and case.
 * Unknown names are ignored, as CMTrace does; component and file are cut at 100 characters like CMTrace.
 * One instance is reused for a whole file: short values equal to the previous record's (component,
 * thread, date ...) are shared instead of copied, and the time stays in place in the parsed
 * characters, which keeps the parser's per-record work low.
 */
final class CmTraceAttributes {

    static final int MAX_ATTRIBUTE = 100;
    /** {@link #canonical} ran out of characters before it could decide. */
    static final int MORE = -2;
    private static final String[] TYPES = {"0", "1", "2", "3"};
    private static final int THREAD_CACHE = 256;

    /** How many values the canonical block has: time, date, component, context, type, thread, file. */
    private static final int CANONICAL = 7;

    /** Where a value of the canonical block ends, or stops being canonical. */
    private static final boolean[] VALUE_STOPS = new boolean[Character.MAX_VALUE + 1];

    static {
        VALUE_STOPS['"'] = true;
        VALUE_STOPS['<'] = true;
        VALUE_STOPS['\r'] = true;
        VALUE_STOPS['\n'] = true;
    }

    private final String[] threadCache = new String[THREAD_CACHE];
    private final String[] components = new String[64];
    /** The components' characters, beside them: a char array compares faster than a string's characters. */
    private final char[][] componentChars = new char[64][];
    /** Start and end of each canonical value, filled before anything is stored. */
    private final int[] values = new int[2 * CANONICAL];
    private final int[] threadIds = new int[THREAD_CACHE];

    /** The characters holding the time value, valid until the next parse; {@code timeFrom} is -1 when absent. */
    char[] timeChars;
    int timeFrom = -1;
    int timeTo;
    String date;
    private String component;
    String context;
    String type;
    private String thread;
    private String file;
    String problem;
    /**
     * True after {@link #canonical}: component, thread and file are read from the characters when
     * asked for. The fast path stores no string per record in this long-lived object, only the ones
     * that changed: with G1, each reference stored into an old object costs a memory fence in the
     * write barrier (the same parse ran about a fifth faster with ParallelGC, which has no such fence).
     */
    private boolean inPlace;
    /** {@code severity="guessed"}: osdkit's convert wrote a type it guessed from the text. */
    boolean severityGuessed;

    /**
     * Parses the block starting at {@code s[from]} when it is exactly the one CMTrace writers produce:
     * {@code time="" date="" component="" context="" type="" thread="" file=""}, in that order, lower
     * case, one space apart, with no {@code <} or line break in a value, closed by {@code >}. Returns
     * the index of that {@code >}; -1 for any other block, which {@link #parse(char[], int, int)} then
     * reads the general way with the same result; {@link #MORE} when {@code limit} comes first. Nearly
     * every record of a real log has this shape, and matching the names as literals saves finding,
     * checking and comparing each one.
     */
    int canonical(char[] s, int from, int limit) {
        int[] v = values;
        int i = from;
        // Each name is compared as one expression with a single branch: a loop over an array of the
        // names, a branch per character, took measurably longer (this method is a fifth of the parse).
        if (limit - i < 6) {
            return MORE;
        }
        if (((s[i] ^ 't') | (s[i + 1] ^ 'i') | (s[i + 2] ^ 'm') | (s[i + 3] ^ 'e') | (s[i + 4] ^ '=') | (s[i + 5] ^ '"')) != 0) {
            return -1;
        }
        i = value(s, i + 6, limit, 0);
        if (i < 0) {
            return i;
        }
        if (limit - i < 7) {
            return MORE;
        }
        if (((s[i] ^ ' ') | (s[i + 1] ^ 'd') | (s[i + 2] ^ 'a') | (s[i + 3] ^ 't') | (s[i + 4] ^ 'e') | (s[i + 5] ^ '=') | (s[i + 6] ^ '"')) != 0) {
            return -1;
        }
        i = value(s, i + 7, limit, 2);
        if (i < 0) {
            return i;
        }
        if (limit - i < 12) {
            return MORE;
        }
        if (((s[i] ^ ' ') | (s[i + 1] ^ 'c') | (s[i + 2] ^ 'o') | (s[i + 3] ^ 'm') | (s[i + 4] ^ 'p') | (s[i + 5] ^ 'o') | (s[i + 6] ^ 'n')
                | (s[i + 7] ^ 'e') | (s[i + 8] ^ 'n') | (s[i + 9] ^ 't') | (s[i + 10] ^ '=') | (s[i + 11] ^ '"')) != 0) {
            return -1;
        }
        i = value(s, i + 12, limit, 4);
        if (i < 0) {
            return i;
        }
        if (limit - i < 10) {
            return MORE;
        }
        if (((s[i] ^ ' ') | (s[i + 1] ^ 'c') | (s[i + 2] ^ 'o') | (s[i + 3] ^ 'n') | (s[i + 4] ^ 't') | (s[i + 5] ^ 'e') | (s[i + 6] ^ 'x')
                | (s[i + 7] ^ 't') | (s[i + 8] ^ '=') | (s[i + 9] ^ '"')) != 0) {
            return -1;
        }
        i = value(s, i + 10, limit, 6);
        if (i < 0) {
            return i;
        }
        if (limit - i < 7) {
            return MORE;
        }
        if (((s[i] ^ ' ') | (s[i + 1] ^ 't') | (s[i + 2] ^ 'y') | (s[i + 3] ^ 'p') | (s[i + 4] ^ 'e') | (s[i + 5] ^ '=') | (s[i + 6] ^ '"')) != 0) {
            return -1;
        }
        i = value(s, i + 7, limit, 8);
        if (i < 0) {
            return i;
        }
        if (limit - i < 9) {
            return MORE;
        }
        if (((s[i] ^ ' ') | (s[i + 1] ^ 't') | (s[i + 2] ^ 'h') | (s[i + 3] ^ 'r') | (s[i + 4] ^ 'e') | (s[i + 5] ^ 'a') | (s[i + 6] ^ 'd')
                | (s[i + 7] ^ '=') | (s[i + 8] ^ '"')) != 0) {
            return -1;
        }
        i = value(s, i + 9, limit, 10);
        if (i < 0) {
            return i;
        }
        if (limit - i < 7) {
            return MORE;
        }
        if (((s[i] ^ ' ') | (s[i + 1] ^ 'f') | (s[i + 2] ^ 'i') | (s[i + 3] ^ 'l') | (s[i + 4] ^ 'e') | (s[i + 5] ^ '=') | (s[i + 6] ^ '"')) != 0) {
            return -1;
        }
        i = value(s, i + 7, limit, 12);
        if (i < 0) {
            return i;
        }
        if (i >= limit) {
            return MORE;
        }
        if (s[i] != '>') {
            return -1;
        }
        if (timeChars != s) {
            timeChars = s;
        }
        timeFrom = v[0];
        timeTo = v[1];
        String d = same(date, s, v[2], v[3]);
        if (d != date) {
            date = d;
        }
        String c = same(context, s, v[6], v[7]);
        if (c != context) {
            context = c;
        }
        String t = type(s, v[8], v[9]);
        if (t != type) {
            type = t;
        }
        if (problem != null) {
            problem = null;
        }
        severityGuessed = false;
        inPlace = true;
        return i;
    }

    /**
     * Scans the canonical value starting at {@code s[start]} up to its closing quote, records its
     * bounds in {@code values[slot]} and {@code values[slot + 1]}, and returns the index after the
     * quote; -1 when a {@code <} or line break comes first, {@link #MORE} when {@code limit} does.
     */
    private int value(char[] s, int start, int limit, int slot) {
        int i = start;
        while (i < limit && !VALUE_STOPS[s[i]]) {
            i++;
        }
        if (i >= limit) {
            return MORE;
        }
        if (s[i] != '"') {
            return -1;
        }
        values[slot] = start;
        values[slot + 1] = i;
        return i + 1;
    }

    /** The component attribute ({@code null} when absent), cut at {@value #MAX_ATTRIBUTE} characters. */
    String component() {
        return inPlace ? recent(components, componentChars, timeChars, values[4], Math.min(values[5], values[4] + MAX_ATTRIBUTE)) : component;
    }

    /** The thread attribute ({@code null} when absent). */
    String thread() {
        return inPlace ? thread(timeChars, values[10], values[11]) : thread;
    }

    /** The file attribute ({@code null} when absent), cut at {@value #MAX_ATTRIBUTE} characters. */
    String file() {
        return inPlace ? file(timeChars, values[12], values[13]) : file;
    }

    /**
     * The value in {@code s[from, to)} from a small direct-mapped cache of the values seen in the file:
     * a log repeats a handful of components, in turns, so the last value alone rarely matches. Each
     * value is kept as characters beside the string, which compare faster than the string's. The
     * cache is written only when a value is new to its slot. (A cache of the file attribute's values
     * measured slower than a new string per record: a few hundred source lines miss too often.)
     */
    private static String recent(String[] cache, char[][] chars, char[] s, int from, int to) {
        int len = to - from;
        if (len == 0) {
            return "";
        }
        int slot = (len * 31 + s[from] * 7 + s[to - 1]) & (cache.length - 1);
        char[] cached = chars[slot];
        if (cached != null && cached.length == len) {
            int i = 0;
            while (i < len && cached[i] == s[from + i]) {
                i++;
            }
            if (i == len) {
                return cache[slot];
            }
        }
        String value = new String(s, from, len);
        cache[slot] = value;
        chars[slot] = Arrays.copyOfRange(s, from, to);
        return value;
    }

    /** Parses {@code block} (without the closing {@code >}); records a problem instead of failing. */
    CmTraceAttributes parse(CharSequence block) {
        char[] s = block.toString().toCharArray();
        return parse(s, 0, s.length);
    }

    /** Parses {@code s[from, to)} in place; values of the previous record are kept for sharing and cleared when absent. */
    CmTraceAttributes parse(char[] s, int from, int to) {
        timeChars = s;
        timeFrom = -1;
        problem = null;
        severityGuessed = false;
        inPlace = false;
        int seen = 0;
        int i = from;
        while (true) {
            int open = i;
            while (open < to && s[open] != '"') {
                open++;
            }
            int nameStart = i;
            while (nameStart < open && s[nameStart] <= ' ') {
                nameStart++;
            }
            if (open >= to) {
                if (nameStart < to) {
                    malformed(s, nameStart, to);
                }
                break;
            }
            int nameEnd = open - 1;
            if (nameEnd <= nameStart || s[nameEnd] != '=' || !plainName(s, nameStart, nameEnd)) {
                malformed(s, nameStart, to);
                break;
            }
            int valueEnd = open + 1;
            while (valueEnd < to && s[valueEnd] != '"') {
                valueEnd++;
            }
            if (valueEnd >= to) {
                problem = "attribute " + new String(s, nameStart, nameEnd - nameStart) + " has no closing quote";
                break;
            }
            seen |= set(s, nameStart, nameEnd - nameStart, open + 1, valueEnd);
            i = valueEnd + 1;
        }
        date = (seen & 1) != 0 ? date : null;
        component = (seen & 2) != 0 ? component : null;
        context = (seen & 4) != 0 ? context : null;
        type = (seen & 8) != 0 ? type : null;
        thread = (seen & 16) != 0 ? thread : null;
        file = (seen & 32) != 0 ? file : null;
        return this;
    }

    /** The time value as text, or {@code null}. */
    String time() {
        return timeFrom < 0 ? null : new String(timeChars, timeFrom, timeTo - timeFrom);
    }

    private static boolean plainName(char[] s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s[k] <= ' ' || s[k] == '>') {
                return false;
            }
        }
        return true;
    }

    private void malformed(char[] s, int from, int to) {
        problem = "malformed attribute \"" + shorten(new String(s, from, to - from)) + "\"";
    }

    /** Stores one attribute; returns its bit in the "seen" mask (0 for time and unknown names). */
    private int set(char[] s, int name, int length, int from, int to) {
        switch (length) {
            case 4:
                if (is(s, name, "time")) {
                    timeFrom = from;
                    timeTo = to;
                } else if (is(s, name, "date")) {
                    date = same(date, s, from, to);
                    return 1;
                } else if (is(s, name, "type")) {
                    type = type(s, from, to);
                    return 8;
                } else if (is(s, name, "file")) {
                    file = file(s, from, to);
                    return 32;
                }
                return 0;
            case 6:
                if (is(s, name, "thread")) {
                    thread = thread(s, from, to);
                    return 16;
                }
                return 0;
            case 7:
                if (is(s, name, "context")) {
                    context = same(context, s, from, to);
                    return 4;
                }
                return 0;
            case 8:
                if (is(s, name, "severity")) {
                    severityGuessed = to - from == 7 && is(s, from, "guessed");
                }
                return 0;
            case 9:
                if (is(s, name, "component")) {
                    component = same(component, s, from, Math.min(to, from + MAX_ATTRIBUTE));
                    return 2;
                }
                return 0;
            default:
                // Other writers add their own attributes; CMTrace ignores them and so do we.
                return 0;
        }
    }

    private String type(char[] s, int from, int to) {
        return to - from == 1 && s[from] >= '0' && s[from] <= '3' ? TYPES[s[from] - '0'] : same(type, s, from, to);
    }

    private static String file(char[] s, int from, int to) {
        return to == from ? "" : new String(s, from, Math.min(to - from, MAX_ATTRIBUTE));
    }

    /** Thread ids repeat all through a file: small decimal ids come from a direct-mapped cache. */
    private String thread(char[] s, int from, int to) {
        int len = to - from;
        if (len == 0 || len > 9) {
            return same(thread, s, from, to);
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            int d = s[i] - '0';
            if (d < 0 || d > 9) {
                return same(thread, s, from, to);
            }
            value = value * 10 + d;
        }
        int slot = value & (THREAD_CACHE - 1);
        String cached = threadCache[slot];
        if (cached != null && threadIds[slot] == value && cached.length() == len) {
            return cached;
        }
        String t = new String(s, from, len);
        threadCache[slot] = t;
        threadIds[slot] = value;
        return t;
    }

    /** Case-insensitive for ASCII letters, which attribute names are. */
    private static boolean is(char[] s, int at, String name) {
        for (int i = 0; i < name.length(); i++) {
            if ((s[at + i] | 0x20) != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The value in {@code s[from, to)}; the previous instance when equal. */
    private static String same(String previous, char[] s, int from, int to) {
        int len = to - from;
        if (len == 0) {
            return "";
        }
        if (previous != null && previous.length() == len) {
            int i = 0;
            while (i < len && previous.charAt(i) == s[from + i]) {
                i++;
            }
            if (i == len) {
                return previous;
            }
        }
        return new String(s, from, len);
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }
}
