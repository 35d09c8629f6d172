package org.osdkit.drivers.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.osdkit.drivers.packages.PackageStoreContract.PS1;
import static org.osdkit.drivers.packages.PackageStoreContract.R61;
import static org.osdkit.drivers.packages.PackageStoreContract.SHARE;
import static org.osdkit.drivers.packages.PackageStoreContract.XP;
import static org.osdkit.drivers.packages.PackageStoreContract.pkg;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.osdkit.core.Architecture;
import org.osdkit.core.HardwareModel;
import org.osdkit.core.OsTarget;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.PackageId;
import org.osdkit.core.UncPath;
import org.osdkit.drivers.catalog.Details;
import org.osdkit.drivers.catalog.DriverErrors;
import org.osdkit.drivers.catalog.StorageContract;
import org.osdkit.drivers.packages.DriverPackage;
import org.osdkit.drivers.packages.PackageSummary;

/** The distribution point port, on H2 always and PostgreSQL when configured. */
abstract class DistributionStoreContract extends StorageContract {

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

    @Test
    void countsStatusRowsPerStateAndBehindInOneQuery() {
        DistributionStore dps = storage.distribution();
        assertEquals(List.of(), dps.counts());
        for (String dp : List.of("dp01", "dp02", "dp03")) {
            dps.addPoint(new DistributionPoint(dp + ".contoso.com", PS1, UncPath.of("\\\\" + dp + ".contoso.com\\SMSPKGD$")));
        }
        DriverPackage made = pkg(storage.packages().allocate(PS1), DriverPackage.folderFor(SHARE, XP, R61));
        DriverPackage p = new DriverPackage(made.id(), made.name(), made.description(), R61, XP, SHARE, made.source(), 3, made.categories(),
                made.explicitDrivers(), made.exclusions(), made.drivers(), Details.NOW, Details.NOW);
        storage.packages().insert(p);
        dps.setStatus(new DistributionStatus(p.id(), "dp01.contoso.com", DistributionState.DISTRIBUTED, 3, Details.NOW, null));
        dps.setStatus(new DistributionStatus(p.id(), "dp02.contoso.com", DistributionState.DISTRIBUTED, 2, Details.NOW, null));
        dps.setStatus(new DistributionStatus(p.id(), "dp03.contoso.com", DistributionState.DISTRIBUTION_FAILED, 1, Details.NOW, "access denied"));
        List<ContentCount> expected = List.of(new ContentCount(DistributionState.DISTRIBUTED, false, 1), new ContentCount(DistributionState.DISTRIBUTED, true, 1),
                new ContentCount(DistributionState.DISTRIBUTION_FAILED, false, 1));
        assertEquals(expected, dps.counts());
        // The same as counting the rows ContentStatus tells against the package's version.
        List<DpContentStatus> rows = new ContentStatus(storage.packages(), dps).list(Optional.empty());
        assertEquals(1, rows.stream().filter(DpContentStatus::behind).count());
        assertEquals(3, rows.size());
    }

