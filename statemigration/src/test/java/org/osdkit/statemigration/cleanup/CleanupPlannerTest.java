package org.osdkit.statemigration.cleanup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.Actor;
import org.osdkit.statemigration.Fixture;
import org.osdkit.statemigration.inventory.Reconciliation;
import org.osdkit.statemigration.settings.SmpSettings;

class CleanupPlannerTest {

    @TempDir
    Path tmp;
    Fixture smp;
    final CleanupPlanner planner = new CleanupPlanner(Fixture.clock());

    @BeforeEach
    void setUp() {
        smp = new Fixture(tmp);
    }

    private PlanItem only(CleanupPlan plan) {
        assertEquals(1, plan.items().size(), plan.items().toString());
        return plan.items().get(0);
    }

    private CleanupPlan plan(SmpSettings settings, List<Hold> holds) {
        return planner.plan(smp.reconcile(settings), holds);
    }

    @Test
    void releasedStorePastTheDelayIsDeleted() {
        smp.expired("PC1", 1, smp.store(Fixture.hex(1), 100));
        PlanItem item = only(plan(smp.settings(), List.of()));
        assertEquals(PlanAction.DELETE, item.action());
        assertNull(item.reason());
        assertEquals(100, plan(smp.settings(), List.of()).bytesToFree());
    }

    @Test
    void anExpiredStoreDirectlyInTheStorageFolderIsDeletedNotCalledOutside() throws java.io.IOException {
        java.nio.file.Path store = java.nio.file.Files.createDirectories(smp.storage.resolve("PC1").resolve("USMT"));
        java.nio.file.Files.write(store.resolve("USMT.MIG"), new byte[64]);
        smp.expired("PC1", 1, "\\\\" + Fixture.SERVER + "\\PC1");
        CleanupPlan plan = plan(smp.settings(), List.of());
        PlanItem item = only(plan);
        assertEquals(PlanAction.DELETE, item.action(), String.valueOf(item.reason()));
        assertEquals(smp.storage.resolve("PC1"), item.store().path());
        assertEquals(64, plan.bytesToFree());
        assertEquals(List.of(), plan.orphans());
    }

    @Test
    void aStoreHoldingAnotherAssociationsStoreIsNeverDeletedWithIt() {
        smp.expired("INNER", 1, smp.store(Fixture.hex(1), 10));
        smp.expired("OUTER", 1, "\\\\" + Fixture.SERVER + "\\" + Fixture.SHARE);
        CleanupPlan plan = plan(smp.settings(), List.of());
        PlanItem outer = plan.items().stream().filter(i -> i.association().sourceName().equals("OUTER")).findFirst().orElseThrow();
        PlanItem inner = plan.items().stream().filter(i -> i.association().sourceName().equals("INNER")).findFirst().orElseThrow();
        assertEquals(PlanAction.REVIEW, outer.action());
        assertEquals(KeepReason.CONTAINS_OTHER_STORES, outer.reason());
        assertEquals(PlanAction.DELETE, inner.action());
    }

    @Test
    void storeInsideItsDelayIsKept() {
        Instant released = Fixture.NOW.minus(Duration.ofDays(13));
        smp.associate("PC1", released.minus(Duration.ofDays(1)), released, smp.store(Fixture.hex(1), 100));
        PlanItem item = only(plan(smp.settings(), List.of()));
        assertEquals(PlanAction.KEEP, item.action());
        assertEquals(KeepReason.INSIDE_DELAY, item.reason());
        assertEquals(released.plus(Duration.ofDays(14)), item.eligibleAt());
    }

    @Test
    void neverReleasedStoreIsKeptHowOldSoEverItIs() {
        smp.associate("PC1", Fixture.NOW.minus(Duration.ofDays(900)), null, smp.store(Fixture.hex(1), 100));
        PlanItem item = only(plan(smp.settings(Duration.ZERO, Duration.ZERO, false), List.of()));
        assertEquals(KeepReason.NOT_RELEASED, item.reason());
        assertNull(item.eligibleAt());
    }

