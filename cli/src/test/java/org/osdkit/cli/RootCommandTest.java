package org.osdkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.cli.command.ExitCodes;
import org.osdkit.core.OsdkitVersion;

class RootCommandTest {

    @TempDir
    Path workspace;

    @Test
    void helpListsTheFiveCommandGroupsAndTheExitCodes() {
        CliRun run = CliRun.in(null, "--help");
        assertEquals(ExitCodes.OK, run.exitCode());
        for (String group : new String[] {"drivers", "sites", "smp", "logs", "web"}) {
            assertTrue(run.out().contains("\n  " + group + " "), "missing group " + group + " in\n" + run.out());
        }
        for (String option : new String[] {"--workspace", "--db-url", "--output", "-v", "--version"}) {
            assertTrue(run.out().contains(option), option);
        }
        assertTrue(run.out().contains("Exit codes: 0 success, 1 the command ran and found problems or failed, 2 usage"));
    }

    @Test
    void versionNamesOsdkitAndJava() {
        CliRun run = CliRun.in(null, "--version");
        assertEquals(ExitCodes.OK, run.exitCode());
        assertTrue(run.out().startsWith("osdkit " + OsdkitVersion.current()), run.out());
        assertFalse(OsdkitVersion.current().contains("${"), "version resource not filtered");
    }

    @Test
    void helpAndVersionNeverCreateAWorkspace() {
        Path untouched = workspace.resolve("untouched");
        CliRun.in(untouched, "--help");
        CliRun.in(untouched, "--version");
        assertFalse(Files.exists(untouched));
    }

    @Test
    void anUnknownCommandIsAUsageErrorWithASuggestion() {
        CliRun run = CliRun.in(workspace, "stauts");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("Unmatched argument"), run.err());
        assertTrue(run.err().contains("status"), "should suggest status: " + run.err());
        assertTrue(run.err().contains("Try 'osdkit --help'"), run.err());
    }

    @Test
    void anUnknownOutputFormatIsAUsageError() {
        CliRun run = CliRun.in(workspace, "--output", "xml", "status");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("table, json, csv"), run.err());
    }

    @Test
    void aMalformedLogSizeSettingIsAUsageError() {
        CliRun run = CliRun.with(Map.of("OSDKIT_LOG_MAX_BYTES", "lots"), workspace, "status");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("OSDKIT_LOG_MAX_BYTES must be a whole number"), run.err());
    }
}
