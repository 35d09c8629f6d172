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
}
