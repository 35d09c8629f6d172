package org.osdkit.cli.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.cli.CliRun;
import org.osdkit.cli.command.ExitCodes;

/** The logs commands on inputs that are missing or not text, MDT's zone rule, reboots in {@code ts}, and bad option values. */
class LogsInputAndZoneCommandsTest {

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.in(dir.resolve("ws"), args);
    }

    private static String cm(String message, String time, String bias) {
        return "<![LOG[" + message + "]LOG]!><time=\"" + time + bias + "\" date=\"01-15-2026\" component=\"TSManager\" context=\"\" type=\"1\" thread=\"1\" file=\"\">\r\n";
    }

    private static String mdt(String message, String time) {
        return "<![LOG[" + message + "]LOG]!><time=\"" + time + "+000\" date=\"01-15-2026\" component=\"ZTIGather\" context=\"\" type=\"1\" thread=\"\" file=\"ZTIGather\">\r\n";
    }

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        return Files.writeString(f, text);
    }

    @Test
    void aMissingOrBinaryInputIsReportedTheOthersAreReadAndTheExitCodeIsOne() throws IOException {
        Path good = write("CAS.log", cm("content found", "10:00:00.000", "+000"));
        byte[] random = new byte[8192];
        new Random(3).nextBytes(random);
        Path binary = Files.write(dir.resolve("cache.log"), random);
        CliRun r = run("logs", "parse", dir.resolve("gone.log").toString(), good.toString(), binary.toString());
        assertEquals(ExitCodes.PROBLEMS, r.exitCode(), r.err());
        assertTrue(r.out().contains("content found") && r.out().contains("1 records from 2 file(s)."), r.out());
        assertTrue(r.err().contains("gone.log") && r.err().contains("LOG-INPUT-NOT-FOUND"), r.err());
        assertTrue(r.err().contains("cache.log") && r.err().contains("LOG-BINARY-FILE"), r.err());
        CliRun merged = run("logs", "merge", dir.resolve("gone.log").toString(), good.toString());
        assertEquals(ExitCodes.PROBLEMS, merged.exitCode());
        assertTrue(merged.out().contains("content found"), merged.out());
    }

    @Test
    void badOptionValuesAreUsageErrors() throws IOException {
        Path log = write("BDD.log", mdt("x", "10:00:00.000"));
        String f = log.toString();
        List<String[]> bad = List.of(
                new String[] {"logs", "parse", f, "--zone", "BDD.log=Mars/Olympus"},
                new String[] {"logs", "merge", f, "--zone", "America/Los_Angeles"},
                new String[] {"logs", "ts", f, "--zone", "=UTC"},
                new String[] {"logs", "tail", f, "--no-follow", "--zone", "BDD.log="},
                new String[] {"logs", "parse", f, "--max-message", "10"},
                new String[] {"logs", "parse", f, "--after", "yesterday"},
                new String[] {"logs", "merge", f, "--regex", "(unclosed"},
                new String[] {"logs", "convert", "--to", "cmtrace", f, "--before", "soon"},
                new String[] {"logs", "tail", f, "--no-follow", "-n", "-1"},
                new String[] {"logs", "tail", f, "--no-follow", "--interval", "0"},
                new String[] {"logs", "tail", f, "--no-follow", "--for", "-3"},
                new String[] {"logs", "parse", f, "--assume-zone", "Nowhere/Land"});
        for (String[] args : bad) {
            CliRun r = run(args);
            assertEquals(ExitCodes.USAGE, r.exitCode(), String.join(" ", args) + "\n" + r.err());
        }
    }

    @Test
    void mergeGivesAnMdtLogTheBiasOfItsMachinesSmstsLogAndSaysSo() throws IOException {
        Path smsts = write("PC01/smsts.log", cm("engine started", "10:00:00.000", "+480") + cm("engine step", "10:00:04.000", "+480"));
        Path bdd = write("PC01/BDD.log", mdt("gather ran", "10:00:02.000"));
        CliRun r = run("logs", "merge", bdd.toString(), smsts.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(1).contains("engine started") && lines.get(2).contains("gather ran") && lines.get(3).contains("engine step"), r.out());
        assertTrue(lines.get(2).contains("2026-01-15 10:00:02.000 ~+480"), lines.get(2));
        assertTrue(r.out().contains("Times marked ~ were inferred: BDD.log: MDT log: its +000 bias is not UTC; bias +480 taken from smsts.log"), r.out());
        CliRun json = run("logs", "parse", bdd.toString(), "--zone", "BDD.log=America/Los_Angeles", "--output", "json");
        assertEquals(ExitCodes.OK, json.exitCode(), json.err());
        assertTrue(json.out().contains("\"utc\":\"2026-01-15T18:00:02Z\"") && json.out().contains("\"zone\":\"INFERRED\"")
                && json.out().contains("--zone BDD.log=America/Los_Angeles"), json.out());
        CliRun alone = run("logs", "parse", bdd.toString(), "--output", "json");
        assertTrue(alone.out().contains("\"utc\":null") && alone.out().contains("zone unknown"), alone.out());
    }

    @Test
    void tsShowsEachRebootBetweenTheStepsItSeparates() throws IOException {
        Path log = write("smsts.log",
                cm("Start executing an instruction. Instruction name: Setup Windows and ConfigMgr. Instruction pointer: 6", "10:00:00.000", "+480")
                + cm("The action (Setup Windows and ConfigMgr) initiated a reboot request", "10:05:00.000", "+480")
                + cm("Successfully completed the action (Setup Windows and ConfigMgr) with the exit win32 code 0", "10:05:00.100", "+480")
                + cm("Execution engine result code: Reboot (2)", "10:05:01.000", "+480")
                + cm("Start executing an instruction. Instruction name: Install Updates. Instruction pointer: 7", "10:09:00.000", "+480")
                + cm("Successfully completed the action (Install Updates) with the exit win32 code 0", "10:19:00.000", "+480")
                + cm("Execution engine result code: Success (0)", "10:19:01.000", "+480"));
        CliRun r = run("logs", "ts", log.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        int setup = indexOf(lines, "Setup Windows and ConfigMgr");
        int reboot = indexOf(lines, "(reboot)");
        int updates = indexOf(lines, "Install Updates");
        assertTrue(setup < reboot && reboot < updates, r.out());
        assertTrue(lines.get(reboot).contains("REBOOT") && lines.get(reboot).contains("requested by Setup Windows and ConfigMgr"), lines.get(reboot));
        assertTrue(r.out().contains("after Setup Windows and ConfigMgr, before Install Updates"), r.out());
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError(text + " not in " + lines);
    }
}
