package org.osdkit.drivers.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
import org.osdkit.drivers.catalog.Details;
import org.osdkit.drivers.catalog.DriverErrors;
import org.osdkit.drivers.catalog.StorageContract;

/** The driver package port, on H2 always and PostgreSQL when configured. */
public abstract class PackageStoreContract extends StorageContract {

    public static final SiteCode PS1 = SiteCode.of("PS1");
    public static final HardwareModel R61 = new HardwareModel("Lenovo", "R61", "8935CTO");
    public static final OsTarget XP = OsTarget.parse("XP", Architecture.X86);
    public static final UncPath SHARE = UncPath.of("\\\\sccm01\\Drivers\\PC");

    /** A package record of the R61 for XP, its selection and content made up. */
    public static DriverPackage pkg(PackageId id, UncPath source) {
        return new DriverPackage(id, DriverPackage.defaultName(R61, XP), "R61 for XP", R61, XP, SHARE, source, 1, List.of("R61-8935CTO"),
                List.of("abcdef0123"), List.of("iastor.inf", "class:SCSIAdapter"), List.of("h1", "h2"), Details.NOW, Details.NOW);
    }

    @Test
    void keepsWhetherAPackageKeepsSupersededDrivers() {
        DriverPackageStore store = storage.packages();
        DriverPackage p = pkg(store.allocate(PS1), SHARE.resolve("SCCM_Driver_Packages", "XP", "R61-8935CTO"));
        store.insert(p);
        assertEquals(false, store.require(p.id()).keepSuperseded());
        store.update(p.withKeepSuperseded(true));
        assertEquals(true, store.require(p.id()).keepSuperseded());
        assertEquals(true, store.list().get(0).keepSuperseded());
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

    /** A package of model {@code model} for XP holding {@code drivers}, at SourceVersion {@code version}. */
    private DriverPackage stored(String model, int version, List<String> drivers) {
        HardwareModel m = new HardwareModel("Lenovo", model, null);
        DriverPackage p = new DriverPackage(storage.packages().allocate(PS1), DriverPackage.defaultName(m, XP), "", m, XP, SHARE,
                DriverPackage.folderFor(SHARE, XP, m), version, List.of("c-" + model), List.of(), List.of(), drivers, Details.NOW, Details.NOW);
        storage.packages().insert(p);
        return p;
    }

    @Test
    void countsPagesAndSummarisesPackagesWithoutReadingEveryDriverList() {
        DriverPackageStore store = storage.packages();
        assertEquals(0, store.count());
        assertEquals(0, store.distinctDrivers());
        assertEquals(List.of(), store.page(0, 10));
        assertEquals(List.of(), store.summaries());
        DriverPackage a = stored("R61", 1, List.of("h1", "h2", "h3"));
        DriverPackage b = stored("T60", 3, List.of("h2", "h4"));
        DriverPackage c = stored("X200", 2, List.of());
        assertEquals(3, store.count());
        assertEquals(4, store.distinctDrivers(), "h2 is in two packages and counts once");
        assertEquals(List.of(a, b, c), store.page(0, 10));
        assertEquals(List.of(b), store.page(1, 1), "the second package, with its drivers in order");
        assertEquals(List.of(c), store.page(2, 5));
        assertEquals(List.of(), store.page(3, 5));
        assertEquals(List.of(), store.page(0, 0));
        List<PackageSummary> summaries = List.of(summary(a, 3), summary(b, 2), summary(c, 0));
        assertEquals(summaries, store.summaries());
        assertEquals(summaries.subList(1, 3), store.summaries(1, 5));
        assertEquals(summaries.subList(0, 1), store.summaries(0, 1));
        assertEquals(List.of(), store.summaries(3, 5));
        assertEquals(List.of(), store.summaries(0, 0));
        store.delete(a.id());
        assertEquals(2, store.count());
        assertEquals(2, store.distinctDrivers());
    }

    private static PackageSummary summary(DriverPackage p, int driverCount) {
        return new PackageSummary(p.id(), p.name(), p.model(), p.os(), p.source(), p.sourceVersion(), driverCount, p.updated());
    }

    /** The distinct drivers of every package, counted the slow way: every package read with its drivers. */
    private int countedFromEveryPackage() {
        return (int) storage.packages().list().stream().flatMap(p -> p.drivers().stream()).distinct().count();
    }

    private DriverPackage withDrivers(DriverPackage p, List<String> drivers) {
        return new DriverPackage(p.id(), p.name(), p.description(), p.model(), p.os(), p.share(), p.source(), p.sourceVersion() + 1, p.categories(),
                p.explicitDrivers(), p.exclusions(), drivers, p.created(), p.updated(), p.keepSuperseded());
    }

    @Test
    void theKeptCountOfDistinctDriversFollowsCreateUpdateAndRemove() {
        DriverPackageStore store = storage.packages();
        DriverPackage a = stored("R61", 1, List.of("h1", "h2", "h3"));
        DriverPackage b = stored("T60", 1, List.of("h3", "h4"));
        assertEquals(4, store.distinctDrivers());
        DriverPackage c = stored("X200", 1, List.of("h1", "h4", "h4"));
        assertEquals(4, store.distinctDrivers(), "a package of drivers others hold adds none, a driver listed twice counts once");
        assertEquals(3, store.summaries().get(2).driverCount(), "a package's count is its content's rows, as its driver list has them");

        store.update(withDrivers(a, List.of("h2", "h5")));
        assertEquals(5, store.distinctDrivers(), "h5 is new; h1 and h3 left a but c and b hold them");
        assertEquals(countedFromEveryPackage(), store.distinctDrivers());
        store.update(withDrivers(c, List.of()));
        assertEquals(4, store.distinctDrivers(), "h1 was only in c");
        assertEquals(0, store.summaries().get(2).driverCount());
        store.update(withDrivers(b, List.of("h3", "h4")));
        assertEquals(4, store.distinctDrivers(), "an update that keeps the content changes nothing");
        store.delete(b.id());
        assertEquals(2, store.distinctDrivers(), "h3 and h4 went with b");
        store.delete(b.id());
        assertEquals(2, store.distinctDrivers(), "deleting a package that is gone changes nothing");
        store.delete(a.id());
        assertEquals(0, store.distinctDrivers());
        assertEquals(countedFromEveryPackage(), store.distinctDrivers());
    }

    @Test
    void aRefusedInsertLeavesTheKeptCountAlone() {
        DriverPackage a = stored("R61", 1, List.of("h1"));
        DriverPackage sameFolder = new DriverPackage(storage.packages().allocate(PS1), a.name(), "", a.model(), XP, SHARE, a.source(), 1, List.of(),
                List.of(), List.of(), List.of("h7", "h8"), Details.NOW, Details.NOW);
        assertEquals(DriverErrors.PACKAGE_FOLDER_OWNED, assertThrows(OsdkitException.class, () -> storage.packages().insert(sameFolder)).code());
        assertEquals(1, storage.packages().distinctDrivers());
    }

    @Test
    void concurrentUpdatesOfPackagesSharingDriversKeepTheCountExact() throws Exception {
        // Four packages, each rewritten 15 times by its own thread with contents drawn from ten shared drivers:
        // a writer that counted "held by no other package" on a stale view would leave the total off.
        List<DriverPackage> packages = new ArrayList<>();
        for (String model : List.of("A1", "B2", "C3", "D4")) {
            packages.add(stored(model, 1, List.of("s0", "s1")));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Void>> writers = new ArrayList<>();
            for (int w = 0; w < packages.size(); w++) {
                DriverPackage p = packages.get(w);
                int seed = w;
                writers.add(() -> {
                    java.util.Random random = new java.util.Random(seed);
                    for (int round = 0; round < 15; round++) {
                        List<String> content = new ArrayList<>();
                        for (int d = 0; d < 10; d++) {
                            if (random.nextInt(3) == 0) {
                                content.add("s" + d);
                            }
                        }
                        storage.packages().update(withDrivers(p, content));
                    }
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(writers)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(countedFromEveryPackage(), storage.packages().distinctDrivers());
    }

    @Test
    void theMigrationCountsWhatAnEarlierVersionStored() throws Exception {
        DriverPackage a = stored("R61", 1, List.of("h1", "h2"));
        DriverPackage b = stored("T60", 1, List.of("h2", "h3", "h3"));
        stored("X200", 1, List.of());
        // Back to what a database before V5 held (no kept counts), then V5's own statements that fill them in.
        String script;
        try (var in = DriverPackage.class.getResourceAsStream("/db/migration/drivers/common/V5__package_driver_counts.sql")) {
            script = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        List<String> backfill = java.util.Arrays.stream(script.replaceAll("(?m)^--.*$", "").split(";")).map(String::strip)
                .filter(st -> st.startsWith("UPDATE") || st.startsWith("INSERT")).toList();
        assertEquals(2, backfill.size(), script);
        database.jdbi().useTransaction(h -> {
            h.execute("UPDATE drivers_package SET driver_count = 0");
            h.execute("DELETE FROM drivers_package_totals");
            backfill.forEach(h::execute);
        });
        assertEquals(3, storage.packages().distinctDrivers());
        assertEquals(List.of(2, 3, 0), storage.packages().summaries().stream().map(PackageSummary::driverCount).toList());
        storage.packages().delete(a.id());
        assertEquals(2, storage.packages().distinctDrivers(), "h1 went with R61; the kept count goes on from the filled-in one");
        assertEquals(b.id(), storage.packages().summaries().get(0).id());
    }
}
