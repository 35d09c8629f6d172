package org.osdkit.statemigration.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void localStorePathsAreMatchedUnderTheirDirectory() {
        Fixture smp = new Fixture(tmp);
        String local = smp.path("L").toString();
        smp.store("L", 1);
        smp.expired("LOCAL", 3, local);
        assertEquals(smp.path("L"), smp.reconcile(smp.settings()).entries().get(0).store().path());
    }
}
