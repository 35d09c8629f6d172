package org.osdkit.logs.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.osdkit.logs.read.LogRecord;

/**
 * One rule step made cheap to test on every record: before the regular expression runs, the
 * lower-cased message must contain the literal text the pattern cannot match without; before codes
 * are extracted, it must contain one of the code's written forms. For an ASCII message these texts
 * are looked up in the record's {@link RecordFacts} scan, found once for all steps; a pattern of
 * alternatives then also needs one of its alternatives' literals ({@link AlternationLiterals}).
 * A message with other characters goes to the regex without a literal check, and its code forms are
 * looked for in its lower-cased copy.
 */
final class StepCheck {

    private final Rule.Step step;
    private final String literal;
    private final List<String> codeForms;
    /** Scan ids: of {@link #literal} (-1 when it is none or not ASCII), of the alternatives' literals, of the code forms. */
    private final int literalId;
    private final int[] alternativeIds;
    private final int[] codeFormIds;
    /** Reused: a step belongs to one log's diagnosis, which runs on one thread. */
    private final Matcher matcher;

    StepCheck(Rule.Step step, LiteralScan.Builder scan) {
        this.step = step;
        this.literal = step.pattern() == null ? null : requiredLiteral(step.pattern().pattern());
        this.codeForms = step.code() == null ? List.of() : forms(step.code());
        this.matcher = step.pattern() == null ? null : step.pattern().matcher("");
        this.literalId = literal != null && ascii(literal) ? scan.id(literal) : -1;
        List<String> alternatives = step.pattern() == null || literal != null ? null : AlternationLiterals.of(step.pattern());
        this.alternativeIds = alternatives == null ? new int[0] : alternatives.stream().mapToInt(scan::id).toArray();
        this.codeFormIds = codeForms.stream().mapToInt(scan::id).toArray();
    }

    boolean matches(LogRecord r, RecordFacts facts) {
        if (!facts.scanned(r)) {
            return matchesNonAscii(r, facts);
        }
        if (literal != null && (literalId < 0 ? !facts.lower(r).contains(literal) : !facts.seen(literalId))) {
            return false;
        }
        if (alternativeIds.length > 0 && !facts.seenAny(alternativeIds)) {
            return false;
        }
        if (matcher != null && !matcher.reset(r.message()).find()) {
            return false;
        }
        if (step.code() != null) {
            return facts.seenAny(codeFormIds) && facts.codes(r).contains(step.code());
        }
        return true;
    }

    /**
     * The checks for a message the scan does not read (one with a non-ASCII character): the regex alone
     * decides the pattern. A literal looked for in a lower-cased copy would reject what the regex's
     * Unicode case folding matches (U+017F for s, U+0131 and U+0130 for i), and the rule would miss it.
     */
    private boolean matchesNonAscii(LogRecord r, RecordFacts facts) {
        if (matcher != null && !matcher.reset(r.message()).find()) {
            return false;
        }
        if (step.code() != null) {
            String lower = facts.lower(r);
            boolean written = false;
            for (String form : codeForms) {
                if (lower.contains(form)) {
                    written = true;
                    break;
                }
            }
            return written && facts.codes(r).contains(step.code());
        }
        return true;
    }

    private static boolean ascii(String text) {
        return text.chars().allMatch(c -> c < 128);
    }

    /** The ways a code value can be written, lower case: 8 hex digits, signed and unsigned decimal, short decimal. */
    static List<String> forms(long value) {
        List<String> forms = new ArrayList<>();
        if (value <= 0xFFFF) {
            forms.add(Long.toString(value));
            forms.add(Long.toHexString(value));
        } else {
            forms.add(String.format("%08x", value));
            forms.add(Long.toString(value));
            forms.add(Integer.toString((int) value));
        }
        return forms;
    }

    /**
     * The longest run of plain characters every match must contain, lower-cased; {@code null} when
     * the pattern has top-level alternatives or no run of at least 4 characters (then the regex alone decides).
     */
    static String requiredLiteral(String regex) {
        String best = "";
        StringBuilder run = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                char next = i + 1 < regex.length() ? regex.charAt(i + 1) : 'x';
                i++;
                if (depth == 0 && !Character.isLetterOrDigit(next)) {
                    run.append(next);
                    continue;
                }
                best = longer(best, run);
                run.setLength(0);
                continue;
            }
            if (c == '[' || c == '(') {
                depth++;
            } else if ((c == ']' || c == ')') && depth > 0) {
                depth--;
                best = longer(best, run);
                run.setLength(0);
                continue;
            }
            if (depth > 0) {
                continue;
            }
            if (c == '|') {
                // Alternatives at the top level: no text is required by all of them.
                return null;
            }
            if (c == '?' || c == '*' || c == '{') {
                // The character before is optional or repeated: it is not required as written.
                if (run.length() > 0) {
                    run.setLength(run.length() - 1);
                }
                best = longer(best, run);
                run.setLength(0);
                if (c == '{') {
                    // A bound such as {0,200} is not text the message must contain.
                    int close = regex.indexOf('}', i);
                    i = close < 0 ? regex.length() : close;
                }
            } else if (".^$+".indexOf(c) >= 0) {
                best = longer(best, run);
                run.setLength(0);
            } else {
                run.append(c);
            }
        }
        best = longer(best, run);
        return best.length() >= 4 ? best.toLowerCase(Locale.ROOT) : null;
    }

    private static String longer(String best, StringBuilder run) {
        return run.length() > best.length() ? run.toString() : best;
    }
}
