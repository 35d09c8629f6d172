package org.osdkit.logs.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.osdkit.logs.errorcodes.ErrorCodes;
import org.osdkit.logs.read.LogFormat;
import org.osdkit.logs.read.LogRecord;
import org.osdkit.logs.read.RecordKind;
import org.osdkit.logs.read.Severity;
import org.osdkit.logs.read.ZoneStatus;

/**
 * The one-pass literal scan changes no step's answer: for every built-in step and many generated
 * messages (the rules' literals and example lines, in random case, cut, spliced, with non-ASCII
 * look-alikes), a step matches exactly when the checks before the scan said so, and (outside the three
 * characters noted below) exactly when its plain regex and code check say so. A seeded loop rather
 * than jqwik, so a failure names its seed and message and reruns identically.
 */
class LiteralScanEquivalenceTest {

    /** Non-ASCII characters a Unicode case-insensitive regex takes for ASCII letters, and some that it does not. */
    private static final String LOOK_ALIKES = "\u212A\u017F\u0131\u0130\u212B\u00E9\u00DF\uFF21\u03A3\u0438";

    private static final List<Rule.Step> STEPS = RulePack.builtIn().rules().stream()
            .flatMap(r -> r.signatures().stream()).flatMap(s -> s.steps().stream()).toList();

    @Test
    void everyBuiltInStepAnswersAsBeforeOnGeneratedMessages() {
        LiteralScan.Builder builder = new LiteralScan.Builder();
        List<StepCheck> checks = STEPS.stream().map(s -> new StepCheck(s, builder)).toList();
        RecordFacts facts = new RecordFacts(builder.build());
        List<String> pieces = pieces();
        long seed = 20261201L;
        Random random = new Random(seed);
        int matched = 0;
        int nonAscii = 0;
        for (int n = 0; n < 20_000; n++) {
            String message = message(random, pieces);
            LogRecord r = record(message);
            boolean ascii = message.chars().allMatch(c -> c < 128);
            nonAscii += ascii ? 0 : 1;
            for (int i = 0; i < STEPS.size(); i++) {
                Rule.Step step = STEPS.get(i);
                boolean now = checks.get(i).matches(r, facts);
                String where = "seed " + seed + ", message " + n + " " + message + ", pattern " + step.pattern() + ", code " + step.code();
                assertEquals(plain(step, message), now, where);
                if (!message.matches(".*[\u0130\u0131\u017F].*")) {
                    assertEquals(before(step, message), now, where);
                }
                matched += now ? 1 : 0;
            }
        }
        // The generator must reach both answers and both paths, or the comparison proves little.
        assertTrue(matched > 2_500, "matches: " + matched);
        assertTrue(nonAscii > 2_500, "non-ASCII messages: " + nonAscii);
    }

