package org.osdkit.cli.smp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.cli.CliRun;
import org.osdkit.core.storage.Database;
import org.osdkit.core.storage.DatabaseSettings;
import org.osdkit.core.workspace.Workspace;

/**
 * The loss H2 2.5 can inflict on a killed process (its last returned commits gone), made deterministic:
 * the workspace's database file is copied before a cleanup run and put back after it, so the database
 * knows nothing of the run (begin, steps, audit, association dates) while its stores are gone from the
 * disk. The run's intent file, written and synced before each of those commits, lets {@code --resume}
 * finish the record: afterwards journal, associations and audit agree with the disk exactly. On a
 * database without the intent file the run is simply gone ({@code SMP-NO-RUN-TO-RESUME}) and the
 * deleted stores have no journal or audit entry.
 */
class LostBeginTest {

    @TempDir
    Path tmp;

    @Test
    void aRunWhoseEveryCommitTheDatabaseLostIsJournalledAgainAndFinishedByResume() throws Exception {
        LostCommitEstate estate = LostCommitEstate.create(tmp, 6, 3, 11);
        GeneratedSmp smp = estate.smp();
        Path ws = estate.workspace();
        List<String> target = estate.target();
        // The run in a process of its own, which ends; then every commit of it lost, as a kill -9 on H2 can lose a process's last ones.
        estate.runAndLoseItsCommits(tmp, "run", "smp", "cleanup", "--force");
        assertEquals(0, smp.expiredLeft(), "the run deleted every expired store");

        CliRun plain = GeneratedSmp.run(target, "smp", "cleanup", "--force");
        assertEquals(1, plain.exitCode(), plain.out() + plain.err());
        assertTrue((plain.out() + plain.err()).contains("SMP-CLEANUP-UNFINISHED"), "the lost run is found again and must be resumed:\n"
                + plain.out() + plain.err());

        CliRun resumed = GeneratedSmp.run(target, "smp", "cleanup", "--force", "--resume");
        assertEquals(0, resumed.exitCode(), resumed.out() + resumed.err());
        try (Database h2 = Database.open(DatabaseSettings.forWorkspace(Workspace.open(ws)))) {
            SmpAgreement.assertAgree(h2, smp);
        }

        // The intent file stays small: once the database holds the run as finished, the next run retires its intents.
        Path intents = ws.resolve("intents/smp-cleanup.intents");
        assertTrue(Files.exists(intents));
        CliRun next = GeneratedSmp.run(target, "smp", "cleanup", "--force");
        assertEquals(0, next.exitCode(), next.out() + next.err());
        assertFalse(Files.exists(intents), "the finished run's intents are retired");
    }

    @Test
    void healthGivesTheDatabaseBackALostRunAndSaysSoBeforeItJudges() throws Exception {
        LostCommitEstate estate = LostCommitEstate.create(tmp, 4, 2, 13);
        GeneratedSmp smp = estate.smp();
        Path ws = estate.workspace();
        List<String> target = estate.target();
        estate.runAndLoseItsCommits(tmp, "run", "smp", "cleanup", "--force");

        // Without the intent file health would see no run at all, and a backlog of stores that are already gone.
        CliRun health = GeneratedSmp.run(target, "smp", "health");
        String said = health.out() + health.err();
        // An interrupted run is a warning, and a warning is a problem found (exit 1, README Exit codes).
        assertEquals(1, health.exitCode(), said);
        assertTrue(said.contains("WARNING"), said);
        assertTrue(said.contains("was missing from the database") && said.contains("--resume"), "health reports the run it journalled again:\n" + said);
        assertTrue(said.contains("INTERRUPTED") || said.contains("interrupted"), "and judges the SMP with it, as interrupted:\n" + said);

        CliRun resumed = GeneratedSmp.run(target, "smp", "cleanup", "--force", "--resume");
        assertEquals(0, resumed.exitCode(), resumed.out() + resumed.err());
        try (Database h2 = Database.open(DatabaseSettings.forWorkspace(Workspace.open(ws)))) {
            SmpAgreement.assertAgree(h2, smp);
        }
    }
}
