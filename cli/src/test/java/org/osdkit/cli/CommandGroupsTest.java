package org.osdkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.cli.command.ExitCodes;
import org.osdkit.cli.logs.ErrcodeCommand;
import picocli.CommandLine;

/** Start-up: only the command group a command line names is built; help and typos see the whole tree. */
class CommandGroupsTest {

    @TempDir
    Path workspace;

    private static CommandLine tree(String... args) {
        return Main.commandLine(new OsdkitCommand(Map.of()), args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }

    @Test
    void theFirstCommandWordSkipsTheRootOptionsAndTheirValues() {
        assertEquals("logs", CommandGroups.firstCommandWord(new String[] {"--workspace", "ws", "-v", "--output", "json", "logs", "errcode", "5"}));
        assertEquals("smp", CommandGroups.firstCommandWord(new String[] {"--db-url=jdbc:h2:mem:x", "smp", "plan"}));
        assertNull(CommandGroups.firstCommandWord(new String[] {"--help"}));
        assertNull(CommandGroups.firstCommandWord(new String[] {"--", "logs"}));
    }

    @Test
    void aCommandLineBuildsItsOwnGroupAndOnlyStandInsForTheOthers() {
        CommandLine root = tree("--workspace", "ws", "logs", "errcode", "0x80004005");
        assertTrue(root.getSubcommands().get("logs").getSubcommands().containsKey("errcode"));
        assertTrue(root.getSubcommands().get("drivers").getSubcommands().isEmpty());
        assertEquals(tree("--help").getSubcommands().keySet(), root.getSubcommands().keySet());
        assertTrue(tree("--version").getSubcommands().get("logs").getSubcommands().isEmpty());
    }

    @Test
    void insideTheNamedGroupOnlyTheNamedCommandIsBuilt() {
        CommandLine logs = tree("--output", "json", "logs", "--workspace", "ws", "errcode", "5").getSubcommands().get("logs");
        assertEquals(tree("--help").getSubcommands().get("logs").getSubcommands().keySet(), logs.getSubcommands().keySet());
        assertTrue(logs.getSubcommands().get("errcode").getCommandSpec().options().stream().anyMatch(o -> o.longestName().equals("--list")));
        assertTrue(logs.getSubcommands().get("parse").getCommandSpec().positionalParameters().isEmpty());
        // A nested group named by the command line is built whole.
        CommandLine drivers = tree("drivers", "package", "list").getSubcommands().get("drivers");
        assertTrue(drivers.getSubcommands().get("package").getSubcommands().containsKey("list"));
        assertTrue(drivers.getSubcommands().get("dp").getSubcommands().isEmpty());
        // No command word, or one the group lacks: the whole group, for its help and picocli's suggestions.
        assertFalse(tree("logs", "--help").getSubcommands().get("logs").getSubcommands().get("parse").getCommandSpec().options().isEmpty());
        assertFalse(tree("logs", "errcdoe").getSubcommands().get("logs").getSubcommands().get("parse").getCommandSpec().positionalParameters().isEmpty());
    }

    @Test
    void theInheritedGlobalOptionsReachTheNamedCommand() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"logs", "--workspace", workspace.toString(), "--output", "json", "errcode", "0x80004005"},
                new PrintWriter(out), new PrintWriter(err), Map.of());
        assertEquals(ExitCodes.OK, code, err.toString());
        assertTrue(out.toString().strip().startsWith("["), out.toString());
        assertTrue(out.toString().contains("E_FAIL"), out.toString());
    }

    @Test
    void plainCodesAreDecodedWithoutPicocliExactlyAsTheCommandDecodesThem() {
        String[][] lines = {
                {"logs", "errcode", "0x80004005"}, {"logs", "errcode", "80070057", "87", "2147500037"},
                {"logs", "errcode", "0xC0000005"}, {"logs", "errcode", "0x00000001", "1", "0"}, {"logs", "errcode", "0x8019FFFF"}};
        for (String[] line : lines) {
            assertTrue(ErrcodeCommand.isPlainDecode(line), String.join(" ", line));
            StringWriter shortcut = new StringWriter();
            StringWriter shortcutErr = new StringWriter();
            assertEquals(ExitCodes.OK, Main.run(line, new PrintWriter(shortcut), new PrintWriter(shortcutErr), Map.of()));
            StringWriter picocli = new StringWriter();
            StringWriter picocliErr = new StringWriter();
            OsdkitCommand root = new OsdkitCommand(Map.of());
            assertEquals(ExitCodes.OK, Main.commandLine(root, line, new PrintWriter(picocli), new PrintWriter(picocliErr)).execute(line));
            root.close();
            assertEquals(picocli.toString(), shortcut.toString(), String.join(" ", line));
            assertEquals(picocliErr.toString(), shortcutErr.toString(), String.join(" ", line));
            assertTrue(shortcut.toString().contains("Code "), shortcut.toString());
        }
        // A malformed setting of the environment is still the usage error it is for every command.
        StringWriter refusedErr = new StringWriter();
        assertEquals(ExitCodes.USAGE, Main.run(new String[] {"logs", "errcode", "5"}, new PrintWriter(new StringWriter()), new PrintWriter(refusedErr),
                Map.of("OSDKIT_LOG_MAX_BYTES", "lots")));
        assertTrue(refusedErr.toString().contains("OSDKIT_LOG_MAX_BYTES"), refusedErr.toString());
        // Everything else is picocli's: options, negative numbers, log text, @files, the table, no code at all.
        for (String[] line : new String[][] {{"logs", "errcode"}, {"logs", "errcode", "--output", "json", "5"}, {"logs", "errcode", "-2147467259"},
                {"logs", "errcode", "(Error: 80070057; Source: Windows)"}, {"logs", "errcode", "@codes.txt"}, {"logs", "errcode", "--list"},
                {"logs", "errcode", "5", "-v"}, {"--no-color", "logs", "errcode", "5"}, {"logs", "errcode", "nonsense"}, {"logs", "parse", "5"}}) {
            assertFalse(ErrcodeCommand.isPlainDecode(line), String.join(" ", line));
        }
    }

    @Test
    void helpAndUnknownWordsGetTheWholeTree() {
        assertFalse(tree("--help").getSubcommands().get("drivers").getSubcommands().isEmpty());
        assertFalse(tree("lgos", "errcode").getSubcommands().get("logs").getSubcommands().isEmpty());
    }

    @Test
    void theTrimmedTreeRunsTheCommandAndTheRootsHelpListsEveryGroupAsBefore() {
        CliRun errcode = CliRun.in(workspace, "logs", "errcode", "0x80004005");
        assertEquals(ExitCodes.OK, errcode.exitCode(), errcode.err());
        assertTrue(errcode.out().contains("E_FAIL"), errcode.out());
        StringWriter full = new StringWriter();
        StringWriter trimmed = new StringWriter();
        Main.commandLine(new OsdkitCommand(Map.of()), new PrintWriter(full), new PrintWriter(new StringWriter())).usage(new PrintWriter(full));
        tree("--version").usage(new PrintWriter(trimmed));
        assertEquals(full.toString(), trimmed.toString());
    }

    @Test
    void versionIsPrintedWithoutTheCommandModelExactlyAsPicocliPrintsIt() {
        StringWriter picocli = new StringWriter();
        Main.commandLine(new OsdkitCommand(Map.of()), new PrintWriter(picocli), new PrintWriter(new StringWriter()))
                .printVersionHelp(new PrintWriter(picocli, true));
        for (String flag : new String[] {"--version", "-V"}) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            assertEquals(ExitCodes.OK, Main.run(new String[] {flag}, new PrintWriter(out), new PrintWriter(err), Map.of()));
            assertEquals(picocli.toString(), out.toString(), flag);
            assertEquals("", err.toString(), flag);
            assertTrue(out.toString().startsWith("osdkit "), out.toString());
        }
        assertTrue(Main.versionOnly(new String[] {"-V"}));
        assertFalse(Main.versionOnly(new String[] {"--version", "logs"}));
    }
}
