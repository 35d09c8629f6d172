package org.osdkit.logs.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * For a pattern of top-level alternatives ({@code a|b}), which {@link StepCheck#requiredLiteral} gives
 * up on: one literal per alternative that every match of that alternative contains, so a message
 * holding none of them cannot match. Only a small, plain subset of the regex syntax is read; anything
 * else (character classes, {@code (?} constructs, escapes that stand for more than one character,
 * non-ASCII text, flags that change what text means) gives {@code null}, and the regex alone decides.
 */
final class AlternationLiterals {

    /** Escapes that stand for one class or position and consume nothing after the letter. */
    private static final String SIMPLE_ESCAPES = "bBwWdDsShHvVRXAzZG";
    private static final int MEANING_FLAGS = Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ;
    /** Shorter literals would pass nearly every message. */
    private static final int SHORTEST = 3;

    private AlternationLiterals() {
    }

    /** One lower-case literal per alternative, or {@code null} when the pattern is outside the subset or has no alternatives. */
    static List<String> of(Pattern pattern) {
        String regex = pattern.pattern();
        if ((pattern.flags() & MEANING_FLAGS) != 0 || !plain(regex)) {
            return null;
        }
        List<String> literals = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= regex.length(); i++) {
            char c = i < regex.length() ? regex.charAt(i) : '|';
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                String literal = longestRun(regex.substring(start, i));
                if (literal.length() < SHORTEST) {
                    return null;
                }
                literals.add(literal.toLowerCase(Locale.ROOT));
                start = i + 1;
            }
        }
        return literals.size() > 1 ? literals : null;
    }

    /** ASCII only, no character class, no {@code (?}, only escapes of one character, balanced parentheses. */
    private static boolean plain(String regex) {
        int depth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c >= 128 || c == '[' || c == ']') {
                return false;
            }
            if (c == '\\') {
                if (i + 1 >= regex.length()) {
                    return false;
                }
                char e = regex.charAt(++i);
                if (e >= 128 || Character.isLetterOrDigit(e) && SIMPLE_ESCAPES.indexOf(e) < 0) {
                    return false;
                }
            } else if (c == '(') {
                if (i + 1 < regex.length() && regex.charAt(i + 1) == '?') {
                    return false;
                }
                depth++;
            } else if (c == ')' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    /** The longest run of characters the alternative matches only as written, outside groups. */
    private static String longestRun(String alternative) {
        String best = "";
        StringBuilder run = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < alternative.length(); i++) {
            char c = alternative.charAt(i);
            boolean literal;
            if (c == '\\') {
                c = alternative.charAt(++i);
                literal = !Character.isLetterOrDigit(c);
            } else if (c == '(' || c == ')') {
                depth += c == '(' ? 1 : -1;
                literal = false;
            } else if (c == '?' || c == '*' || c == '{') {
                // The character before is optional or repeated (or a bound follows): not required as written.
                if (depth == 0 && run.length() > 0) {
                    run.setLength(run.length() - 1);
                }
                if (c == '{') {
                    int close = alternative.indexOf('}', i);
                    i = close < 0 ? alternative.length() : close;
                }
                literal = false;
            } else {
                literal = ".^$+".indexOf(c) < 0;
            }
            if (literal && depth == 0) {
                run.append(c);
            } else if (depth > 0 || !literal) {
                best = run.length() > best.length() ? run.toString() : best;
                run.setLength(0);
            }
        }
        return run.length() > best.length() ? run.toString() : best;
    }
}
