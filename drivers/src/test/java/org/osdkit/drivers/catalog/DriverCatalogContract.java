package org.osdkit.drivers.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.Architecture;
import org.osdkit.core.OsTarget;
import org.osdkit.drivers.inf.SectionState;

/** The catalog and import-cache ports, run on H2 always and on PostgreSQL when configured. */
abstract class DriverCatalogContract extends StorageContract {

    @TempDir
    Path root;

    DriverDetail network;
    DriverDetail storageDriver;

    @BeforeEach
    void drivers() {
        Path sources = R61Sources.write(root);
        network = Details.of(sources.resolve("Network/e1e5132.inf"), sources, "R61-8935CTO");
        storageDriver = Details.of(sources.resolve("Storage/iastor.inf"), sources, "R61-8935CTO", "Storage");
    }

    DriverCatalog catalog() {
        return storage.catalog();
    }

    @Test
    void storesADriverWithItsFilesPlatformsModelsAndCategories() {
        assertEquals(ImportOutcome.IMPORTED, catalog().add(network, DuplicateOption.SKIP));
        DriverDetail back = catalog().find(network.driver().driverHash().substring(0, 10)).orElseThrow();
        assertEquals(network.driver(), back.driver());
        assertEquals(network.files(), back.files());
        assertEquals(network.models(), back.models());
        assertEquals(Set.copyOf(network.platforms()), Set.copyOf(back.platforms()));
        assertEquals(network.contentHash(), back.contentHash());
        assertEquals(List.of("PCI\\VEN_8086&DEV_109A"), back.models().get(0).compatibleIds());
        assertEquals("06/21/2007,9.13.41.3", back.driver().driverVer().toString());
    }

    @Test
    void removingADriverDeletesItWithItsRowsAndLeavesTheOthers() {
        catalog().add(network, DuplicateOption.SKIP);
        catalog().add(storageDriver, DuplicateOption.SKIP);
        assertTrue(catalog().remove(network.driver().driverHash()));
        assertTrue(catalog().find(network.driver().driverHash()).isEmpty());
        assertTrue(catalog().query(CatalogQuery.ALL).stream().noneMatch(d -> d.driverHash().equals(network.driver().driverHash())));
        assertTrue(catalog().find(storageDriver.driver().driverHash()).isPresent());
        assertFalse(catalog().remove(network.driver().driverHash()), "gone already");
        assertEquals(ImportOutcome.IMPORTED, catalog().add(network, DuplicateOption.SKIP), "it can be imported again");
    }

    @Test
    void aDuplicateIsHandledByTheDuplicateOption() {
        catalog().add(network, DuplicateOption.SKIP);
        DriverDetail again = new DriverDetail(network.driver().withCategories(List.of("Intel")), network.infHash(), network.contentHash(),
                network.files(), network.platforms(), network.models());
        assertEquals(ImportOutcome.UNCHANGED, catalog().add(again, DuplicateOption.SKIP));
        assertEquals(ImportOutcome.CATEGORIES_APPENDED, catalog().add(again, DuplicateOption.APPEND_CATEGORIES));
        assertEquals(ImportOutcome.UNCHANGED, catalog().add(again, DuplicateOption.APPEND_CATEGORIES));
        assertEquals(List.of("Intel", "R61-8935CTO"), catalog().find(network.driver().driverHash()).orElseThrow().driver().categories());
        assertEquals(ImportOutcome.CATEGORIES_REPLACED, catalog().categorize(network.driver().driverHash(), List.of("Net"), DuplicateOption.REPLACE_CATEGORIES));
        assertEquals(List.of("Net"), catalog().find(network.driver().driverHash()).orElseThrow().driver().categories());
        assertEquals(1, catalog().query(CatalogQuery.ALL).size());
    }

