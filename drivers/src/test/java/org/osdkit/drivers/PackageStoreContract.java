package org.osdkit.drivers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.osdkit.core.Architecture;
import org.osdkit.core.HardwareModel;
import org.osdkit.core.OsTarget;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.PackageId;
import org.osdkit.core.SiteCode;
import org.osdkit.core.UncPath;

/** The package and distribution-point ports, on H2 always and PostgreSQL when configured. */
abstract class PackageStoreContract extends StorageContract {

    static final SiteCode PS1 = SiteCode.of("PS1");
    static final HardwareModel R61 = new HardwareModel("Lenovo", "R61", "8935CTO");
    static final OsTarget XP = OsTarget.parse("XP", Architecture.X86);
    static final UncPath SHARE = UncPath.of("\\\\sccm01\\Drivers\\PC");

    static DriverPackage pkg(PackageId id, UncPath source) {
        return new DriverPackage(id, DriverPackage.defaultName(R61, XP), "R61 for XP", R61, XP, SHARE, source, 1, List.of("R61-8935CTO"),
                List.of("abcdef0123"), List.of("iastor.inf", "class:SCSIAdapter"), List.of("h1", "h2"), Details.NOW, Details.NOW);
    }

    @Test
    void allocatesUniqueIdsPerSiteInOrder() {
        DriverPackageStore store = storage.packages();
        assertEquals(PackageId.of("PS100001"), store.allocate(PS1));
        assertEquals(PackageId.of("PS100002"), store.allocate(PS1));
        assertEquals(PackageId.of("CEN00001"), store.allocate(SiteCode.of("CEN")));
    }

    @Test
    void concurrentAllocationsNeverHandOutTheSameId() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<PackageId>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                calls.add(() -> storage.packages().allocate(PS1));
            }
            Set<PackageId> ids = new HashSet<>();
            for (Future<PackageId> f : pool.invokeAll(calls)) {
                ids.add(f.get());
            }
            assertEquals(20, ids.size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void storesAndReadsBackAPackageWithItsSelectionAndContent() {
        DriverPackage p = pkg(storage.packages().allocate(PS1), DriverPackage.folderFor(SHARE, XP, R61));
        storage.packages().insert(p);
        assertEquals(p, storage.packages().find(p.id()).orElseThrow());
        assertEquals("\\\\sccm01\\Drivers\\PC\\SCCM_Driver_Packages\\XP\\R61-8935CTO", p.source().value());
        assertEquals(p.id(), storage.packages().findBySource(UncPath.of("\\\\SCCM01\\drivers\\pc\\sccm_driver_packages\\xp\\r61-8935cto")).orElseThrow().id());
        DriverPackage updated = p.withContent(List.of("h3"), 2, Details.NOW.plusSeconds(60));
        storage.packages().update(updated);
        assertEquals(updated, storage.packages().find(p.id()).orElseThrow());
        assertEquals(List.of(updated), storage.packages().list());
        storage.packages().delete(p.id());
        assertTrue(storage.packages().find(p.id()).isEmpty());
    }

    @Test
    void aSourceFolderBelongsToOnePackage() {
        UncPath source = DriverPackage.folderFor(SHARE, XP, R61);
        storage.packages().insert(pkg(storage.packages().allocate(PS1), source));
        OsdkitException e = assertThrows(OsdkitException.class, () -> storage.packages().insert(pkg(storage.packages().allocate(PS1), source)));
        assertEquals(DriverErrors.PACKAGE_FOLDER_OWNED, e.code());
        assertTrue(e.getMessage().contains("PS100001"), e.getMessage());
    }

    @Test
    void keepsDistributionPointsGroupsAndStatus() {
        DistributionStore dps = storage.distribution();
        dps.addPoint(new DistributionPoint("DP01.contoso.com", PS1, UncPath.of("\\\\dp01.contoso.com\\SMSPKGD$")));
        dps.addPoint(new DistributionPoint("dp02.contoso.com", PS1, UncPath.of("\\\\dp02.contoso.com\\SMSPKGD$")));
        assertEquals(DriverErrors.DP_EXISTS, assertThrows(OsdkitException.class,
                () -> dps.addPoint(new DistributionPoint("dp01.contoso.com", PS1, UncPath.of("\\\\x\\y")))).code());
        assertEquals("dp01.contoso.com", dps.point("DP01.CONTOSO.COM").orElseThrow().name());
        dps.addToGroup("Branch", List.of("dp01.contoso.com", "dp02.contoso.com"));
        dps.addToGroup("branch", List.of("dp01.contoso.com"));
        assertEquals(List.of(new DistributionPointGroup("Branch", List.of("dp01.contoso.com", "dp02.contoso.com"))), dps.groups());
        dps.removeFromGroup("BRANCH", List.of("dp02.contoso.com"));
        assertEquals(List.of("dp01.contoso.com"), dps.group("branch").orElseThrow().members());

        DriverPackage p = pkg(storage.packages().allocate(PS1), DriverPackage.folderFor(SHARE, XP, R61));
        storage.packages().insert(p);
        dps.setStatus(new DistributionStatus(p.id(), "dp01.contoso.com", DistributionState.DISTRIBUTION_PENDING, 1, Details.NOW, "copying"));
        DistributionStatus done = new DistributionStatus(p.id(), "dp01.contoso.com", DistributionState.DISTRIBUTED, 1, Details.NOW.plusSeconds(5), null);
        dps.setStatus(done);
        assertEquals(List.of(done), dps.status(Optional.of(p.id())));
        assertTrue(dps.removePoint("dp01.contoso.com"));
        assertTrue(dps.status(Optional.empty()).isEmpty(), "status rows go with their distribution point");
        assertEquals(List.of(), dps.group("branch").orElseThrow().members());
    }
}