    @Test
    void pagesEveryPackagesRowsInOrderToldAgainstEachPackagesVersion() {
        DistributionStore dps = storage.distribution();
        assertEquals(List.of(), dps.page(0, 10));
        for (String dp : List.of("dp02", "dp01")) {
            dps.addPoint(new DistributionPoint(dp + ".contoso.com", PS1, UncPath.of("\\\\" + dp + ".contoso.com\\SMSPKGD$")));
        }
        DriverPackage first = pkg(storage.packages().allocate(PS1), DriverPackage.folderFor(SHARE, XP, R61));
        storage.packages().insert(first);
        DriverPackage made = pkg(storage.packages().allocate(PS1), SHARE.resolve("other"));
        DriverPackage second = new DriverPackage(made.id(), made.name(), made.description(), R61, XP, SHARE, made.source(), 4, made.categories(),
                made.explicitDrivers(), made.exclusions(), made.drivers(), Details.NOW, Details.NOW);
        storage.packages().insert(second);
        // Written out of order: the page is in package and DP order all the same.
        dps.setStatus(new DistributionStatus(second.id(), "dp02.contoso.com", DistributionState.DISTRIBUTED, 4, Details.NOW, null));
        dps.setStatus(new DistributionStatus(first.id(), "dp02.contoso.com", DistributionState.DISTRIBUTION_FAILED, 1, Details.NOW, "access denied"));
        dps.setStatus(new DistributionStatus(second.id(), "dp01.contoso.com", DistributionState.DISTRIBUTED, 3, Details.NOW, null));
        dps.setStatus(new DistributionStatus(first.id(), "dp01.contoso.com", DistributionState.DISTRIBUTED, 1, Details.NOW, null));

        List<DpContentStatus> all = new ContentStatus(storage.packages(), dps).list(Optional.empty());
        assertEquals(all, dps.page(0, 10), "the same rows, told the same way, as reading every row");
        assertEquals(List.of(first.id() + "/dp01.contoso.com", first.id() + "/dp02.contoso.com", second.id() + "/dp01.contoso.com",
                second.id() + "/dp02.contoso.com"), all.stream().map(r -> r.packageId() + "/" + r.dpName()).toList());
        List<DpContentStatus> middle = dps.page(1, 2);
        assertEquals(all.subList(1, 3), middle);
        assertEquals("behind (has 3, package is 4)", middle.get(1).summary(), "told against the package's SourceVersion, read in the same query");
        assertEquals(all.subList(3, 4), dps.page(3, 2));
        assertEquals(List.of(), dps.page(4, 2));
        assertEquals(List.of(), dps.page(0, 0));
        assertThrows(IllegalArgumentException.class, () -> dps.page(-1, 2));
    }

    private DriverPackage stored(HardwareModel model, OsTarget os, int version) {
        DriverPackage made = pkg(storage.packages().allocate(PS1), DriverPackage.folderFor(SHARE, os, model));
        DriverPackage p = new DriverPackage(made.id(), DriverPackage.defaultName(model, os), made.description(), model, os, SHARE, made.source(), version,
                made.categories(), made.explicitDrivers(), made.exclusions(), made.drivers(), Details.NOW, Details.NOW);
        storage.packages().insert(p);
        return p;
    }

