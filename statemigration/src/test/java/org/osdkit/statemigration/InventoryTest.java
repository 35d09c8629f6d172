package org.osdkit.statemigration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.storage.Database;
import org.osdkit.core.storage.ScratchDatabases;

class InventoryTest {

    @TempDir
    Path tmp;

    @Test
    void scanFindsStoresWithSizeAndUsmtLayoutWithoutGuessingFromNames() throws IOException {
        Fixture smp = new Fixture(tmp);
        smp.store("A", 100);
        Path usmt3 = Files.createDirectories(smp.path("B").resolve("USMT3"));
        Files.write(usmt3.resolve("USMT3.MIG"), new byte[7]);
        Path plain = Files.createDirectories(smp.path("C").resolve("USMT"));
        Files.write(plain.resolve("catalog.mig"), new byte[3]);
        Files.write(plain.resolve("MIGSTATE.DAT"), new byte[2]);
        Files.createDirectories(smp.path("EMPTY"));
        Files.writeString(smp.storage.resolve(Fixture.SHARE).resolve("stray.txt"), "not a store");
        List<StoreFolder> found = new ArrayList<>();
        List<StorageFolderScan> scans = new StoreScanner(StoreFileSystem.nio()).scan(smp.settings(), found::add);
        found.sort(java.util.Comparator.comparing(StoreFolder::key));
        assertEquals(List.of("smpstoree_b2de4ab0$/a", "smpstoree_b2de4ab0$/b", "smpstoree_b2de4ab0$/c", "smpstoree_b2de4ab0$/empty"),
                found.stream().map(StoreFolder::key).toList());
        assertEquals(List.of(UsmtLayout.USMT_MIG, UsmtLayout.USMT3_MIG, UsmtLayout.UNCOMPRESSED, UsmtLayout.NONE),
                found.stream().map(StoreFolder::layout).toList());
        assertEquals(List.of(100L, 7L, 5L, 0L), found.stream().map(StoreFolder::bytes).toList());
        assertEquals(4, scans.get(0).stores());
        assertTrue(scans.get(0).reachable());
    }

    @Test
    void reconciliationFindsOrphansStaleRecordsAndStuckCaptures() {
        Fixture smp = new Fixture(tmp);
        smp.store("ORPHAN", 1);
        smp.expired("STALE", 3, Fixture.unc("GONE"));
        smp.associate("STUCK", Fixture.NOW.minus(Duration.ofDays(45)), null, smp.store("STUCK", 1));
        smp.associate("FRESH", Fixture.NOW.minus(Duration.ofDays(2)), null, smp.store("FRESH", 1));
        smp.associate("NEW", null, null, null);
        Reconciliation r = smp.reconcile(smp.settings());
        assertEquals(List.of("smpstoree_b2de4ab0$/orphan"), r.orphans().stream().map(StoreFolder::key).toList());
        assertEquals(List.of("STALE"), r.stale().stream().map(e -> e.association().sourceName()).toList());
        assertEquals(List.of("STUCK"), r.stuck(Fixture.NOW, Duration.ofDays(30)).stream().map(e -> e.association().sourceName()).toList());
        assertEquals(4, r.entries().size(), "the orphan is no association");
    }

    @Test
    void localStorePathsAreMatchedUnderTheirDirectory() {
        Fixture smp = new Fixture(tmp);
        String local = smp.path("L").toString();
        smp.store("L", 1);
        smp.expired("LOCAL", 3, local);
        assertEquals(smp.path("L"), smp.reconcile(smp.settings()).entries().get(0).store().path());
    }

    @Test
    void capacityComparesClientsAndFreeSpaceAndEstimatesDaysUntilFull() {
        Fixture smp = new Fixture(tmp);
        for (int i = 0; i < 95; i++) {
            smp.associate("PC" + i, Fixture.NOW.minus(Duration.ofDays(i)), null, smp.store("S" + i, 10));
        }
        FolderCapacity c = CapacityReport.of(smp.reconcile(smp.settings()), Fixture.NOW).get(0);
        assertEquals(95, c.clients());
        assertEquals(100, c.maxClients());
        assertEquals(950, c.storeBytes());
        assertEquals(CapacityStatus.WARNING, c.status(), "95 of 100 clients");
        assertEquals(30, c.capturesLast30Days());
        assertEquals(5.0, c.daysUntilFull(), "5 free slots at one capture a day");
        assertEquals(Fixture.NOW.minus(Duration.ofDays(94)), c.oldestUnreleased());
        assertEquals(1024L * 1024, c.minFreeBytes());
    }

    @Test
    void unreachableStorageFolderIsReportedAndTheOthersAreStillScanned() {
        Fixture smp = new Fixture(tmp);
        smp.store("A", 1);
        SmpSettings two = new SmpSettings(Fixture.SERVER, null, List.of(
                new StorageFolder("F:\\MISSING", tmp.resolve("missing"), 10, new MinDiskSpace(1, DiskSpaceUnit.GIGABYTES)),
                smp.settings().folders().get(0)), Duration.ofDays(1), Duration.ofDays(1), false, 2);
        Reconciliation r = smp.reconcile(two);
        assertEquals(false, r.scans().get(0).reachable());
        assertEquals(1, r.orphans().size());
        FolderCapacity missing = CapacityReport.of(r, Fixture.NOW).get(0);
        assertEquals(CapacityStatus.UNREACHABLE, missing.status());
        assertNull(missing.daysUntilFull());
    }

    @Test
    void healthReportsBacklogOverdueStuckAndInterruptedRuns() {
        Fixture smp = new Fixture(tmp);
        smp.expired("OVERDUE", 10, smp.store("O", 100));
        smp.associate("STUCK", Fixture.NOW.minus(Duration.ofDays(90)), null, smp.store("S", 1));
        try (Database db = ScratchDatabases.h2()) {
            AssociationRepository associations = AssociationRepository.jdbc(db);
            associations.save(smp.associations);
            CleanupJournal journal = CleanupJournal.jdbc(db);
            journal.begin(new JournalRun("run-9", Fixture.SERVER, "admin", Fixture.NOW, null, 0, 1), List.of());
            Clock clock = Fixture.clock();
            CheckHealth health = new CheckHealth(new ReconcileSmp(associations, StoreFileSystem.nio()), HoldRepository.jdbc(db), journal,
                    StoreFileSystem.nio(), clock);
            SmpHealth h = health.check(smp.settings(), Duration.ofDays(30));
            assertEquals(HealthStatus.WARNING, h.status(), h.problems().toString());
            assertEquals(1, h.backlogStores());
            assertEquals(100, h.backlogBytes());
            assertEquals(1, h.overdueStores());
            assertEquals(1, h.stuckCaptures());
            assertEquals("run-9", h.interruptedRunId());
            assertTrue(h.folders().get(0).reachable());
            assertTrue(h.folders().get(0).writable());
            assertTrue(h.problems().stream().anyMatch(p -> p.contains("KB961269")), h.problems().toString());
        }
    }
}