    @Test
    void theScanFindsExactlyTheLiteralsAsciiLowerCasingFinds() {
        List<String> literals = List.of("abc", "bcd", "c", "abcabd", "no ", "did not find", "80070057", "-2147024809");
        LiteralScan.Builder builder = new LiteralScan.Builder();
        literals.forEach(builder::id);
        LiteralScan scan = builder.build();
        Random random = new Random(7);
        int[] seen = new int[scan.size()];
        for (int n = 1; n < 20_000; n++) {
            StringBuilder m = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                m.append(random.nextInt(3) == 0 ? literals.get(random.nextInt(literals.size())) : String.valueOf("aAbBcCdD -0123 NODID".charAt(random.nextInt(20))));
            }
            String message = flipCase(random, m.toString());
            assertTrue(scan.scan(message, seen, n));
            String lower = message.toLowerCase(Locale.ROOT);
            for (int id = 0; id < literals.size(); id++) {
                assertEquals(lower.contains(literals.get(id)), seen[id] == n, message + " / " + literals.get(id));
            }
        }
        assertFalse(scan.scan("abc \u212A", seen, 1), "a non-ASCII message is left to the checks before the scan");
    }

    @Test
    void alternationLiteralsAreGivenOnlyForThePlainSubset() {
        assertEquals(List.of("no ", "did not find any distribution point"), AlternationLiterals.of(compile(
                "\\bno (distribution points?|DPs?)\\b.{0,40}(found|available)|did not find any distribution points?")));
        assertEquals(List.of("abc", "x.y"), AlternationLiterals.of(compile("ab?abc|x\\.y")));
        assertEquals(null, AlternationLiterals.of(compile("[)]abc|def")), "character class");
        assertEquals(null, AlternationLiterals.of(compile("(?x)a b c|def")), "inline flags");
        assertEquals(null, AlternationLiterals.of(compile("\\x41bc|def")), "escape of several characters");
        assertEquals(null, AlternationLiterals.of(compile("abc|de")), "too short to help");
        assertEquals(null, AlternationLiterals.of(compile("abc|\u212Aelvin")), "non-ASCII text");
        assertEquals(null, AlternationLiterals.of(Pattern.compile("a b c|def", Pattern.COMMENTS)), "comments flag");
        assertEquals(null, AlternationLiterals.of(compile("abc")), "no alternatives");
    }

    @Test
    void theThreeCharactersTheOldLowerCaseCheckMissedNowMatchAsTheRegexDoes() {
        // The regex takes U+017F for s and U+0131 / U+0130 for i; the literal check on the lower-cased copy, before,
        // did not, and the rule missed the message. Now the regex decides such messages.
        Rule.Step step = STEPS.stream().filter(s -> s.pattern() != null && s.pattern().pattern().equals("Failed to install the setup hook")).findFirst().orElseThrow();
        LiteralScan.Builder builder = new LiteralScan.Builder();
        StepCheck check = new StepCheck(step, builder);
        RecordFacts facts = new RecordFacts(builder.build());
        for (String message : List.of("Failed to \u0131nstall the setup hook", "Failed to \u0130nstall the \u017Fetup hook")) {
            assertTrue(step.pattern().matcher(message).find(), message);
            assertFalse(before(step, message), "the old check missed it: " + message);
            assertTrue(check.matches(record(message), facts), message);
        }
        assertFalse(check.matches(record("Failed to \u0131nstall the setup book"), facts), "and a message the regex rejects stays rejected");
    }

    private static Pattern compile(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The step check as written before the scan: literal on the lower-cased copy, regex, code forms then codes. */
    private static boolean before(Rule.Step step, String message) {
        String lower = message.toLowerCase(Locale.ROOT);
        String literal = step.pattern() == null ? null : StepCheck.requiredLiteral(step.pattern().pattern());
        if (literal != null && !lower.contains(literal)) {
            return false;
        }
        if (step.pattern() != null && !step.pattern().matcher(message).find()) {
            return false;
        }
        return step.code() == null || codeWritten(step.code(), lower) && ErrorCodes.valuesIn(message).contains(step.code());
    }

    /** The regex alone, then the code check. */
    private static boolean plain(Rule.Step step, String message) {
        if (step.pattern() != null && !step.pattern().matcher(message).find()) {
            return false;
        }
        return step.code() == null || codeWritten(step.code(), message.toLowerCase(Locale.ROOT)) && ErrorCodes.valuesIn(message).contains(step.code());
    }

    private static boolean codeWritten(long code, String lower) {
        return StepCheck.forms(code).stream().anyMatch(lower::contains);
    }

    /** Text to build messages from: the rules' example lines, literals, alternatives' literals and code forms. */
    private static List<String> pieces() {
        List<String> pieces = new ArrayList<>();
        for (Rule rule : RulePack.builtIn().rules()) {
            for (String excerpt : rule.examples()) {
                for (String line : excerpt.lines().toList()) {
                    int end = line.indexOf("$$<");
                    pieces.add(end > 0 ? line.substring(0, end) : line);
                }
            }
        }
        for (Rule.Step step : STEPS) {
            if (step.pattern() != null) {
                String literal = StepCheck.requiredLiteral(step.pattern().pattern());
                if (literal != null) {
                    pieces.add(literal);
                }
                List<String> alternatives = AlternationLiterals.of(step.pattern());
                if (alternatives != null) {
                    pieces.addAll(alternatives);
                }
            }
            if (step.code() != null) {
                pieces.addAll(StepCheck.forms(step.code()));
                pieces.add("0x" + Long.toHexString(step.code()).toUpperCase(Locale.ROOT));
            }
        }
        pieces.addAll(List.of("no DPs found", "no distribution point available", "status 401 unauthorized", " error code ", "(0x80004005)"));
        return pieces;
    }

    private static String message(Random random, List<String> pieces) {
        StringBuilder m = new StringBuilder();
        for (int k = 1 + random.nextInt(3); k > 0; k--) {
            String piece = pieces.get(random.nextInt(pieces.size()));
            if (random.nextInt(4) == 0) {
                // Cut: a partial literal must not pass for the whole.
                int a = random.nextInt(piece.length() + 1);
                piece = random.nextBoolean() ? piece.substring(a) : piece.substring(0, a);
            }
            m.append(piece).append(random.nextInt(3) == 0 ? " " : "");
        }
        String message = flipCase(random, m.toString());
        if (random.nextInt(3) == 0) {
            // A look-alike in place of a letter, or anywhere.
            char[] chars = message.toCharArray();
            int at = chars.length == 0 ? 0 : random.nextInt(chars.length);
            char alike = LOOK_ALIKES.charAt(random.nextInt(LOOK_ALIKES.length()));
            message = chars.length > 0 && random.nextBoolean()
                    ? message.substring(0, at) + alike + message.substring(at + 1)
                    : message.substring(0, at) + alike + message.substring(at);
        }
        return message;
    }

    private static String flipCase(Random random, String text) {
        StringBuilder out = new StringBuilder(text.length());
        int mode = random.nextInt(4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(mode == 0 ? c : mode == 1 ? Character.toUpperCase(c)
                    : random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
        }
        return out.toString();
    }

    private static LogRecord record(String message) {
        return new LogRecord("test.log", 1, RecordKind.ENTRY, LogFormat.PLAIN, null, null, null, ZoneStatus.KNOWN, null, null, null,
                Severity.INFO, null, message, message.length(), null, false, null);
    }
}
