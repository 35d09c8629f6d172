package org.osdkit.statemigration.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.storage.Database;
import org.osdkit.core.testing.ScratchDatabases;
import org.osdkit.statemigration.jdbc.StateMigrationStorage;
import org.osdkit.statemigration.Fixture;
import org.osdkit.statemigration.associations.AssociationRepository;
import org.osdkit.statemigration.cleanup.CleanupJournal;
import org.osdkit.statemigration.cleanup.CleanupLocks;
import org.osdkit.statemigration.cleanup.FinishedStep;
import org.osdkit.statemigration.cleanup.JournalStep;
import org.osdkit.statemigration.cleanup.StepState;
import org.osdkit.statemigration.cleanup.LockOwner;
import org.osdkit.statemigration.cleanup.HoldRepository;
import org.osdkit.statemigration.cleanup.JournalRun;
import org.osdkit.statemigration.inventory.FolderSpace;
import org.osdkit.statemigration.inventory.ReconcileSmp;
import org.osdkit.statemigration.inventory.StoreFileSystem;

class CheckHealthTest {

    @TempDir
    Path tmp;

    @Test
    void healthReportsBacklogOverdueStuckAndInterruptedRuns() {
        Fixture smp = new Fixture(tmp);
        smp.expired("OVERDUE", 10, smp.store("O", 100));
        smp.associate("STUCK", Fixture.NOW.minus(Duration.ofDays(90)), null, smp.store("S", 1));
        try (Database db = ScratchDatabases.h2()) {
            StateMigrationStorage storage = StateMigrationStorage.jdbc(db);
            AssociationRepository associations = storage.associations();
            associations.save(smp.associations);
            CleanupJournal journal = storage.journal();
            journal.begin(new JournalRun("run-9", Fixture.SERVER, "admin", Fixture.NOW, null, 0, 1), List.of());
            Clock clock = Fixture.clock();
            CheckHealth health = new CheckHealth(new ReconcileSmp(associations, StoreFileSystem.nio()), storage.holds(), journal,
                    storage.locks(), Duration.ofSeconds(30), StoreFileSystem.nio(), storage.health(), clock);
            SmpHealth h = health.check(smp.settings(), Duration.ofDays(30));
            assertEquals(h, storage.health().last(Fixture.SERVER).orElseThrow(), "the check is kept for the dashboard");
            assertEquals(HealthStatus.WARNING, h.status(), h.problems().toString());
            assertEquals(1, h.backlogStores());
            assertEquals(100, h.backlogBytes());
            assertEquals(1, h.overdueStores());
            assertEquals(1, h.stuckCaptures());
            assertEquals("run-9", h.interruptedRunId());
            assertEquals(CleanupState.INTERRUPTED, h.cleanup());
            assertTrue(h.folders().get(0).reachable());
            assertTrue(h.folders().get(0).writable());
            assertTrue(h.problems().stream().anyMatch(p -> p.contains("KB961269")), h.problems().toString());
        }
    }

    @Test
    void aRunWithAFreshHeartbeatIsRunningAndOneWhoseHeartbeatStoppedIsInterrupted() throws Exception {
        Fixture smp = new Fixture(tmp);
        smp.expired("PC1", 10, smp.store("P", 100));
        try (Database db = ScratchDatabases.h2()) {
            StateMigrationStorage storage = StateMigrationStorage.jdbc(db);
            storage.associations().save(smp.associations);
            storage.journal().begin(new JournalRun("run-7", Fixture.SERVER, "admin", Fixture.NOW, null, 1, 1), List.of());
            CleanupLocks locks = storage.locks();
            assertTrue(locks.acquire(Fixture.SERVER, new LockOwner("claim", "OTHER-HOST", 99), false, Duration.ofSeconds(1)).acquired());
            locks.assignRun(Fixture.SERVER, "claim", "run-7");
            Duration staleAfter = Duration.ofMillis(300);
            CheckHealth health = new CheckHealth(new ReconcileSmp(storage.associations(), StoreFileSystem.nio()), storage.holds(),
                    storage.journal(), locks, staleAfter, StoreFileSystem.nio(), storage.health(), Fixture.clock());

            SmpHealth running = health.check(smp.settings(), Duration.ofDays(30));
            assertEquals(CleanupState.RUNNING, running.cleanup());
            assertNull(running.interruptedRunId(), "a live run is not reported as interrupted");
            assertEquals("OTHER-HOST", running.cleanupLock().host());
            assertEquals(running, storage.health().last(Fixture.SERVER).orElseThrow(), "kept with its lock, for the dashboard");
            assertTrue(running.problems().stream().noneMatch(p -> p.contains("interrupted")), running.problems().toString());

            Thread.sleep(staleAfter.toMillis() + 200);
            SmpHealth stopped = health.check(smp.settings(), Duration.ofDays(30));
            assertEquals(CleanupState.INTERRUPTED, stopped.cleanup());
            assertEquals("run-7", stopped.interruptedRunId());
            assertTrue(stopped.problems().stream().anyMatch(p -> p.contains("interrupted") && p.contains("OTHER-HOST") && p.contains("pid 99")),
                    stopped.problems().toString());
        }
    }

