package org.osdkit.statemigration.cleanup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.Actor;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.audit.AuditEntry;
import org.osdkit.core.audit.AuditJournal;
import org.osdkit.core.files.DeletionFileSystem;
import org.osdkit.core.storage.Database;
import org.osdkit.core.testing.FakedFileSystem;
import org.osdkit.statemigration.jdbc.StateMigrationStorage;
import org.osdkit.statemigration.Fixture;
import org.osdkit.statemigration.SmpErrors;
import org.osdkit.statemigration.associations.AssociationRepository;
import org.osdkit.statemigration.associations.ComputerAssociation;

/** The cleanup run's guarantees, on H2 and on PostgreSQL (the journal and the associations live there). */
abstract class RunCleanupContract {

    abstract Database database();


    /** Computer names from long to short: the KB961269 loop reused the previous name's length. */
    static final List<String> NAMES = List.of("ACCOUNTING-WORKSTATION-0042", "ENGINEERING-LAPTOP-7", "SALES-PC-0815", "RECEPTION1",
            "HR-PC2", "PC7", "X");

    @TempDir
    Path tmp;
    Fixture smp;
    Database db;
    AssociationRepository associations;
    CleanupJournal journal;
    CleanupLocks locks;
    HoldRepository holds;
    AuditJournal audit;

    /**
     * Short, so a dead holder's lock goes stale within a test, with fifteen beats of margin, so a live run on a
     * machine running several builds at once is not taken for dead (at 400 ms one was: "could not be renewed for 0 s").
     */
    static final LockTiming TIMING = new LockTiming(Duration.ofMillis(100), Duration.ofMillis(1500));
    static final Actor TESTER = Actor.of("tester", "");

    @BeforeEach
    void setUp() {
        smp = new Fixture(tmp);
        db = database();
        StateMigrationStorage storage = StateMigrationStorage.jdbc(db);
        associations = storage.associations();
        journal = storage.journal();
        locks = storage.locks();
        holds = storage.holds();
        audit = AuditJournal.jdbc(db);
    }

