package org.osdkit.statemigration.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.statemigration.Fixture;
import org.osdkit.statemigration.inventory.Reconciliation;
import org.osdkit.statemigration.settings.DiskSpaceUnit;
import org.osdkit.statemigration.settings.MinDiskSpace;
import org.osdkit.statemigration.settings.SmpSettings;
import org.osdkit.statemigration.settings.StorageFolder;

class CapacityReportTest {

    @TempDir
    Path tmp;

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
}