    @Test
    void restoreOnlyModeKeepsEvenExpiredStores() {
        smp.expired("PC1", 100, smp.store(Fixture.hex(1), 100));
        PlanItem item = only(plan(smp.settings(Duration.ofDays(14), Duration.ofDays(1), true), List.of()));
        assertEquals(PlanAction.KEEP, item.action());
        assertEquals(KeepReason.RESTORE_ONLY_MODE, item.reason());
    }

    @Test
    void heldStoreIsKept() {
        smp.expired("PC1", 100, smp.store(Fixture.hex(1), 100));
        Hold hold = new Hold("pc1", "legal hold", Actor.of("admin", ""), Fixture.NOW);
        PlanItem item = only(plan(smp.settings(), List.of(hold)));
        assertEquals(KeepReason.HELD, item.reason());
        assertEquals(hold, item.hold());
    }

    @Test
    void aHoldOutlastsTheDelayAndIsShownAsTheReasonAlready() {
        Instant released = Fixture.NOW.minus(Duration.ofDays(2));
        smp.associate("PC1", released.minus(Duration.ofDays(1)), released, smp.store(Fixture.hex(1), 100));
        PlanItem item = only(plan(smp.settings(), List.of(new Hold("PC1", null, Actor.of("admin", ""), Fixture.NOW))));
        assertEquals(PlanAction.KEEP, item.action());
        assertEquals(KeepReason.HELD, item.reason(), "kept for the delay now, and for the hold after it");
    }

    @Test
    void aHeldItemToReviewStaysToReviewAndNamesItsHold() {
        smp.expired("GONE", 10, Fixture.unc(Fixture.hex(2)));
        Hold hold = new Hold("GONE", "ask first", Actor.of("admin", ""), Fixture.NOW);
        PlanItem item = only(plan(smp.settings(), List.of(hold)));
        assertEquals(PlanAction.REVIEW, item.action());
        assertEquals(KeepReason.STORE_MISSING, item.reason());
        assertEquals(hold, item.hold());
    }

    @Test
    void aStoreSharedWithAHeldAssociationIsKept() {
        String path = smp.store(Fixture.hex(1), 100);
        smp.expired("PC1", 10, path);
        smp.expired("PC2", 10, path);
        CleanupPlan plan = plan(smp.settings(), List.of(new Hold("PC2", null, Actor.of("admin", ""), Fixture.NOW)));
        assertTrue(plan.deletions().isEmpty(), plan.items().toString());
        assertEquals(List.of(KeepReason.SHARED_WITH_KEPT_STORE, KeepReason.HELD), plan.items().stream().map(PlanItem::reason).toList());
    }

    @Test
    void cycleOfZeroIsNotDeleteImmediately() {
        Instant released = Fixture.NOW.minus(Duration.ofHours(1));
        smp.associate("PC1", released.minus(Duration.ofDays(1)), released, smp.store(Fixture.hex(1), 100));
        PlanItem item = only(plan(smp.settings(Duration.ofDays(31), Duration.ZERO, false), List.of()));
        assertEquals(KeepReason.INSIDE_DELAY, item.reason(), "a cleanup cycle of 0 must not be read as a retention of 0");
        assertEquals(released.plus(Duration.ofDays(31)), item.eligibleAt());
    }

    @Test
    void longCycleDoesNotExtendOrReplaceTheDelay() {
        Instant released = Fixture.NOW.minus(Duration.ofDays(2));
        smp.associate("PC1", released.minus(Duration.ofDays(1)), released, smp.store(Fixture.hex(1), 100));
        PlanItem item = only(plan(smp.settings(Duration.ofDays(1), Duration.ofDays(31), false), List.of()));
        assertEquals(PlanAction.DELETE, item.action(), "the delay (1 day) decides, not the cycle (31 days)");
    }