    /** The audit entries in the order they were written. */
    private List<AuditEntry> audited() {
        List<AuditEntry> newestFirst = new ArrayList<>(audit.recent(1000));
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    /** Seven expired stores, deleted in the order of NAMES (oldest release first). */
    private void sevenExpiredStores() {
        for (int i = 0; i < NAMES.size(); i++) {
            smp.expired(NAMES.get(i), 100 - i, smp.store(Fixture.hex(i), 1000 + i));
        }
        associations.save(smp.associations);
    }

    private CleanupPlan plan() {
        return new CleanupPlanner(Fixture.clock()).plan(smp.reconcile(smp.settings()), List.of());
    }

    private RunCleanup runner(DeletionFileSystem fs) {
        return new RunCleanup(journal, locks, holds, fs, Fixture.clock(), TESTER, TIMING);
    }

    private Map<String, ComputerAssociation> byName() {
        return associations.all().stream().collect(Collectors.toMap(ComputerAssociation::sourceName, Function.identity()));
    }

    @Test
    void secondDeletionFailingDoesNotAbortTheRest() {
        sevenExpiredStores();
        CleanupPlan plan = plan();
        assertEquals(NAMES, plan.deletions().stream().map(i -> i.association().sourceName()).toList(), "deletion order long to short");
        Path second = smp.path(Fixture.hex(1));
        FakedFileSystem fs = new FakedFileSystem().failDeleting(p -> p.startsWith(second) && p.getFileName().toString().equals("USMT.MIG"),
                new FileSystemException(second.resolve("USMT").resolve("USMT.MIG").toString(), null, "Unspecified error (0x80004005)"));

        CleanupReport report = runner(fs).run(smp.settings(), plan, false);

        assertTrue(report.anyFailed());
        assertEquals(6, report.count(StepState.DELETED));
        assertEquals(1, report.count(StepState.FAILED));
        StoreOutcome failed = report.outcomes().get(1);
        assertEquals(StepState.FAILED, failed.state());
        assertTrue(failed.reason().contains("0x80004005"), failed.reason());
        for (int i = 0; i < NAMES.size(); i++) {
            assertEquals(i == 1, Files.exists(smp.path(Fixture.hex(i))), NAMES.get(i));
        }
        Map<String, ComputerAssociation> after = byName();
        for (String name : NAMES) {
            assertEquals(!name.equals(NAMES.get(1)), after.get(name).storeDeletionDate() != null, name);
        }
        assertEquals(Fixture.NOW, after.get("X").storeDeletionDate());
        assertEquals(7, audited().size());
        assertTrue(audited().get(1).outcome().startsWith("failed: "));
        assertTrue(journal.steps(report.runId()).stream().allMatch(s -> s.state().isFinal()));
        assertTrue(journal.run(report.runId()).orElseThrow().finished());
    }

    @Test
    void vanishedStoreIsAFailureAndTheRunGoesOn() throws Exception {
        sevenExpiredStores();
        CleanupPlan plan = plan();
        // Someone removes the second store by hand between plan and run: a real failure, no test double.
        deleteTree(smp.path(Fixture.hex(1)));
        CleanupReport report = runner(DeletionFileSystem.nio()).run(smp.settings(), plan, false);
        assertEquals(StepState.FAILED, report.outcomes().get(1).state());
        assertTrue(report.outcomes().get(1).reason().contains("vanished"), report.outcomes().get(1).reason());
        assertEquals(6, report.count(StepState.DELETED));
        assertNull(byName().get(NAMES.get(1)).storeDeletionDate(), "a store osdkit did not see go keeps its record for review");
    }

    @Test
    void killedRunResumesWithoutRedoingOrLosingAny() {
        sevenExpiredStores();
        Path fourth = smp.path(Fixture.hex(3));
        FakedFileSystem dying = new FakedFileSystem().killWhenDeleting(fourth::equals);
        CleanupPlan plan = plan();
        assertThrows(FakedFileSystem.Killed.class, () -> runner(dying).run(smp.settings(), plan, false));
        // Three stores gone, the fourth half-deleted (its file removed, the folder not), three untouched.
        assertFalse(Files.exists(smp.path(Fixture.hex(2))));
        assertTrue(Files.exists(fourth));
        assertFalse(Files.exists(fourth.resolve("USMT").resolve("USMT.MIG")));
        String runId = journal.unfinished(Fixture.SERVER).orElseThrow().runId();
        List<StepState> states = journal.steps(runId).stream().map(JournalStep::state).toList();
        assertEquals(List.of(StepState.DELETED, StepState.DELETED, StepState.DELETED, StepState.STARTED,
                StepState.PLANNED, StepState.PLANNED, StepState.PLANNED), states);

        OsdkitException refused = assertThrows(OsdkitException.class, () -> runner(DeletionFileSystem.nio()).run(smp.settings(), plan(), false));
        assertEquals(SmpErrors.CLEANUP_UNFINISHED, refused.code());
        assertTrue(refused.getMessage().contains("after 3 of 7"), refused.getMessage());

        FakedFileSystem fresh = new FakedFileSystem();
        CleanupReport resumed = runner(fresh).run(smp.settings(), plan(), true);
        assertTrue(resumed.resumed());
        assertEquals(runId, resumed.runId());
        assertEquals(7, resumed.outcomes().size());
        assertEquals(7, resumed.count(StepState.DELETED));
        assertEquals(List.of(true, true, true, false, false, false, false),
                resumed.outcomes().stream().map(StoreOutcome::earlierAttempt).toList());
        assertTrue(fresh.deleted().stream().noneMatch(p -> p.startsWith(smp.path(Fixture.hex(0)))), "nothing of a finished store is redone");
        for (int i = 0; i < NAMES.size(); i++) {
            assertFalse(Files.exists(smp.path(Fixture.hex(i))), NAMES.get(i));
        }
        assertTrue(byName().values().stream().allMatch(a -> a.storeDeletionDate() != null));
        assertTrue(journal.unfinished(Fixture.SERVER).isEmpty());
        assertThrows(OsdkitException.class, () -> runner(fresh).run(smp.settings(), plan(), true), "nothing left to resume");
    }

    /**
     * H2 can lose a process's last commits to kill -9 (seen in the kill loop: two connections committing at once, the step's
     * STARTED among the commits lost). The resume then finds the half-deleted store still PLANNED: it must not journal
     * what little was left as the store's size (it journalled 0 bytes for a store emptied all but its folder).
     */
    @Test
    void aPlannedStepWhoseStoreAnEarlierAttemptEmptiedIsJournalledWithThePlannedBytes() {
        sevenExpiredStores();
        Path fourth = smp.path(Fixture.hex(3));
        // Killed as it removes the fourth store's folder: everything in it is gone, the folder is not.
        FakedFileSystem dying = new FakedFileSystem().killWhenDeleting(fourth::equals);
        assertThrows(FakedFileSystem.Killed.class, () -> runner(dying).run(smp.settings(), plan(), false));
        assertTrue(Files.exists(fourth));
        String runId = journal.unfinished(Fixture.SERVER).orElseThrow().runId();
        JournalStep step = journal.steps(runId).get(3);
        assertEquals(StepState.STARTED, step.state());
        assertEquals(1003, step.plannedBytes());
        // The commit of STARTED lost, as H2 lost it: the step reads PLANNED again.
        db.jdbi().useHandle(h -> h.execute("UPDATE smp_cleanup_steps SET state = ?, started_at = NULL WHERE run_id = ? AND seq = ?",
                StepState.PLANNED.name(), runId, step.seq()));

        CleanupReport resumed = runner(new FakedFileSystem()).run(smp.settings(), plan(), true);
        assertEquals(7, resumed.count(StepState.DELETED));
        assertEquals(1003, resumed.outcomes().get(3).bytes(), "the run freed the store's planned size, not what was left of it");
        JournalStep journalled = journal.steps(runId).get(3);
        assertEquals(StepState.DELETED, journalled.state());
        assertEquals(1003L, journalled.bytesDeleted());
        assertFalse(Files.exists(fourth));
    }

    @Test
    void killBetweenDeletionAndItsJournalEntryIsSettledOnResume() {
        sevenExpiredStores();
        CleanupJournal dyingJournal = new CleanupJournalKilledAt(journal, 2);
        RunCleanup dying = new RunCleanup(dyingJournal, locks, holds, DeletionFileSystem.nio(), Fixture.clock(), TESTER, TIMING);
        assertThrows(FakedFileSystem.Killed.class, () -> dying.run(smp.settings(), plan(), false));
        assertFalse(Files.exists(smp.path(Fixture.hex(1))), "the second store was deleted before the kill");

        FakedFileSystem fresh = new FakedFileSystem();
        CleanupReport resumed = runner(fresh).run(smp.settings(), plan(), true);
        assertEquals(StepState.DELETED, resumed.outcomes().get(1).state());
        assertFalse(resumed.outcomes().get(1).earlierAttempt());
        assertNotNull(byName().get(NAMES.get(1)).storeDeletionDate());
        assertEquals(7, resumed.count(StepState.DELETED));
        assertEquals(1001, resumed.outcomes().get(1).bytes(), "the bytes of a store deleted before the kill come from the plan");
        assertEquals(7, audited().stream().filter(e -> e.action().equals("smp.store.delete") && e.outcome().equals("ok")).count(),
                "one audit entry per store, none lost, none twice");
    }

    @Test
    void outcomeAssociationAndAuditCommitTogetherOrNotAtAll() {
        sevenExpiredStores();
        // The audit insert of the third store fails inside the step's transaction (as a kill before the commit would stop it).
        CleanupJournal failingAudit = new CleanupJournalKilledAt(journal, -1) {
            @Override
            public void finished(FinishedStep step) {
                if (step.seq() == 3) {
                    db.jdbi().useHandle(h -> h.execute("ALTER TABLE core_audit RENAME TO core_audit_away"));
                    try {
                        super.finished(step);
                    } finally {
                        db.jdbi().useHandle(h -> h.execute("ALTER TABLE core_audit_away RENAME TO core_audit"));
                    }
                } else {
                    super.finished(step);
                }
            }
        };
        RunCleanup dying = new RunCleanup(failingAudit, locks, holds, DeletionFileSystem.nio(), Fixture.clock(), TESTER, TIMING);
        assertThrows(RuntimeException.class, () -> dying.run(smp.settings(), plan(), false));
        assertFalse(Files.exists(smp.path(Fixture.hex(2))), "the third store's folder was deleted");
        String runId = journal.unfinished(Fixture.SERVER).orElseThrow().runId();
        JournalStep third = journal.steps(runId).get(2);
        assertEquals(StepState.STARTED, third.state(), "the outcome was rolled back with the audit entry");
        assertNull(byName().get(NAMES.get(2)).storeDeletionDate(), "the association update was rolled back with them");
        assertEquals(2, audited().size());
        assertTrue(locks.find(Fixture.SERVER).isEmpty(), "the run gave its lock up as it stopped");

        CleanupReport resumed = runner(DeletionFileSystem.nio()).run(smp.settings(), plan(), true);
        assertEquals(7, resumed.count(StepState.DELETED));
        assertEquals(1002, resumed.outcomes().get(2).bytes());
        assertEquals(Fixture.NOW, byName().get(NAMES.get(2)).storeDeletionDate());
        assertEquals(7, audited().size());
        assertEquals(StoreDeletion.abbreviate(smp.path(Fixture.hex(2)).toString()), audited().get(2).target());
    }

    @Test
    void resumeRepairsAnAssociationAnOlderRunLeftStaleOnce() {
        sevenExpiredStores();
        FakedFileSystem dying = new FakedFileSystem().killWhenDeleting(smp.path(Fixture.hex(4))::equals);
        assertThrows(FakedFileSystem.Killed.class, () -> runner(dying).run(smp.settings(), plan(), false));
        // What an older osdkit left on PostgreSQL when killed between the journal's outcome and the association update.
        String key = byName().get(NAMES.get(1)).key();
        db.jdbi().useHandle(h -> h.execute("UPDATE smp_associations SET store_deletion_date = NULL WHERE source_name = ?", NAMES.get(1)));
        assertNull(byName().get(NAMES.get(1)).storeDeletionDate());
        Instant deletedAt = journal.steps(journal.unfinished(Fixture.SERVER).orElseThrow().runId()).get(1).finishedAt();

        CleanupReport resumed = runner(DeletionFileSystem.nio()).run(smp.settings(), plan(), true);
        assertEquals(1, resumed.repairedAssociations());
        assertEquals(deletedAt, byName().get(NAMES.get(1)).storeDeletionDate());
        List<AuditEntry> repairs = audited().stream().filter(e -> e.action().equals("smp.association.repair")).toList();
        assertEquals(1, repairs.size());
        assertTrue(repairs.get(0).before().contains(key), repairs.get(0).before());
        assertEquals(0, journal.repairAssociations(Fixture.SERVER, "tester", Fixture.NOW), "idempotent");
        assertEquals(1, audited().stream().filter(e -> e.action().equals("smp.association.repair")).count());
    }

    @Test
    void aSecondRunIsRefusedNamingTheHolderAndDeletesNothing() {
        sevenExpiredStores();
        LockOwner other = new LockOwner("other-claim", "SMP-ADMIN-PC", 4242);
        assertTrue(locks.acquire(Fixture.SERVER, other, false, TIMING.staleAfter()).acquired());
        try (Beating beating = new Beating(other)) {
            for (boolean resume : List.of(false, true)) {
                OsdkitException refused = assertThrows(OsdkitException.class, () -> runner(DeletionFileSystem.nio()).run(smp.settings(), plan(), resume));
                assertEquals(SmpErrors.CLEANUP_RUNNING, refused.code(), refused.getMessage());
                assertTrue(refused.getMessage().contains("SMP-ADMIN-PC") && refused.getMessage().contains("pid 4242")
                        && refused.getMessage().contains("since"), refused.getMessage());
                OsdkitException early = assertThrows(OsdkitException.class, () -> runner(DeletionFileSystem.nio()).check(smp.settings(), resume));
                assertEquals(SmpErrors.CLEANUP_RUNNING, early.code());
            }
        }
        for (int i = 0; i < NAMES.size(); i++) {
            assertTrue(Files.exists(smp.path(Fixture.hex(i))), NAMES.get(i));
        }
        assertTrue(journal.runs(Fixture.SERVER, 10).isEmpty(), "a refused run journals nothing");
        assertEquals("other-claim", locks.find(Fixture.SERVER).orElseThrow().ownerId(), "the holder keeps its lock");
    }

    @Test
    void aStaleLockIsTakenOverOnlyByResume() throws Exception {
        sevenExpiredStores();
        FakedFileSystem dying = new FakedFileSystem().killWhenDeleting(smp.path(Fixture.hex(3))::equals);
        assertThrows(FakedFileSystem.Killed.class, () -> runner(dying).run(smp.settings(), plan(), false));
        String runId = journal.unfinished(Fixture.SERVER).orElseThrow().runId();
        // kill -9 leaves the lock behind (an in-process "kill" still runs finally): put a dead holder's lock back.
        LockOwner dead = new LockOwner("dead-claim", "KILLED-HOST", 777);
        assertTrue(locks.acquire(Fixture.SERVER, dead, false, TIMING.staleAfter()).acquired());
        assertTrue(locks.assignRun(Fixture.SERVER, "dead-claim", runId));

        OsdkitException alive = assertThrows(OsdkitException.class, () -> runner(DeletionFileSystem.nio()).run(smp.settings(), plan(), true));
        assertEquals(SmpErrors.CLEANUP_RUNNING, alive.code(), "--resume refuses while the heartbeat is fresh");
        Thread.sleep(TIMING.staleAfter().toMillis() + 200);

        OsdkitException notResume = assertThrows(OsdkitException.class, () -> runner(DeletionFileSystem.nio()).run(smp.settings(), plan(), false));
        assertEquals(SmpErrors.CLEANUP_UNFINISHED, notResume.code());
        assertTrue(notResume.getMessage().contains("interrupted") && notResume.getMessage().contains("KILLED-HOST")
                && notResume.getMessage().contains("3 of 7"), notResume.getMessage());
        assertEquals("dead-claim", locks.find(Fixture.SERVER).orElseThrow().ownerId(), "only --resume takes a stale lock over");

        CleanupReport resumed = runner(DeletionFileSystem.nio()).run(smp.settings(), plan(), true);
        assertEquals(runId, resumed.runId());
        assertEquals("KILLED-HOST", resumed.tookOver().host());
        assertEquals(777, resumed.tookOver().pid());
        assertEquals(7, resumed.count(StepState.DELETED));
        assertTrue(locks.find(Fixture.SERVER).isEmpty(), "released at the end");
    }

    @Test
    void theRunHoldsAFreshLockWhileItWorksAndGivesItUpAtTheEnd() {
        sevenExpiredStores();
        List<CleanupLock> seen = new ArrayList<>();
        DeletionFileSystem watching = new FakedFileSystem() {
            @Override
            public void delete(Path entry) throws java.io.IOException {
                if (entry.equals(smp.path(Fixture.hex(2)))) {
                    sleep(TIMING.staleAfter().toMillis() * 2);
                    seen.add(locks.find(Fixture.SERVER).orElseThrow());
                }
                super.delete(entry);
            }
        };
        CleanupReport report = runner(watching).run(smp.settings(), plan(), false);
        assertEquals(7, report.count(StepState.DELETED));
        CleanupLock during = seen.get(0);
        assertEquals(ProcessHandle.current().pid(), during.pid());
        assertEquals(report.runId(), during.runId());
        assertFalse(during.stale(TIMING.staleAfter()), "the heartbeat kept it fresh through a slow store: " + during);
        assertTrue(locks.find(Fixture.SERVER).isEmpty());
    }

    @Test
    void aRunWhoseLockWasTakenOverStopsBeforeTheNextStore() {
        sevenExpiredStores();
        DeletionFileSystem stolen = new FakedFileSystem() {
            @Override
            public void delete(Path entry) throws java.io.IOException {
                if (entry.equals(smp.path(Fixture.hex(1)))) {
                    db.jdbi().useHandle(h -> h.execute("UPDATE smp_cleanup_locks SET owner_id = 'thief'"));
                    sleep(TIMING.heartbeat().toMillis() * 4);
                }
                super.delete(entry);
            }
        };
        OsdkitException lost = assertThrows(OsdkitException.class, () -> runner(stolen).run(smp.settings(), plan(), false));
        assertEquals(SmpErrors.CLEANUP_LOCK_LOST, lost.code());
        assertFalse(Files.exists(smp.path(Fixture.hex(1))), "the store under way was finished");
        for (int i = 2; i < NAMES.size(); i++) {
            assertTrue(Files.exists(smp.path(Fixture.hex(i))), "nothing after it is touched: " + NAMES.get(i));
        }
        assertEquals("thief", locks.find(Fixture.SERVER).orElseThrow().ownerId(), "the new holder's lock is not released by the loser");
    }

    @Test
    void twoRunsStartedTogetherOneDeletesTheOtherIsRefused() throws Exception {
        sevenExpiredStores();
        CleanupPlan plan = plan();
        DeletionFileSystem slow = new FakedFileSystem() {
            @Override
            public void delete(Path entry) throws java.io.IOException {
                sleep(20);
                super.delete(entry);
            }
        };
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<CleanupReport>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return runner(slow).run(smp.settings(), plan, false);
                }));
            }
            start.countDown();
            List<CleanupReport> reports = new ArrayList<>();
            List<OsdkitException> refusals = new ArrayList<>();
            for (var run : runs) {
                try {
                    reports.add(run.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    refusals.add((OsdkitException) e.getCause());
                }
            }
            assertEquals(1, reports.size(), "exactly one run deletes: " + refusals);
            assertEquals(7, reports.get(0).count(StepState.DELETED));
            assertFalse(reports.get(0).anyFailed());
            assertEquals(SmpErrors.CLEANUP_RUNNING, refusals.get(0).code());
            assertTrue(refusals.get(0).getMessage().contains("pid " + ProcessHandle.current().pid()), refusals.get(0).getMessage());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Beats {@code owner}'s heartbeat as a live process would, until closed. */
    private final class Beating implements AutoCloseable {
        private final LockHeartbeat heartbeat;

        Beating(LockOwner owner) {
            heartbeat = LockHeartbeat.start(locks, Fixture.SERVER, owner.ownerId(), TIMING);
        }

        @Override
        public void close() {
            heartbeat.close();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void resumeSkipsAStoreHeldSinceTheKill() {
        sevenExpiredStores();
        FakedFileSystem dying = new FakedFileSystem().killWhenDeleting(smp.path(Fixture.hex(2))::equals);
        assertThrows(FakedFileSystem.Killed.class, () -> runner(dying).run(smp.settings(), plan(), false));
        CleanupPlan withHold = new CleanupPlanner(Fixture.clock()).plan(smp.reconcile(smp.settings()),
                List.of(new Hold(NAMES.get(5), "user asks for his files", Actor.of("admin", ""), Fixture.NOW)));
        CleanupReport resumed = runner(DeletionFileSystem.nio()).run(smp.settings(), withHold, true);
        assertEquals(StepState.SKIPPED, resumed.outcomes().get(5).state());
        assertTrue(resumed.outcomes().get(5).reason().contains("HELD"), resumed.outcomes().get(5).reason());
        assertTrue(Files.exists(smp.path(Fixture.hex(5))));
        assertFalse(resumed.anyFailed());
    }

    @Test
    void holdPlacedWhileTheRunGoesOnIsHonouredByTheStoresNotYetDeleted() {
        sevenExpiredStores();
        CleanupPlan plan = plan();
        // Another admin holds HR-PC2 while the first store is being deleted: after the plan, before its turn.
        FakedFileSystem fs = new FakedFileSystem().beforeDeleting(smp.path(Fixture.hex(0)),
                p -> holds.add(new Hold(NAMES.get(4), "restore failed, user needs his files", Actor.of("admin2", "HOST2"), Fixture.NOW)));

        CleanupReport report = runner(fs).run(smp.settings(), plan, false);

        StoreOutcome held = report.outcomes().get(4);
        assertEquals(StepState.SKIPPED, held.state());
        assertTrue(held.reason().contains("held since the plan was made") && held.reason().contains(NAMES.get(4)), held.reason());
        assertTrue(Files.exists(smp.path(Fixture.hex(4)).resolve("USMT").resolve("USMT.MIG")));
        assertNull(byName().get(NAMES.get(4)).storeDeletionDate());
        assertEquals(6, report.count(StepState.DELETED));
        assertFalse(report.anyFailed());
    }

    @Test
    void storesWithAMountPointJunctionOrOtherVolumeInsideFailAndTheRestAreDeleted() throws Exception {
        sevenExpiredStores();
        Path mount = Files.createDirectories(smp.path(Fixture.hex(1)).resolve("mnt"));
        Path mounted = Files.writeString(mount.resolve("someone-elses.txt"), "keep me");
        Path junction = Files.createDirectories(smp.path(Fixture.hex(3)).resolve("junction"));
        Path behindJunction = Files.writeString(junction.resolve("profile.dat"), "keep me");
        Path volume = Files.createDirectories(smp.path(Fixture.hex(5)).resolve("D"));
        Path onVolume = Files.writeString(volume.resolve("data.bin"), "keep me");
        FakedFileSystem fs = new FakedFileSystem().mountPoint(mount).reparsePoint(junction).onVolume(volume, "vsn:1234");

        CleanupReport report = runner(fs).run(smp.settings(), plan(), false);

        List<StoreOutcome> o = report.outcomes();
        assertEquals(StepState.FAILED, o.get(1).state());
        assertTrue(o.get(1).reason().contains(mount + " is a mount point"), o.get(1).reason());
        assertEquals(StepState.FAILED, o.get(3).state());
        assertTrue(o.get(3).reason().contains("reparse point"), o.get(3).reason());
        assertEquals(StepState.FAILED, o.get(5).state());
        assertTrue(o.get(5).reason().contains("another file system"), o.get(5).reason());
        for (Path kept : List.of(mounted, behindJunction, onVolume)) {
            assertEquals("keep me", Files.readString(kept), kept.toString());
        }
        assertTrue(fs.deleted().stream().noneMatch(p -> p.startsWith(mount) || p.startsWith(junction) || p.startsWith(volume)));
        assertEquals(4, report.count(StepState.DELETED), "one bad store never stops the rest (KB961269)");
        for (int i : new int[] {0, 2, 4, 6}) {
            assertFalse(Files.exists(smp.path(Fixture.hex(i))), NAMES.get(i));
        }
        assertNull(byName().get(NAMES.get(1)).storeDeletionDate(), "a failed store keeps its record");
        assertTrue(report.anyFailed());
    }

    private static void deleteTree(Path p) throws Exception {
        try (var walk = Files.walk(p)) {
            for (Path x : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }
}