    @Test
    void theDashboardsViewReadsTheLastCheckAndNeverProbes() throws Exception {
        Fixture smp = new Fixture(tmp);
        smp.expired("OVERDUE", 10, smp.store("O", 100));
        ProbeCounter probes = new ProbeCounter();
        try (Database db = ScratchDatabases.h2()) {
            StateMigrationStorage storage = StateMigrationStorage.jdbc(db);
            storage.associations().save(smp.associations);
            storage.settings().save(smp.settings());
            ShowHealth show = new ShowHealth(storage.settings(), storage.health());
            SmpHealth never = show.all().get(0);
            assertEquals(HealthStatus.NOT_CHECKED, never.status());
            assertNull(never.checkedAt());
            assertTrue(never.problems().get(0).contains("osdkit smp health"), never.problems().toString());

            SmpHealth checked = new CheckHealth(new ReconcileSmp(storage.associations(), probes), storage.holds(), storage.journal(), storage.locks(),
                    Duration.ofSeconds(30), probes, storage.health(), Fixture.clock()).check(smp.settings(), Duration.ofDays(30));
            assertEquals(1, probes.writes);
            assertEquals(List.of(checked), show.all());
            assertEquals(Fixture.NOW, show.all().get(0).checkedAt());
            assertEquals(1, probes.writes, "showing the health probes nothing");
        }
    }

    @Test
    void theStoreThatKeepsFailingIsNamedWithItsLastReason() {
        Fixture smp = new Fixture(tmp);
        try (Database db = ScratchDatabases.h2()) {
            StateMigrationStorage storage = StateMigrationStorage.jdbc(db);
            CleanupJournal journal = storage.journal();
            // Three runs, oldest first: /a fails every time, /b failed twice but the newest run deleted it, /c failed once.
            String[][] outcomes = {{"FAILED", "FAILED", "FAILED"}, {"FAILED", "REFUSED", "DELETED"}, {"DELETED", "DELETED", "FAILED"}};
            for (int run = 0; run < 3; run++) {
                String id = "run-" + (run + 1);
                Instant at = Fixture.NOW.minus(Duration.ofDays(3 - run));
                journal.begin(new JournalRun(id, Fixture.SERVER, "admin", at, null, 3, 20160), List.of(
                        step(id, 1, "/srv/a", "PC-A -> PC-A"), step(id, 2, "/srv/b", "PC-B -> PC-B"), step(id, 3, "/srv/c", "PC-C -> PC-C")));
                for (int seq = 1; seq <= 3; seq++) {
                    StepState state = StepState.valueOf(outcomes[seq - 1][run]);
                    journal.finished(new FinishedStep(id, seq, state, 0, state == StepState.DELETED ? null : "Access is denied (" + id + ")",
                            at.plusSeconds(seq), null, null));
                }
                journal.end(id, at.plusSeconds(60));
            }
            SmpHealth h = new CheckHealth(new ReconcileSmp(storage.associations(), StoreFileSystem.nio()), storage.holds(), journal,
                    storage.locks(), Duration.ofSeconds(30), StoreFileSystem.nio(), storage.health(), Fixture.clock()).check(smp.settings(), Duration.ofDays(30));
            assertEquals(List.of(new FailingStore("/srv/a", "PC-A -> PC-A", 3, 3, "run-3", Fixture.NOW.minus(Duration.ofDays(1)).plusSeconds(1),
                    "Access is denied (run-3)")),
                    h.failingStores());
            assertEquals(HealthStatus.WARNING, h.status());
            assertTrue(h.problems().stream().anyMatch(p -> p.contains("/srv/a") && p.contains("3 of the last 3 runs")
                    && p.contains("Access is denied (run-3)")), h.problems().toString());
            assertTrue(h.problems().stream().noneMatch(p -> p.contains("/srv/b") || p.contains("/srv/c")), h.problems().toString());
            assertEquals(h, storage.health().last(Fixture.SERVER).orElseThrow(), "kept with the failing store, for the dashboard");
        }
    }