    @Test
    void pagesFilteredPackagesInModelOsAndIdOrderAndCountsTheirContentGrouped() {
        DistributionStore dps = storage.distribution();
        for (String dp : List.of("dp02", "dp01")) {
            dps.addPoint(new DistributionPoint(dp + ".contoso.com", PS1, UncPath.of("\\\\" + dp + ".contoso.com\\SMSPKGD$")));
        }
        OsTarget win10 = OsTarget.parse("Win10-22H2", Architecture.X64);
        HardwareModel t480 = new HardwareModel("Lenovo", "T480", null);
        HardwareModel hp = new HardwareModel("HP", "EliteBook_840", "G5");
        DriverPackage r61xp = stored(R61, XP, 2);
        DriverPackage t480w10 = stored(t480, win10, 1);
        DriverPackage hpw10 = stored(hp, win10, 1);
        DriverPackage r61w10 = stored(R61, win10, 1);
        dps.setStatus(new DistributionStatus(r61xp.id(), "dp01.contoso.com", DistributionState.DISTRIBUTED, 1, Details.NOW, null));
        dps.setStatus(new DistributionStatus(r61xp.id(), "dp02.contoso.com", DistributionState.DISTRIBUTED, 2, Details.NOW, null));
        dps.setStatus(new DistributionStatus(t480w10.id(), "dp02.contoso.com", DistributionState.DISTRIBUTION_FAILED, 1, Details.NOW, "denied"));
        dps.setStatus(new DistributionStatus(hpw10.id(), "dp01.contoso.com", DistributionState.DISTRIBUTION_PENDING, 1, Details.NOW, null));

        // Model display name, then OS label, then PackageID: HP first, the R61's two OSes by label, the T480 last.
        List<PackageId> order = List.of(hpw10.id(), r61w10.id(), r61xp.id(), t480w10.id());
        assertEquals(order, ids(dps.packages(PackageFilter.ANY, 0, 10)));
        assertEquals(order.subList(1, 3), ids(dps.packages(PackageFilter.ANY, 1, 2)));
        assertEquals(List.of(), dps.packages(PackageFilter.ANY, 4, 2));
        assertEquals(List.of(), dps.packages(PackageFilter.ANY, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> dps.packages(PackageFilter.ANY, -1, 2));
        PackageSummary first = dps.packages(PackageFilter.ANY, 0, 1).get(0);
        assertEquals(hp, first.model());
        assertEquals(2, first.driverCount());

        // Model contains, any case; a LIKE wildcard in the text is a plain character.
        assertEquals(List.of(r61w10.id(), r61xp.id()), ids(dps.packages(new PackageFilter("r61 8935", null, Set.of(), false), 0, 10)));
        assertEquals(List.of(hpw10.id()), ids(dps.packages(new PackageFilter("book_840 g", null, Set.of(), false), 0, 10)));
        assertEquals(List.of(), ids(dps.packages(new PackageFilter("book%840", null, Set.of(), false), 0, 10)));
        assertEquals(List.of(r61xp.id()), ids(dps.packages(new PackageFilter(null, "XP x86", Set.of(), false), 0, 10)));
        assertEquals(List.of(r61w10.id(), t480w10.id()), ids(dps.packages(new PackageFilter("lenovo", "Win10-22H2 x64", Set.of(), false), 0, 10)));
        // A content state: a row in it, behind or not.
        PackageFilter behind = new PackageFilter(null, null, Set.of(DistributionState.DISTRIBUTED), true);
        PackageFilter current = new PackageFilter(null, null, Set.of(DistributionState.DISTRIBUTED), false);
        PackageFilter failed = new PackageFilter(null, null, Set.of(DistributionState.DISTRIBUTION_FAILED, DistributionState.REMOVAL_FAILED), false);
        assertEquals(List.of(r61xp.id()), ids(dps.packages(behind, 0, 10)));
        assertEquals(List.of(r61xp.id()), ids(dps.packages(current, 0, 10)));
        assertEquals(List.of(t480w10.id()), ids(dps.packages(failed, 0, 10)));
        assertEquals(List.of(), ids(dps.packages(new PackageFilter("HP", null, Set.of(DistributionState.DISTRIBUTED), false), 0, 10)));

        // Per DP: the grouped counts are what counting the rows ContentStatus tells gives.
        List<DpContentStatus> rows = new ContentStatus(storage.packages(), dps).list(Optional.empty());
        assertEquals(perPoint(rows), dps.countsPerPoint(PackageFilter.ANY));
        assertEquals(List.of(new DpContentCount("dp01.contoso.com", DistributionState.DISTRIBUTED, true, 1),
                new DpContentCount("dp02.contoso.com", DistributionState.DISTRIBUTED, false, 1)), dps.countsPerPoint(behind),
                "every row of the packages the filter matches");
        assertEquals(List.of(), dps.countsPerPoint(new PackageFilter("T480", "XP x86", Set.of(), false)));

        // Per package: only the packages asked for.
        assertEquals(List.of(new PackageContentCount(r61xp.id(), DistributionState.DISTRIBUTED, false, 1),
                new PackageContentCount(r61xp.id(), DistributionState.DISTRIBUTED, true, 1),
                new PackageContentCount(t480w10.id(), DistributionState.DISTRIBUTION_FAILED, false, 1)),
                dps.countsPerPackage(List.of(t480w10.id(), r61xp.id(), r61w10.id())));
        assertEquals(List.of(), dps.countsPerPackage(List.of()));

        assertEquals(List.of(win10, XP), storage.packages().targets());
    }

    private static List<PackageId> ids(List<PackageSummary> summaries) {
        return summaries.stream().map(PackageSummary::id).toList();
    }

    private static List<DpContentCount> perPoint(List<DpContentStatus> rows) {
        Map<List<Object>, Long> n = rows.stream().collect(Collectors.groupingBy(r -> List.of(r.dpName(), r.state(), r.behind()), Collectors.counting()));
        return n.entrySet().stream().map(e -> new DpContentCount((String) e.getKey().get(0), (DistributionState) e.getKey().get(1),
                        (Boolean) e.getKey().get(2), e.getValue().intValue()))
                .sorted(Comparator.comparing(DpContentCount::dpName).thenComparing(DpContentCount::state).thenComparing(DpContentCount::behind)).toList();
    }
}
