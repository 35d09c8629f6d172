package org.osdkit.logs.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.logs.read.LogFile;
import org.osdkit.logs.read.Logs;
import org.osdkit.logs.read.ReadOptions;

/**
 * Diagnose gives the findings it gave before the one-pass literal scan: the expected text was written
 * by this same code run on the jars of the commit before the scan (every test log and every rule's
 * examples and counterexamples, with the built-in pack and with every rule applied to every log).
 */
class FindingsUnchangedTest {

    @TempDir
    Path dir;

    @Test
    void findingsOnTheTestLogsAndRuleExcerptsAreThoseBeforeTheLiteralScan() throws IOException {
        String before = Files.readString(Logs.resource("golden/findings-before-literal-scan.txt"));
        assertEquals(before, findingsText(Logs.resource("corpus").getParent(), dir));
    }

    private static String findingsText(Path resources, Path scratch) throws IOException {
        DiagnoseLogs diagnose = new DiagnoseLogs(Clock.fixed(Instant.parse("2026-07-30T12:00:00Z"), ZoneOffset.UTC));
        RulePack builtIn = RulePack.builtIn();
        List<Rule> anyLog = new ArrayList<>();
        for (Rule r : builtIn.rules()) {
            anyLog.add(new Rule(r.id(), r.title(), List.of(), r.severity(), r.confidence(), r.signatures(), r.cause(), r.fix(),
                    r.references(), r.products(), r.source(), r.examples(), r.counterexamples()));
        }
        RulePack everywhere = RulePack.of(anyLog);
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("corpus", "synthetic", "formats")) {
            try (java.util.stream.Stream<Path> s = Files.walk(resources.resolve(folder))) {
                s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        for (Rule r : builtIn.rules()) {
            String name = r.logs().isEmpty() ? "any.log" : r.logs().get(0).replace("*", "");
            int n = 0;
            for (List<String> excerpts : List.of(r.examples(), r.counterexamples())) {
                for (String excerpt : excerpts) {
                    Path file = scratch.resolve("rule-excerpts").resolve(r.id()).resolve(String.valueOf(++n)).resolve(name);
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, excerpt);
                    files.add(file);
                }
            }
        }
        StringBuilder out = new StringBuilder();
        for (Path file : files) {
            String shown = (file.startsWith(scratch) ? scratch.relativize(file) : resources.relativize(file)).toString().replace('\\', '/');
            for (RulePack pack : List.of(builtIn, everywhere)) {
                DiagnosisReport report = diagnose.diagnose(List.of(shown), List.of(LogFile.of(file)), pack, ReadOptions.defaults(), p -> { });
                out.append(shown).append(pack == builtIn ? " | built-in" : " | every rule").append(" | ").append(report.records()).append(" records");
                for (Finding f : report.findings()) {
                    out.append(" | ").append(f.ruleId()).append(" x").append(f.occurrences())
                            .append(" first ").append(f.evidence().stream().map(Evidence::line).toList())
                            .append(" last ").append(f.lastEvidence().stream().map(Evidence::line).toList());
                }
                out.append('\n');
            }
        }
        return out.toString();
    }
}
