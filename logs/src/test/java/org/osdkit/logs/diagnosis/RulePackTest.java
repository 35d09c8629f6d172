package org.osdkit.logs.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.osdkit.core.OsdkitException;
import org.osdkit.logs.LogsErrors;
import org.osdkit.logs.read.LogFile;
import org.osdkit.logs.read.Logs;
import org.osdkit.logs.read.ReadOptions;
import org.osdkit.logs.read.Severity;

class RulePackTest {

    @TempDir
    Path dir;

    private final DiagnoseLogs diagnose = new DiagnoseLogs(Clock.fixed(Instant.parse("2026-07-30T12:00:00Z"), ZoneOffset.UTC));

    static Stream<Rule> builtInRules() {
        return RulePack.builtIn().rules().stream();
    }

    @Test
    void shipsARuleForEveryRowOfTheKnownIssuesReference() {
        List<Rule> rules = RulePack.builtIn().rules();
        // 14 rows of the known-issues reference, then 11 client-installation and content-download rules.
        assertEquals(25, rules.size());
        assertEquals("SMP-CLEANUP-KB961269", rules.get(0).id());
        rules.forEach(r -> assertFalse(r.examples().isEmpty(), r.id() + " has no example"));
        rules.forEach(r -> assertFalse(r.source().isBlank() || r.references().isEmpty(), r.id() + " lacks its source"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtInRules")
    void eachRuleFiresOnItsExamplesAndNotOnItsCounterexamples(Rule rule) throws IOException {
        String logName = rule.logs().isEmpty() ? "any.log" : rule.logs().get(0).replace("*", "");
        for (String example : rule.examples()) {
            List<Finding> found = run(logName, example);
            assertTrue(found.stream().anyMatch(f -> f.ruleId().equals(rule.id())), rule.id() + " did not fire on:\n" + example);
        }
        for (String counter : rule.counterexamples()) {
            List<Finding> found = run(logName, counter);
            assertTrue(found.stream().noneMatch(f -> f.ruleId().equals(rule.id())), rule.id() + " fired on its counterexample:\n" + counter);
        }
    }

    private List<Finding> run(String logName, String text) throws IOException {
        Path file = Logs.write(Files.tempDir(dir), logName, text);
        return diagnose.diagnose(List.of(file.toString()), List.of(LogFile.of(file)), RulePack.builtIn(), ReadOptions.defaults(), p -> { }).findings();
    }

    @Test
    void anAdminsRuleFileIsValidatedWithFileRuleAndField() {
        assertInvalid("rules: [{id: X, severity: fatal, title: t, cause: c, fix: f, signatures: [{pattern: a}]}]", "severity");
        assertInvalid("rules: [{id: X, severity: error, title: t, cause: c, fix: f, signatures: [{pattern: '('}]}]", "regular expression");
        assertInvalid("rules: [{id: X, severity: error, title: t, cause: c, fix: f, signatures: [{code: nope}]}]", "not an error code");
        assertInvalid("rules: [{id: X, severity: error, title: t, cause: c, signatures: [{pattern: a}]}]", "\"fix\" is required");
        assertInvalid("rules: [{id: X, severity: error, title: t, cause: c, fix: f, signatures: []}]", "signatures");
        assertInvalid("rules: {", "not valid YAML");
        assertInvalid("{}", "rules");
    }

    @Test
    void aMalformedPackIsRefusedWithTheRuleAndTheFieldNamed() {
        String ok = "severity: error, title: t, cause: c, fix: f";
        assertInvalid("rules: [{id: X, severity: error, title: [a, b], cause: c, fix: f, signatures: [{pattern: a}]}]",
                "rule X: \"title\" must be text");
        assertInvalid("rules: [{id: X, severity: 3, title: t, cause: c, fix: f, signatures: [{pattern: a}]}]",
                "rule X: \"severity\" must be error, warning or info");
        assertInvalid("rules: [{id: X, severity: verbose, title: t, cause: c, fix: f, signatures: [{pattern: a}]}]",
                "rule X: \"severity\" must be error, warning or info");
        assertInvalid("rules: [{id: X, " + ok + ", confidence: sure, signatures: [{pattern: a}]}]",
                "rule X: \"confidence\" must be high, medium or low");
        assertInvalid("rules: [{id: X, " + ok + ", signatures: [{sequence: [{pattern: a}, {pattern: b}], within: {records: many}}]}]",
                "rule X signature 1: \"within\" needs positive \"records\" and/or \"seconds\"");
        assertInvalid("rules: [{id: X, " + ok + ", signatures: [{pattern: a}, {pattern: b, within: {records: 0}}]}]",
                "rule X signature 2: \"within\" needs positive");
        assertInvalid("rules: [{id: X, " + ok + ", signatures: [{sequence: [{pattern: a}, b]}]}]",
                "rule X signature 1 step 2: is not a map of fields (pattern, code)");
        assertInvalid("rules: [{id: X, " + ok + ", signatures: [{sequence: [{pattern: a}, {code: [1]}]}]}]",
                "rule X signature 1 step 2: \"code\" must be text");
        assertInvalid("rules: [{id: X, " + ok + ", signatures: [{sequence: []}]}]", "rule X signature 1: \"sequence\" must list steps");
        assertInvalid("rules: [{id: X, " + ok + ", signatures: [{sequence: [{pattern: a}, {}]}]}]",
                "rule X signature 1 step 2: needs \"pattern\" or \"code\"");
        assertInvalid("rules: [{id: A, " + ok + ", signatures: [{pattern: a}]}, {id: B, " + ok + ", signatures: {pattern: a}}]",
                "rule B: \"signatures\" must list at least one signature");
        assertInvalid("rules: [{id: A, " + ok + ", signatures: [{pattern: a}]}, nope]", "rule #2: is not a map of fields");
        assertInvalid("rules: [{id: 'bad id', " + ok + ", signatures: [{pattern: a}]}]", "rule bad id: \"id\" is required");
        assertInvalid("rules: [{" + ok + ", signatures: [{pattern: a}]}]", "rule #1: \"id\" is required");
        assertInvalid("rules: [{id: X, " + ok + ", signatures: [{pattern: a}]}, {id: X, " + ok + ", signatures: [{pattern: b}]}]",
                "has two rules with id X");
        assertInvalid("rules: 5", "needs a top-level \"rules:\" list");
        assertInvalid("- a\n- b", "needs a top-level \"rules:\" list");
        assertInvalid("", "needs a top-level \"rules:\" list");
        assertInvalid("rules: 5\nmore: [", "not valid YAML");
    }

    @Test
    void unknownFieldsAreIgnoredAndListsTakeASingleValue() throws IOException {
        String yaml = "rules: [{id: X, severity: Warning, confidence: HIGH, title: t, cause: c, fix: f, notes: mine, logs: a.log,"
                + " references: KB1, signatures: [{sequence: [{pattern: a}, {code: 80004005}], within: {seconds: 30}}]}]";
        Rule rule = RulePack.parse("mine.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))).rules().get(0);
        assertEquals(Severity.WARNING, rule.severity());
        assertEquals("high", rule.confidence());
        assertEquals(List.of("a.log"), rule.logs());
        assertEquals(List.of("KB1"), rule.references());
        assertEquals("mine.yaml", rule.source());
        Rule.Signature sig = rule.signatures().get(0);
        assertEquals(0x80004005L, sig.steps().get(1).code());
        assertEquals(RulePack.DEFAULT_WITHIN_RECORDS, sig.withinRecords());
        assertEquals(Duration.ofSeconds(30), sig.within());
    }

    @Test
    void anAdminsRuleReplacesTheBuiltInOneWithTheSameIdAndJsonWorksToo() throws IOException {
        String json = "{\"rules\": [{\"id\": \"SMP-CLEANUP-KB961269\", \"severity\": \"warning\", \"title\": \"mine\", \"cause\": \"c\", \"fix\": \"f\","
                + " \"signatures\": [{\"pattern\": \"x\"}]}, {\"id\": \"MY-RULE\", \"severity\": \"info\", \"title\": \"t\", \"cause\": \"c\", \"fix\": \"f\","
                + " \"logs\": \"my.log\", \"signatures\": [{\"code\": \"-2147467259\"}]}]}";
        RulePack mine = RulePack.parse("mine.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        RulePack all = RulePack.builtIn().plus(mine);
        assertEquals(RulePack.builtIn().rules().size() + 1, all.rules().size());
        assertEquals("mine", all.rules().get(0).title());
        Rule custom = all.rules().get(all.rules().size() - 1);
        assertEquals(0x80004005L, custom.signatures().get(0).steps().get(0).code());
        assertTrue(custom.appliesTo("MY.LOG"));
        assertFalse(custom.appliesTo("smsts.log"));
    }

    private static void assertInvalid(String yaml, String expected) {
        OsdkitException e = assertThrows(OsdkitException.class,
                () -> RulePack.parse("my-rules.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))));
        assertEquals(LogsErrors.INVALID_RULE_PACK, e.code());
        assertTrue(e.getMessage().contains("my-rules.yaml") && e.getMessage().contains(expected), e.getMessage());
    }

    /** A fresh sub-folder per run, so examples never see each other's files. */
    private static final class Files {
        private static int n;

        static Path tempDir(Path root) throws IOException {
            return java.nio.file.Files.createDirectories(root.resolve("run" + n++));
        }
    }
}
