package org.osdkit.cli.completion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.cli.CliRun;
import org.osdkit.cli.command.ExitCodes;

/**
 * The scripts {@code osdkit completion} prints. The bash script is sourced in a real bash and its
 * completion function called the way bash's programmable completion calls it (COMP_WORDS, COMP_CWORD,
 * COMP_LINE). zsh runs the same script through its bashcompinit; zsh is not installed on the build
 * machine, so that path is not run here. Nor is PowerShell (no pwsh): its script is checked for the
 * command model it must hold and for balanced quoting and brackets.
 */
class CompletionCommandTest {

    private static final List<String> TOP_LEVEL = List.of("drivers", "sites", "smp", "logs", "web", "status", "completion");

    @TempDir
    Path temp;

    @Test
    void bashCompletesASubcommandAndItsOptionsInARealBash() throws Exception {
        Path script = script("bash");
        assertEquals(List.of("drivers"), complete(script, "osdkit", "dri"));
        assertEquals(List.of("scan"), complete(script, "osdkit", "drivers", "sc"));
        List<String> scanOptions = complete(script, "osdkit", "drivers", "scan", "--");
        assertTrue(scanOptions.contains("--hash"), "drivers scan's own option: " + scanOptions);
        assertTrue(scanOptions.contains("--workspace"), "an inherited global option: " + scanOptions);
        assertEquals(List.of("table", "json", "csv"), complete(script, "osdkit", "--output", ""));
    }

    @Test
    void zshGetsTheBashScriptWhichLoadsBashcompinit() {
        CliRun zsh = CliRun.in(null, "completion", "zsh");
        assertEquals(ExitCodes.OK, zsh.exitCode());
        assertEquals(CliRun.in(null, "completion", "bash").out(), zsh.out());
        assertTrue(zsh.out().contains("autoload -U +X bashcompinit && bashcompinit"), "zsh needs bashcompinit");
    }

    @Test
    void powershellScriptHoldsEveryCommandAndOptionOfTheModel() {
        CliRun run = CliRun.in(null, "completion", "powershell");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        String ps = run.out();
        assertTrue(ps.contains("Register-ArgumentCompleter -Native -CommandName 'osdkit', 'osdkit.cmd' -ScriptBlock {"), ps);
        String top = ps.lines().filter(l -> l.strip().startsWith("'osdkit' = @(")).findFirst().orElseThrow();
        for (String command : TOP_LEVEL) {
            assertTrue(top.contains("'" + command + "'"), command + " missing from " + top);
            assertTrue(ps.contains("'osdkit " + command + "' = @("), "no entry for osdkit " + command);
        }
        assertTrue(ps.contains("'osdkit drivers package create' = @("), "nested commands are walked");
        assertTrue(ps.lines().anyMatch(l -> l.contains("'osdkit drivers scan' = @(") && l.contains("'--hash'")
                && l.contains("'--workspace'")), "own and inherited options of drivers scan");
        assertTrue(ps.contains("'osdkit|--output' = @('table', 'json', 'csv')"), "option values");
        assertShaped(ps);
    }

    @Test
    void anUnknownShellIsAUsageErrorNamingTheChoices() {
        CliRun run = CliRun.in(null, "completion", "fish");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("bash, zsh, powershell"), run.err());
    }

    @Test
    void quotingDoublesASingleQuote() {
        assertEquals("'it''s'", PowerShellCompletion.quote("it's"));
    }

    /** Balanced braces, parentheses and single-quoted strings on every line: what a parse error would break first. */
    private static void assertShaped(String ps) {
        int braces = 0;
        for (String line : ps.split("\n")) {
            if (line.startsWith("#")) {
                continue;
            }
            String code = line.replace("''", "");
            assertEquals(0, code.chars().filter(c -> c == '\'').count() % 2, "unbalanced quote: " + line);
            String outside = code.replaceAll("'[^']*'", "").replaceAll("\"[^\"]*\"", "");
            assertEquals(count(outside, '('), count(outside, ')'), "unbalanced parentheses: " + line);
            braces += count(outside, '{') - count(outside, '}');
            assertTrue(braces >= 0, "a } closes nothing: " + line);
        }
        assertEquals(0, braces, "unclosed {");
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }

    private Path script(String shell) throws IOException {
        CliRun run = CliRun.in(null, "completion", shell);
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        Path file = temp.resolve("osdkit." + shell);
        Files.writeString(file, run.out());
        return file;
    }

    /** What bash offers for the last word of {@code words}, as its completion machinery would call the function. */
    private List<String> complete(Path script, String... words) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")), "needs bash");
        // compopt works only inside a real completion; the test calls the function directly, as bash would.
        String shell = "source \"$1\"; compopt() { return 0; }; shift; COMP_WORDS=(\"$@\"); COMP_CWORD=$(( $# - 1 ));"
                + " COMP_LINE=\"$*\"; COMP_POINT=${#COMP_LINE};"
                + " _complete_osdkit osdkit \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\";"
                + " printf '%s\\n' \"${COMPREPLY[@]}\"";
        List<String> command = new java.util.ArrayList<>(List.of("bash", "--norc", "--noprofile", "-c", shell, "bash", script.toString()));
        command.addAll(Arrays.asList(words));
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().putAll(Map.of("LC_ALL", "C"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out.lines().filter(l -> !l.isEmpty()).toList();
    }
}
