package org.osdkit.statemigration.cleanup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.Actor;
import org.osdkit.core.files.DeletionFileSystem;
import org.osdkit.core.storage.Database;
import org.osdkit.core.testing.FakedFileSystem;
import org.osdkit.core.testing.ScratchDatabases;
import org.osdkit.core.whatif.OperationPlan;
import org.osdkit.core.whatif.PlannedOperation;
import org.osdkit.core.whatif.WhatIfRecorder;
import org.osdkit.statemigration.Fixture;
import org.osdkit.statemigration.jdbc.StateMigrationStorage;

/**
 * The cleanup names its operations through core's what-if mechanism: a what-if run records exactly the
 * stores the real run then asks about and deletes, and locks, journals and deletes nothing itself; only
 * the stores a gate approves are journalled and deleted; a resumed run is asked about as a whole.
 */
class CleanupOperationsTest {

    @TempDir
    Path tmp;
    Fixture smp;
    Database db;
    StateMigrationStorage storage;

    @BeforeEach
    void threeExpiredStoresAndOneKept() {
        smp = new Fixture(tmp);
        smp.expired("A-PC", 12, smp.store("A", 100));
        smp.expired("B-PC", 11, smp.store("B", 200));
        smp.expired("C-PC", 10, smp.store("C", 300));
        // Released yesterday: inside the 14-day delay, so kept.
        smp.associate("D-PC", Fixture.NOW.minus(Duration.ofDays(3)), Fixture.NOW.minus(Duration.ofDays(1)), smp.store("D", 400));
        db = ScratchDatabases.h2();
        storage = StateMigrationStorage.jdbc(db);
        storage.associations().save(smp.associations);
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private CleanupPlan plan() {
        return new CleanupPlanner(Fixture.clock()).plan(smp.reconcile(smp.settings()), List.of());
    }

    private RunCleanup runner(DeletionFileSystem fs) {
        return new RunCleanup(storage.journal(), storage.locks(), storage.holds(), fs, Fixture.clock(), Actor.of("tester", ""), LockTiming.DEFAULT);
    }

    private static PlannedOperation deletion(Path store, String computers, long bytes) {
        return new PlannedOperation("Delete state store", store.toString(), computers + ", " + bytes + " bytes");
    }

    @Test
    void theWhatIfPlanListsExactlyTheStoresTheRunThenAsksAboutAndDeletes() {
        CleanupPlan plan = plan();
        WhatIfRecorder whatIf = new WhatIfRecorder();
        CleanupReport planned = runner(DeletionFileSystem.nio()).run(smp.settings(), plan, false, whatIf);

        OperationPlan operations = whatIf.plan();
        assertEquals(List.of("A", "B", "C"), operations.operations().stream().map(o -> Path.of(o.target()).getFileName().toString()).toList());
        PlannedOperation a = operations.operations().get(0);
        assertEquals(deletion(smp.path("A"), plan.deletions().get(0).association().displayName(), plan.deletions().get(0).store().bytes()), a);
        assertEquals(operations, plan.operations(), "the plan's own view is the same");
        assertEquals(operations, runner(DeletionFileSystem.nio()).whatIf(smp.settings(), plan, false));
        assertFalse(planned.ran());
        assertTrue(storage.journal().unfinished(Fixture.SERVER).isEmpty() && storage.journal().runs(Fixture.SERVER, 10).isEmpty(),
                "a what-if run journals nothing");
        assertTrue(storage.locks().find(Fixture.SERVER).isEmpty());
        for (String s : List.of("A", "B", "C", "D")) {
            assertTrue(Files.exists(smp.path(s)), s);
        }

        List<PlannedOperation> asked = new ArrayList<>();
        FakedFileSystem fs = new FakedFileSystem();
        CleanupReport report = runner(fs).run(smp.settings(), plan(), false, change -> asked.add(change));

        assertEquals(operations.operations(), asked, "the run asks about exactly what the what-if run planned");
        assertEquals(operations.operations().stream().map(PlannedOperation::target).toList(),
                report.outcomes().stream().filter(o -> o.state() == StepState.DELETED).map(StoreOutcome::storePath).toList(),
                "and deletes exactly those");
        assertTrue(Files.exists(smp.path("D")), "the kept store is neither planned nor touched");
        assertTrue(fs.deleted().stream().noneMatch(p -> p.startsWith(smp.path("D"))));
    }

    @Test
    void onlyTheStoresTheGateApprovesAreJournalledAndDeleted() {
        CleanupReport report = runner(DeletionFileSystem.nio()).run(smp.settings(), plan(), false,
                change -> change.target().equals(smp.path("B").toString()));

        assertEquals(List.of(smp.path("B").toString()), report.outcomes().stream().map(StoreOutcome::storePath).toList());
        assertEquals(1, storage.journal().steps(report.runId()).size(), "the declined stores are not part of the run");
        assertFalse(Files.exists(smp.path("B")));
        assertTrue(Files.exists(smp.path("A")) && Files.exists(smp.path("C")));

        CleanupReport none = runner(DeletionFileSystem.nio()).run(smp.settings(), plan(), false, change -> false);
        assertFalse(none.ran(), "every store answered no: no run at all");
        assertEquals(1, storage.journal().runs(Fixture.SERVER, 10).size());
        assertTrue(Files.exists(smp.path("A")) && Files.exists(smp.path("C")));
    }

    @Test
    void aResumedRunIsPlannedAsTheRunAndItsRemainingStoresAndAskedAboutOnce() {
        FakedFileSystem dying = new FakedFileSystem().killWhenDeleting(smp.path("B")::equals);
        assertThrows(FakedFileSystem.Killed.class, () -> runner(dying).run(smp.settings(), plan(), false));
        String runId = storage.journal().unfinished(Fixture.SERVER).orElseThrow().runId();

        WhatIfRecorder whatIf = new WhatIfRecorder();
        runner(DeletionFileSystem.nio()).run(smp.settings(), plan(), true, whatIf);
        List<PlannedOperation> planned = whatIf.plan().operations();
        assertEquals(new PlannedOperation("Resume cleanup run", runId, "2 state stores on " + Fixture.SERVER), planned.get(0));
        assertEquals(List.of(smp.path("B").toString(), smp.path("C").toString()), planned.subList(1, 3).stream().map(PlannedOperation::target).toList());
        assertEquals(3, planned.size());

        CleanupReport declined = runner(DeletionFileSystem.nio()).run(smp.settings(), plan(), true, change -> false);
        assertFalse(declined.ran());
        assertTrue(Files.exists(smp.path("C")), "declined: nothing resumed");

        List<PlannedOperation> asked = new ArrayList<>();
        CleanupReport resumed = runner(DeletionFileSystem.nio()).run(smp.settings(), plan(), true, change -> asked.add(change));
        assertEquals(List.of(planned.get(0)), asked, "asked once, about the run");
        assertEquals(runId, resumed.runId());
        assertFalse(Files.exists(smp.path("B")) || Files.exists(smp.path("C")));
    }
}
