package org.osdkit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.cli.command.ExitCodes;
import org.osdkit.core.Actor;
import org.osdkit.core.audit.AuditEntry;
import org.osdkit.core.audit.AuditJournal;
import org.osdkit.core.storage.Database;
import org.osdkit.core.storage.DatabaseSettings;
import org.osdkit.core.workspace.Workspace;
import org.osdkit.logs.diagnosis.DiagnosisRun;
import org.osdkit.logs.jdbc.LogsStorage;
import org.osdkit.sites.description.ChangeSiteDescription;

/**
 * Who acts is told once, by core's {@link Actor}: a sites description change and a logs diagnosis run
 * record {@link Actor#current()}'s form (<code>DOMAIN&#92;user@HOST</code>), not the bare {@code user.name};
 * {@code OSDKIT_ACTOR} names another, and a malformed one is a usage error that records nothing.
 */
@DisabledOnOs(OS.WINDOWS)
class ActorRecordedTest {

    @TempDir
    Path tmp;

    Path workspace;
    Path controlFile;
    Path state;
    Path log;

    @BeforeEach
    void siteTreeAndLog() throws IOException {
        workspace = tmp.resolve("ws");
        Path box = tmp.resolve("SCCM/Inboxes/SiteCtrl.box");
        Files.createDirectories(box.resolve("incoming"));
        Files.createDirectories(box.resolve("history"));
        try (InputStream in = ActorRecordedTest.class.getResourceAsStream("/org/osdkit/cli/sites/cm2007-secondary-se1.ct0")) {
            controlFile = Files.write(box.resolve("sitectrl.ct0"), in.readAllBytes());
        }
        state = Files.writeString(tmp.resolve("service.state"), "RUNNING\n");
        log = Files.writeString(tmp.resolve("CcmExec.log"), "<![LOG[Service started]LOG]!><time=\"10:00:00.000+000\" date=\"07-30-2026\" "
                + "component=\"CcmExec\" context=\"\" type=\"1\" thread=\"1\" file=\"\">\r\n");
    }

    private CliRun changeAndDiagnose(Map<String, String> environment) {
        CliRun set = CliRun.with(environment, workspace, "sites", "set-description", "--control-file", controlFile.toString(), "--site", "SE1",
                "--description", "Brussels North", "--accept-unsupported", "--service-stop", "echo STOPPED > '" + state + "'",
                "--service-start", "echo RUNNING > '" + state + "'", "--service-query", "cat '" + state + "'");
        if (set.exitCode() != ExitCodes.OK) {
            return set;
        }
        return CliRun.with(environment, workspace, "logs", "diagnose", log.toString());
    }

    /** The actor of the description change's audit entry and that of the diagnosis run, as stored. */
    private List<String> recordedActors() {
        try (Database db = Database.open(DatabaseSettings.forWorkspace(Workspace.open(workspace)))) {
            AuditEntry change = AuditJournal.jdbc(db).recent(10).stream().filter(e -> e.action().equals(ChangeSiteDescription.ACTION))
                    .findFirst().orElseThrow();
            DiagnosisRun run = LogsStorage.jdbc(db).diagnosisHistory().recent(1).get(0);
            return List.of(change.actor(), run.actor());
        }
    }

    @Test
    void aDescriptionChangeAndADiagnosisRunRecordThisProcesssActor() {
        CliRun run = changeAndDiagnose(Map.of());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        String current = Actor.current().toString();
        assertEquals(List.of(current, current), recordedActors());
    }

    @Test
    void osdkitActorNamesAnotherActorInBoth() {
        CliRun run = changeAndDiagnose(Map.of("OSDKIT_ACTOR", "CONTOSO\\svc-osd@SCCM01"));
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals(List.of("CONTOSO\\svc-osd@SCCM01", "CONTOSO\\svc-osd@SCCM01"), recordedActors());
    }

    @Test
    void aMalformedOsdkitActorIsAUsageErrorAndChangesNothing() throws IOException {
        byte[] before = Files.readAllBytes(controlFile);
        CliRun run = changeAndDiagnose(Map.of("OSDKIT_ACTOR", "CONTOSO\\@SCCM01"));
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().contains("OSDKIT_ACTOR: \"CONTOSO\\@SCCM01\" is not an actor: it names no user")
                && run.err().contains("DOMAIN\\user@HOST"), run.err());
        assertArrayEquals(before, Files.readAllBytes(controlFile), "the control file is untouched");
    }
}