    @Test
    void queriesByCategoryClassProviderHardwareIdAndOs() {
        catalog().add(network, DuplicateOption.SKIP);
        catalog().add(storageDriver, DuplicateOption.SKIP);
        assertEquals(2, catalog().query(CatalogQuery.category("r61-8935cto")).size());
        assertEquals(List.of("iastor.inf"), names(catalog().query(CatalogQuery.category("STORAGE"))));
        assertEquals(List.of("iastor.inf"), names(catalog().query(new CatalogQuery(null, "scsiadapter", null, null, null))));
        assertEquals(2, catalog().query(new CatalogQuery(null, null, "intel", null, null)).size());
        assertEquals(List.of("e1e5132.inf"), names(catalog().query(new CatalogQuery(null, null, null, "pci\\ven_8086&dev_109a", null))));
        assertEquals(List.of("e1e5132.inf"), names(catalog().query(new CatalogQuery(null, null, null, null, OsTarget.parse("Win7", Architecture.X64)))));
        assertEquals(2, catalog().query(new CatalogQuery(null, null, null, null, OsTarget.parse("XP", Architecture.X86))).size());
        assertEquals(List.of("R61-8935CTO", "Storage"), catalog().categories());
    }

    private static List<String> names(List<CatalogDriver> drivers) {
        return drivers.stream().map(CatalogDriver::infName).toList();
    }

    @Test
    void findsMatchCandidatesByHardwareOrCompatibleIdAndLeavesDisabledDriversOut() {
        catalog().add(network, DuplicateOption.SKIP);
        catalog().add(storageDriver, DuplicateOption.SKIP);
        List<MatchCandidate> byCompatible = catalog().candidates(List.of("PCI\\VEN_8086&DEV_109A"));
        assertEquals(2, byCompatible.size(), "one models line per decoration of the network INF");
        assertTrue(byCompatible.stream().allMatch(c -> c.driver().infName().equals("e1e5132.inf")));
        assertEquals(SectionState.PRESENT, byCompatible.get(0).platforms().get(0).state());
        catalog().setEnabled(network.driver().driverHash(), false);
        assertTrue(catalog().candidates(List.of("PCI\\VEN_8086&DEV_109A")).isEmpty());
        assertEquals(1, catalog().candidates(List.of(R61Sources.STORAGE_HWID, "NOT\\THERE")).size());
    }

    @Test
    void aPrefixThatIsTooShortOrAmbiguousFindsNothing() {
        catalog().add(network, DuplicateOption.SKIP);
        assertTrue(catalog().find("abc").isEmpty());
        assertTrue(catalog().find("zzzzzzzzzz").isEmpty());
        assertFalse(catalog().find(network.driver().driverHash()).isEmpty());
    }

    @Test
    void twoWritersAddingTheSameDriverAtOnceStoreItOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<ImportOutcome> add = () -> catalog().add(network, DuplicateOption.APPEND_CATEGORIES);
            List<Future<ImportOutcome>> results = pool.invokeAll(List.of(add, add, add, add));
            long imported = 0;
            for (Future<ImportOutcome> f : results) {
                imported += f.get() == ImportOutcome.IMPORTED ? 1 : 0;
            }
            assertEquals(1, imported);
            assertEquals(1, catalog().query(CatalogQuery.ALL).size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theImportCacheKeepsDigestsAndSourceInfsUnderAPrefix() {
        ImportCache cache = storage.importCache();
        cache.storeDigests(Map.of("/src/a/x.sys", new FileDigest(3, 100, "aa"), "/src_b/y.sys", new FileDigest(4, 200, "bb")));
        cache.storeDigests(Map.of("/src/a/x.sys", new FileDigest(5, 300, "cc")));
        assertEquals(Map.of("/src/a/x.sys", new FileDigest(5, 300, "cc")), cache.digests("/src/"));
        cache.storeSourceInfs(List.of(new ImportCache.SourceInf("/src/a/x.inf", "h1", "f1", List.of("x.sys", "x.cat"))));
        assertEquals(List.of("x.sys", "x.cat"), cache.sourceInfs("/src/").get("/src/a/x.inf").closure());
        assertTrue(cache.sourceInfs("/src_").isEmpty(), "an underscore in the prefix is not a wildcard");
    }
}