    @Test
    void theOverdueFindingNamesTheHotfixAndOsdkitsCleanupAsTheWorkaround() {
        Fixture smp = new Fixture(tmp);
        smp.expired("OVERDUE", 10, smp.store("O", 100));
        try (Database db = ScratchDatabases.h2()) {
            StateMigrationStorage storage = StateMigrationStorage.jdbc(db);
            storage.associations().save(smp.associations);
            SmpHealth h = new CheckHealth(new ReconcileSmp(storage.associations(), StoreFileSystem.nio()), storage.holds(), storage.journal(),
                    storage.locks(), Duration.ofSeconds(30), StoreFileSystem.nio(), storage.health(), Fixture.clock()).check(smp.settings(), Duration.ofDays(30));
            String finding = h.problems().stream().filter(p -> p.contains("KB961269")).findFirst().orElseThrow();
            assertTrue(finding.contains("hotfix KB961269") && finding.contains("ConfigMgr 2007 SP1") && finding.contains("4.0.6221.1147"), finding);
            assertTrue(finding.contains("'osdkit smp cleanup' is the workaround"), finding);
        }
    }

    @Test
    void anUnreachableStorageFolderIsOneErrorAndNoRecordIsStale() throws Exception {
        Fixture smp = new Fixture(tmp);
        for (int i = 0; i < 5; i++) {
            smp.expired("PC" + i, 1, smp.store("S" + i, 10));
        }
        smp.associate("CAPTURED", Fixture.NOW.minus(Duration.ofDays(2)), null, smp.store("C", 10));
        try (Database db = ScratchDatabases.h2()) {
            StateMigrationStorage storage = StateMigrationStorage.jdbc(db);
            storage.associations().save(smp.associations);
            Files.move(smp.storage, tmp.resolve("USMT-away"));
            SmpHealth h = new CheckHealth(new ReconcileSmp(storage.associations(), StoreFileSystem.nio()), storage.holds(), storage.journal(),
                    storage.locks(), Duration.ofSeconds(30), StoreFileSystem.nio(), storage.health(), Fixture.clock()).check(smp.settings(), Duration.ofDays(30));
            assertEquals(HealthStatus.ERROR, h.status());
            assertEquals(0, h.staleRecords(), "the stores may all be there: the folder is only out of reach");
            assertEquals(1, h.problems().stream().filter(p -> p.contains("Storage folder")).count(), h.problems().toString());
            assertEquals(1, h.problems().size(), h.problems().toString());
            assertTrue(h.problems().get(0).contains("unreachable") && h.problems().get(0).contains("6 associations cannot be checked"),
                    h.problems().get(0));
            assertFalse(h.folders().get(0).reachable());
        }
    }

    private static JournalStep step(String run, int seq, String path, String computers) {
        return new JournalStep(run, seq, path, "1/" + seq, computers, 10, StepState.PLANNED, null, null, null, null);
    }

    /** The real adapter, counting the writability probes (the only writes a health check makes). */
    static final class ProbeCounter implements StoreFileSystem {
        private final StoreFileSystem real = StoreFileSystem.nio();
        int writes;

        @Override
        public FolderSpace space(Path folder) throws java.io.IOException {
            return real.space(folder);
        }

        @Override
        public boolean writable(Path folder) {
            writes++;
            return real.writable(folder);
        }
    }
}