    @Test
    void delayOfZeroMeansDeleteImmediatelyAfterRelease() {
        Instant released = Fixture.NOW.minus(Duration.ofMinutes(1));
        smp.associate("PC1", released.minus(Duration.ofDays(1)), released, smp.store(Fixture.hex(1), 100));
        SmpSettings immediately = smp.settings(Duration.ZERO, Duration.ofDays(1), false);
        assertTrue(immediately.deletesImmediately());
        assertEquals(PlanAction.DELETE, only(plan(immediately, List.of())).action());
    }

    @Test
    void storePathOutsideTheStorageFoldersIsNeverPlannedForDeletion() {
        smp.expired("PC1", 10, tmp.resolve("elsewhere").resolve(Fixture.SHARE).resolve("X").toString());
        smp.expired("PC2", 10, "\\\\SMP01\\" + Fixture.SHARE + "\\..\\..\\Windows");
        CleanupPlan plan = plan(smp.settings(), List.of());
        assertTrue(plan.deletions().isEmpty());
        assertTrue(plan.items().stream().allMatch(i -> i.reason() == KeepReason.OUTSIDE_STORAGE_FOLDERS), plan.items().toString());
    }

    @Test
    void storeOfAnotherSmpIsNotPartOfThePlan() {
        smp.expired("PC1", 10, "\\\\SMP02\\" + Fixture.SHARE + "\\" + Fixture.hex(1));
        Reconciliation r = smp.reconcile(smp.settings());
        assertEquals(1, r.otherSmp());
        assertTrue(planner.plan(r, List.of()).items().isEmpty());
    }

    @Test
    void storeSharedWithAnAssociationThatKeepsItIsKept() {
        String path = smp.store(Fixture.hex(1), 100);
        smp.expired("PC1", 10, path);
        smp.associate("PC2", Fixture.NOW.minus(Duration.ofDays(2)), null, path);
        CleanupPlan plan = plan(smp.settings(), List.of());
        assertTrue(plan.deletions().isEmpty(), plan.items().toString());
        assertTrue(plan.items().stream().anyMatch(i -> i.reason() == KeepReason.SHARED_WITH_KEPT_STORE));
    }

    @Test
    void orphansAndStaleRecordsAreListedNotDeleted() {
        smp.store(Fixture.hex(1), 100);
        smp.expired("GONE", 10, Fixture.unc(Fixture.hex(2)));
        CleanupPlan plan = plan(smp.settings(), List.of());
        assertEquals(1, plan.orphans().size());
        assertEquals(PlanAction.REVIEW, only(plan).action());
        assertEquals(KeepReason.STORE_MISSING, only(plan).reason());
        assertTrue(plan.deletions().isEmpty());
    }

    @Test
    void stateComesFromDatesNotFromFolderNames() {
        // A folder named like a deleted or temporary store is still judged by its association's dates.
        smp.associate("PC1", Fixture.NOW.minus(Duration.ofDays(60)), null, smp.store("DELETED_EXPIRED_OLD", 10));
        assertEquals(KeepReason.NOT_RELEASED, only(plan(smp.settings(), List.of())).reason());
    }

    @Test
    void capacityAfterCountsTheFreedStores() {
        smp.expired("PC1", 1, smp.store(Fixture.hex(1), 1000));
        smp.associate("PC2", Fixture.NOW.minus(Duration.ofDays(1)), null, smp.store(Fixture.hex(2), 500));
        CleanupPlan plan = plan(smp.settings(), List.of());
        assertEquals(2, plan.capacityBefore().get(0).clients());
        assertEquals(1, plan.capacityAfter().get(0).clients());
        assertEquals(1500, plan.capacityBefore().get(0).storeBytes());
        assertEquals(500, plan.capacityAfter().get(0).storeBytes());
        assertEquals(plan.capacityBefore().get(0).freeBytes() + 1000, plan.capacityAfter().get(0).freeBytes());
    }
}
