package org.osdkit.cli.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.cli.CliRun;
import org.osdkit.cli.Main;
import org.osdkit.cli.command.ExitCodes;
import org.osdkit.cli.output.OutputFormat;
import org.osdkit.cli.output.Printer;

/** The colour decisions reach what osdkit prints: the printer, the error line, and a real terminal. */
class ColourOutputTest {

    private static final String RED = "\u001B[31m";
    private static final StreamColours BOTH = new StreamColours(new Colours(true), new Colours(true));

    @TempDir
    Path temp;

    @Test
    void thePrinterColoursEachKindOfLine() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Printer printer = new Printer(new PrintWriter(out), new PrintWriter(err), OutputFormat.table, ZoneOffset.UTC, BOTH);
        printer.error("bad");
        printer.warn("odd");
        printer.success("done");
        printer.info("plain");
        assertEquals(RED + "ERROR: bad\u001B[39m\n\u001B[33mWARNING: odd\u001B[39m\n", err.toString().replace("\r", ""));
        assertEquals("\u001B[32mdone\u001B[39m\nplain\n", out.toString().replace("\r", ""));
    }

    @Test
    void commandsThatEndWellSaySoInGreen() throws IOException {
        Path share = Files.createDirectories(temp.resolve("share"));
        Path dp = Files.createDirectories(temp.resolve("dp"));
        Path sources = org.osdkit.cli.drivers.R61Tree.write(share);
        Path ws = temp.resolve("ws");
        String green = "\u001B[32m";
        assertTrue(coloured(ws, "drivers", "import", sources.toString(), "--category", "R61-8935CTO").contains(green + "Import of "));
        assertTrue(coloured(ws, "drivers", "package", "create", "--site", "PS1", "--manufacturer", "Lenovo", "--model", "R61", "--sku", "8935CTO",
                "--os", "XP", "--arch", "x86", "--share", share.toString(), "--category", "R61-8935CTO").contains(green + "SourceVersion is now 1."));
        coloured(ws, "drivers", "dp", "add", "--name", "dp01.contoso.com", "--site", "PS1", "--share", dp.toString());
        String sent = coloured(ws, "drivers", "distribute", "--package", "PS100001", "--dp", "dp01.contoso.com");
        assertTrue(sent.contains(green + "PS100001 is distributed to 1 distribution point.\u001B[39m"), sent);
        assertTrue(coloured(ws, "drivers", "package", "remove", "PS100001", "--force").contains(green + "Driver package PS100001 removed."));
        CliRun plain = CliRun.in(ws, "drivers", "import", sources.toString(), "--category", "R61-8935CTO");
        assertTrue(plain.out().contains("Import of ") && !plain.out().contains("\u001B["), plain.out());
    }

    private static String coloured(Path workspace, String... args) {
        StringWriter out = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--workspace";
        all[1] = workspace.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        StringWriter err = new StringWriter();
        int code = Main.run(all, new PrintWriter(out), new PrintWriter(err), Map.of(), BOTH);
        assertEquals(ExitCodes.OK, code, err.toString());
        return out.toString();
    }

    @Test
    void aUsageErrorIsRedOnlyWhereStderrHasColour() {
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"--workspace", temp.toString(), "stauts"}, new PrintWriter(new StringWriter()),
                new PrintWriter(err), Map.of(), BOTH);
        assertEquals(ExitCodes.USAGE, code);
        assertTrue(err.toString().startsWith(RED + "ERROR: "), err.toString());
        CliRun plain = CliRun.in(temp, "stauts");
        assertFalse(plain.err().contains("\u001B["), plain.err());
    }

    @Test
    void noColorIsAGlobalOptionInTheHelp() {
        CliRun help = CliRun.in(null, "--help");
        assertTrue(help.out().contains("--no-color"), help.out());
        assertEquals(ExitCodes.OK, CliRun.in(null, "completion", "bash", "--no-color").exitCode(), "accepted after a subcommand too");
    }

    @Test
    void theProbeSeesThatThisTestsOutputIsNoTerminal() {
        assumeTrue(Files.isSymbolicLink(Path.of("/proc/self/fd/1")), "Linux /proc");
        assertFalse(Terminals.isTerminal(1), "surefire's fork writes to a pipe or file");
    }

    /**
     * osdkit in a child JVM under a pseudo-terminal ({@code script} from util-linux): the error line is
     * red; with {@code NO_COLOR} or stderr redirected to a file it is not.
     */
    @Test
    void inARealTerminalErrorsAreRedAndNoColorOrARedirectTurnsItOff() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")) && Files.isSymbolicLink(Path.of("/proc/self/fd/1")), "needs script(1) and /proc");
        String osdkit = osdkitCommand() + " --workspace " + quote(temp.resolve("ws").toString()) + " stauts";
        assertTrue(inTerminal(osdkit, Map.of()).contains(RED + "ERROR: "), "coloured on a terminal");
        assertFalse(inTerminal(osdkit, Map.of("NO_COLOR", "")).contains("\u001B[31m"), "NO_COLOR with an empty value");
        Path log = temp.resolve("err.txt");
        inTerminal(osdkit + " 2>" + quote(log.toString()), Map.of());
        String redirected = Files.readString(log);
        assertTrue(redirected.contains("ERROR: "), redirected);
        assertFalse(redirected.contains("\u001B["), "stderr redirected to a file: " + redirected);
    }

    private String inTerminal(String shellCommand, Map<String, String> environment) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("/usr/bin/script", "-qec", shellCommand, "/dev/null").redirectErrorStream(true);
        pb.environment().remove("NO_COLOR");
        pb.environment().put("TERM", "xterm");
        pb.environment().putAll(environment);
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "osdkit did not finish");
        return out;
    }

    /** java with this test's module and class path, without the test classes, starting osdkit's Main. */
    private static String osdkitCommand() {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "--module-path", withoutTests(System.getProperty("jdk.module.path", "")),
                "--class-path", withoutTests(System.getProperty("java.class.path", "")),
                "--add-modules", "ALL-MODULE-PATH", "-m", "org.osdkit.cli/org.osdkit.cli.Main"));
        return command.stream().map(ColourOutputTest::quote).collect(Collectors.joining(" "));
    }

    private static String withoutTests(String path) {
        return Stream.of(path.split(File.pathSeparator)).filter(p -> !p.isEmpty() && !p.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
