package org.osdkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.cli.command.ExitCodes;

class StatusCommandTest {

    @TempDir
    Path workspace;

    @Test
    void showsTheEmbeddedDatabaseOfTheWorkspace() {
        CliRun run = CliRun.in(workspace, "status");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("DatabaseKind     H2"), run.out());
        assertTrue(run.out().contains(workspace.resolve("db").toString()), run.out());
        assertTrue(Files.exists(workspace.resolve("db/osdkit.mv.db")));
    }

    @Test
    void globalOptionsWorkAfterTheCommandToo() throws Exception {
        CliRun run = CliRun.in(workspace, "status", "--output", "json");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        JsonNode rows = new ObjectMapper().readTree(run.out());
        assertTrue(rows.isArray());
        assertEquals("Version", rows.get(0).get("Property").asText());
        assertEquals(workspace.toString(), rows.get(1).get("Value").asText());
    }

    @Test
    void csvHasAHeaderAndOneLinePerProperty() {
        CliRun run = CliRun.in(workspace, "--output", "csv", "status");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        String[] lines = run.out().split("\\R");
        assertEquals("Property,Value", lines[0]);
        assertTrue(lines[4].startsWith("DatabaseKind,H2"), lines[4]);
    }

    @Test
    void anUnreachableDatabaseIsOneClearLineAndExitCodeOne() {
        CliRun run = CliRun.in(workspace, "--db-url", "jdbc:postgresql://127.0.0.1:1/osdkit", "status");
        assertEquals(ExitCodes.PROBLEMS, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("ERROR [CORE-DB-UNREACHABLE]: Cannot open the POSTGRESQL database at jdbc:postgresql://127.0.0.1:1/osdkit"), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace without -v");
    }

    @Test
    void verboseAddsTheStackTrace() {
        CliRun run = CliRun.in(workspace, "-v", "--db-url", "jdbc:postgresql://127.0.0.1:1/osdkit", "status");
        assertEquals(ExitCodes.PROBLEMS, run.exitCode());
        assertTrue(run.err().contains("\tat "), run.err());
    }

    @Test
    void aWrongKindOfUrlSaysWhatIsSupported() {
        CliRun run = CliRun.in(workspace, "--db-url", "jdbc:mysql://db/osdkit", "status");
        assertEquals(ExitCodes.PROBLEMS, run.exitCode());
        assertTrue(run.err().startsWith("ERROR [CORE-INVALID-DB-URL]"), run.err());
        assertTrue(run.err().contains("PostgreSQL (jdbc:postgresql://host:port/db)"), run.err());
    }

    @Test
    void theDatabaseUrlMayComeFromTheEnvironment() {
        CliRun run = CliRun.with(java.util.Map.of("OSDKIT_DB_URL", "jdbc:postgresql://127.0.0.1:1/fromenv"), workspace, "status");
        assertEquals(ExitCodes.PROBLEMS, run.exitCode());
        assertTrue(run.err().contains("127.0.0.1:1/fromenv"), run.err());
    }

    @Test
    void anUnusableWorkspaceIsRefusedClearly() throws Exception {
        Path file = Files.writeString(workspace.resolve("plain-file"), "x");
        CliRun run = CliRun.in(file.resolve("ws"), "status");
        assertEquals(ExitCodes.PROBLEMS, run.exitCode());
        assertTrue(run.err().startsWith("ERROR [CORE-WORKSPACE-UNUSABLE]: The workspace " + file.resolve("ws") + " cannot be used"), run.err());
    }

    @Test
    void writesItsOwnCmTraceLogInTheWorkspace() throws Exception {
        CliRun.in(workspace, "status");
        String log = Files.readString(workspace.resolve("logs/osdkit.log"));
        assertTrue(log.startsWith("<![LOG[osdkit status started]LOG]!><time=\""), log);
        assertTrue(log.contains("osdkit status finished with exit code 0]LOG]!>"), log);
        assertTrue(log.contains("type=\"1\""));
        assertTrue(log.endsWith("\">\r\n"));
    }

    @Test
    void failuresAreLoggedWithTheirStackTraceAsErrors() throws Exception {
        CliRun.in(workspace, "--db-url", "jdbc:postgresql://127.0.0.1:1/osdkit", "status");
        String log = Files.readString(workspace.resolve("logs/osdkit.log"));
        assertTrue(log.contains("[CORE-DB-UNREACHABLE]"), log);
        assertTrue(log.contains("type=\"3\""), log);
        assertTrue(log.contains("\tat "), "the log keeps the stack trace");
    }
}
