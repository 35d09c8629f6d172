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
import org.osdkit.core.files.DeletionFileSystem;
import org.osdkit.core.storage.Database;
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
    HoldRepository holds;
    final Fixture.RecordingAudit audit = new Fixture.RecordingAudit();

    @BeforeEach
    void setUp() {
        smp = new Fixture(tmp);
        db = database();
        StateMigrationStorage storage = StateMigrationStorage.jdbc(db);
        associations = storage.associations();
        journal = storage.journal();
        holds = storage.holds();
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
        return new RunCleanup(journal, associations, holds, audit, fs, Fixture.clock(), Actor.of("tester", ""));
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
        FailingFileSystem fs = new FailingFileSystem().failDeleting(p -> p.startsWith(second) && p.getFileName().toString().equals("USMT.MIG"),
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
        assertEquals(7, audit.entries.size());
        assertTrue(audit.entries.get(1).outcome().startsWith("failed: "));
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
        FailingFileSystem dying = new FailingFileSystem().killWhenDeleting(fourth::equals);
        CleanupPlan plan = plan();
        assertThrows(FailingFileSystem.Killed.class, () -> runner(dying).run(smp.settings(), plan, false));
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

        FailingFileSystem fresh = new FailingFileSystem();
        CleanupReport resumed = runner(fresh).run(smp.settings(), plan(), true);
        assertTrue(resumed.resumed());
        assertEquals(runId, resumed.runId());
        assertEquals(7, resumed.outcomes().size());
        assertEquals(7, resumed.count(StepState.DELETED));
        assertEquals(List.of(true, true, true, false, false, false, false),
                resumed.outcomes().stream().map(StoreOutcome::earlierAttempt).toList());
        assertTrue(fresh.deleted.stream().noneMatch(p -> p.startsWith(smp.path(Fixture.hex(0)))), "nothing of a finished store is redone");
        for (int i = 0; i < NAMES.size(); i++) {
            assertFalse(Files.exists(smp.path(Fixture.hex(i))), NAMES.get(i));
        }
        assertTrue(byName().values().stream().allMatch(a -> a.storeDeletionDate() != null));
        assertTrue(journal.unfinished(Fixture.SERVER).isEmpty());
        assertThrows(OsdkitException.class, () -> runner(fresh).run(smp.settings(), plan(), true), "nothing left to resume");
    }

    @Test
    void killBetweenDeletionAndItsJournalEntryIsSettledOnResume() {
        sevenExpiredStores();
        CleanupJournal dyingJournal = new CleanupJournalKilledAt(journal, 2);
        RunCleanup dying = new RunCleanup(dyingJournal, associations, holds, audit, DeletionFileSystem.nio(), Fixture.clock(), Actor.of("tester", ""));
        assertThrows(FailingFileSystem.Killed.class, () -> dying.run(smp.settings(), plan(), false));
        assertFalse(Files.exists(smp.path(Fixture.hex(1))), "the second store was deleted before the kill");

        FailingFileSystem fresh = new FailingFileSystem();
        CleanupReport resumed = runner(fresh).run(smp.settings(), plan(), true);
        assertEquals(StepState.DELETED, resumed.outcomes().get(1).state());
        assertFalse(resumed.outcomes().get(1).earlierAttempt());
        assertNotNull(byName().get(NAMES.get(1)).storeDeletionDate());
        assertEquals(7, resumed.count(StepState.DELETED));
    }

    @Test
    void resumeSkipsAStoreHeldSinceTheKill() {
        sevenExpiredStores();
        FailingFileSystem dying = new FailingFileSystem().killWhenDeleting(smp.path(Fixture.hex(2))::equals);
        assertThrows(FailingFileSystem.Killed.class, () -> runner(dying).run(smp.settings(), plan(), false));
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
        FailingFileSystem fs = new FailingFileSystem().beforeDeleting(smp.path(Fixture.hex(0)),
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
        FailingFileSystem fs = new FailingFileSystem().mountPoint(mount).reparsePoint(junction).onVolume(volume, "vsn:1234");

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
        assertTrue(fs.deleted.stream().noneMatch(p -> p.startsWith(mount) || p.startsWith(junction) || p.startsWith(volume)));
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
