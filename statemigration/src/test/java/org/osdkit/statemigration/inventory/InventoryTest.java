package org.osdkit.statemigration.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.statemigration.Fixture;

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
    void aStoreDirectlyInTheStorageFolderIsMatchedAndItsInsideIsNoOrphan() throws IOException {
        Fixture smp = new Fixture(tmp);
        Path old = Files.createDirectories(smp.storage.resolve("OldStore").resolve("USMT"));
        Files.write(old.resolve("USMT.MIG"), new byte[42]);
        smp.expired("LOCAL", 3, smp.storage.resolve("OldStore").toString());
        smp.expired("UNC", 3, "\\\\" + Fixture.SERVER + "\\OLDSTORE");
        Reconciliation r = smp.reconcile(smp.settings());
        for (InventoryEntry e : r.entries()) {
            assertEquals(StoreLocation.Where.THIS_SMP, e.location().where(), e.association().storePath());
            assertEquals(smp.storage.resolve("OldStore"), e.store().path(), "matched on disk although the key is lower case");
            assertEquals(42L, e.store().bytes());
            assertEquals(UsmtLayout.USMT_MIG, e.store().layout());
        }
        assertSame(r.entries().get(0).store(), r.entries().get(1).store(), "two spellings of one store share one folder");
        assertEquals(List.of(), r.orphans(), "OldStore/USMT sits at the scanned depth but is part of the store");
        assertEquals(List.of(), r.stale());
    }

    @Test
    void aStoreDeeperThanTheStoreDepthIsMatchedAndItsContainerIsNoOrphan() throws IOException {
        Fixture smp = new Fixture(tmp);
        Path deep = Files.createDirectories(smp.path("GROUP").resolve("PC7").resolve("USMT"));
        Files.write(deep.resolve("USMT.MIG"), new byte[9]);
        smp.store("ORPHAN", 1);
        smp.expired("PC7", 3, Fixture.unc("GROUP\\PC7"));
        smp.expired("GONE", 3, Fixture.unc("GROUP\\GONE"));
        Reconciliation r = smp.reconcile(smp.settings());
        assertEquals(smp.path("GROUP").resolve("PC7"), r.entries().get(0).store().path());
        assertEquals(9L, r.entries().get(0).store().bytes());
        assertEquals(List.of("smpstoree_b2de4ab0$/orphan"), r.orphans().stream().map(StoreFolder::key).toList(), "GROUP holds a matched store");
        assertEquals(List.of("GONE"), r.stale().stream().map(e -> e.association().sourceName()).toList(), "a missing deep store is stale");
    }

    @Test
    void aLinkOnTheWayToADeepStoreIsReportedAsALink() throws IOException {
        Fixture smp = new Fixture(tmp);
        Path outside = Files.createDirectories(tmp.resolve("elsewhere").resolve("PC8"));
        Files.write(outside.resolve("keep.txt"), new byte[5]);
        Files.createSymbolicLink(smp.path("LINKED"), tmp.resolve("elsewhere"));
        smp.expired("PC8", 3, smp.path("LINKED").resolve("PC8").toString());
        Reconciliation r = smp.reconcile(smp.settings());
        StoreFolder store = r.entries().get(0).store();
        assertTrue(store.link(), store.toString());
        assertEquals(0L, store.bytes(), "never descended");
        assertEquals(List.of(), r.orphans(), "the link at store depth holds the named store: no orphan to delete");
    }

    @Test
    void localStorePathsAreMatchedUnderTheirDirectory() {
        Fixture smp = new Fixture(tmp);
        String local = smp.path("L").toString();
        smp.store("L", 1);
        smp.expired("LOCAL", 3, local);
        assertEquals(smp.path("L"), smp.reconcile(smp.settings()).entries().get(0).store().path());
    }
}
