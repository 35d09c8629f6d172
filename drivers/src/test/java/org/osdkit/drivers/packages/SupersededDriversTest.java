package org.osdkit.drivers.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.whatif.ShouldProcess;
import org.osdkit.core.whatif.WhatIfRecorder;
import org.osdkit.drivers.catalog.CatalogDriver;
import org.osdkit.drivers.catalog.CatalogQuery;
import org.osdkit.drivers.catalog.DriverErrors;
import org.osdkit.drivers.catalog.FakeDriver;
import org.osdkit.drivers.catalog.ImportDrivers;
import org.osdkit.drivers.catalog.ImportReport;
import org.osdkit.drivers.catalog.ImportRequest;
import org.osdkit.drivers.catalog.R61Sources;
import org.osdkit.drivers.catalog.ScanListener;
import org.osdkit.drivers.catalog.SupersededDrivers;

/**
 * Issue 12 item 5: a newer version of a driver (same provider, INF name and hardware IDs, newer DriverVer)
 * imported into a category replaces the older one in packages unless kept; the older one can be listed and
 * removed from the catalog, never from under a package that holds it.
 */
class SupersededDriversTest extends PackageWorkflowFixture {

    private String v1;

    /** NVIDIA's next release of the R61's video driver, imported into the same category. */
    private String importVideoV2(String driverVer, String hardwareId) {
        v1 = hashOf("Video/nv4_disp.inf");
        Path folder = shareFolder.resolve("Updates").resolve("Video-" + driverVer.replace('/', '-').replace(',', '_'));
        FakeDriver.named("nv4_disp").setupClass("Display", "{4d36e968-e325-11ce-bfc1-08002be10318}").provider("NVIDIA").driverVer(driverVer)
                .decorations("NTx86").model("NVIDIA Quadro NVS 140M", hardwareId).sys("nv4_disp.sys", "nv4_disp " + driverVer).writeTo(folder);
        ImportReport report = new ImportDrivers(storage.catalog(), storage.importCache(), audit)
                .run(ImportRequest.of(folder, List.of(R61Sources.MODEL_FOLDER)), ScanListener.NONE);
        return report.infs().get(0).driverHash();
    }

    private Map<String, CatalogDriver> superseded() {
        return SupersededDrivers.among(storage.catalog().query(CatalogQuery.ALL).stream().flatMap(d -> storage.catalog().find(d.driverHash()).stream()).toList());
    }

    @Test
    void aNewPackageTakesOnlyTheNewestVersion() {
        String v2 = importVideoV2("03/01/2008,7.15.11.6369", R61Sources.VIDEO_HWID);
        PackageBuild build = create().create(r61(List.of(), false));
        assertTrue(build.driverPackage().drivers().contains(v2));
        assertFalse(build.driverPackage().drivers().contains(v1));
        assertTrue(build.skipped().stream().anyMatch(s -> s.startsWith("nv4_disp.inf (" + v1.substring(0, 12)) && s.contains("superseded by " + v2.substring(0, 12))),
                build.skipped().toString());
        assertEquals(6, build.driverPackage().drivers().size());
    }

    @Test
    void keepSupersededKeepsEveryVersionAndThePackageRemembersIt() {
        String v2 = importVideoV2("03/01/2008,7.15.11.6369", R61Sources.VIDEO_HWID);
        PackageRequest r = new PackageRequest(PS1, R61, XP, share, List.of(R61Sources.MODEL_FOLDER), List.of(), List.of(), null, null, false, false, true);
        DriverPackage p = create().create(r).driverPackage();
        assertTrue(p.drivers().containsAll(List.of(v1, v2)));
        assertTrue(storage.packages().require(p.id()).keepSuperseded());
        assertTrue(update().update(p.id(), PackageChange.refresh()).driverPackage().drivers().containsAll(List.of(v1, v2)), "a refresh keeps both");
        DriverPackage newestOnly = update().update(p.id(), new PackageChange(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), false, false))
                .driverPackage();
        assertFalse(newestOnly.drivers().contains(v1));
        assertFalse(Files.exists(newestOnly.source().toPath().resolve(v1)), "the older version's content left the package");
        assertFalse(storage.packages().require(p.id()).keepSuperseded());
    }

    @Test
    void anUpdateAfterTheImportReplacesTheOlderVersionInOneNewSourceVersion() {
        DriverPackage p = create().create(r61(List.of(), false)).driverPackage();
        String v2 = importVideoV2("03/01/2008,7.15.11.6369", R61Sources.VIDEO_HWID);
        PackageBuild build = update().update(p.id(), PackageChange.refresh());
        assertEquals(List.of(v1), build.removed());
        assertEquals(List.of(v2), build.added().stream().map(CatalogDriver::driverHash).toList());
        assertEquals(2, build.driverPackage().sourceVersion());
    }

    @Test
    void onlyTheSameProviderInfAndHardwareIdsWithANewerDriverVerSupersede() {
        String other = importVideoV2("03/01/2008,7.15.11.6369", "PCI\\VEN_10DE&DEV_042B");
        assertTrue(superseded().isEmpty(), "other hardware IDs: a different driver, both stay");
        assertTrue(create().create(r61(List.of(), false)).driverPackage().drivers().containsAll(List.of(v1, other)));
        String older = importVideoV2("01/01/2006,6.0.0.1", R61Sources.VIDEO_HWID);
        assertNotEquals(older, v1);
        assertEquals(1, superseded().size(), superseded().toString());
        assertEquals(v1, superseded().get(older).driverHash(), "an older release imported later is the superseded one");
    }

    @Test
    void removingADriverIsRefusedWhileAPackageHoldsItAndFromPackagesTakesItOutFirst() {
        String v2 = importVideoV2("03/01/2008,7.15.11.6369", R61Sources.VIDEO_HWID);
        PackageRequest r = new PackageRequest(PS1, R61, XP, share, List.of(R61Sources.MODEL_FOLDER), List.of(), List.of(), null, null, false, false, true);
        DriverPackage p = create().create(r).driverPackage();
        RemoveCatalogDriver remove = new RemoveCatalogDriver(storage.catalog(), storage.packages(), audit);

        OsdkitException refused = assertThrows(OsdkitException.class, () -> remove.remove(v1.substring(0, 12), false, ShouldProcess.always()));
        assertEquals(DriverErrors.DRIVER_IN_USE, refused.code());
        assertTrue(refused.getMessage().contains(p.id().value()) && refused.action().orElse("").contains("--from-packages"), refused.describe());
        assertTrue(storage.catalog().find(v1).isPresent());
        assertTrue(journal.entries.stream().anyMatch(e -> e.action().equals("drivers.driver.remove") && e.outcome().startsWith("refused")));

        WhatIfRecorder plan = new WhatIfRecorder();
        DriverRemoval planned = remove.remove(v1, true, plan);
        assertFalse(planned.removed());
        assertEquals(2, plan.plan().size(), plan.plan().whatIfLines().toString());
        assertTrue(storage.catalog().find(v1).isPresent(), "what-if changes nothing");
        assertTrue(Files.isDirectory(p.source().toPath().resolve(v1)));
        assertEquals(1, storage.packages().require(p.id()).sourceVersion());

        DriverRemoval removal = remove.remove(v1, true, ShouldProcess.always());
        assertTrue(removal.removed());
        assertTrue(storage.catalog().find(v1).isEmpty());
        DriverPackage after = storage.packages().require(p.id());
        assertEquals(2, after.sourceVersion());
        assertFalse(after.drivers().contains(v1));
        assertTrue(after.drivers().contains(v2));
        assertFalse(Files.exists(p.source().toPath().resolve(v1)), "its content left the package folder");
        assertTrue(journal.entries.stream().anyMatch(e -> e.action().equals("drivers.driver.remove") && e.target().equals(v1) && e.outcome().startsWith("ok")));
        assertTrue(superseded().isEmpty());
        assertEquals(List.of(v2), update().update(p.id(), PackageChange.refresh()).driverPackage().drivers().stream().filter(h -> h.equals(v1) || h.equals(v2))
                .toList(), "a later refresh does not bring it back");
    }

    @Test
    void aDeclinedPackageKeepsTheDriverInTheCatalog() {
        importVideoV2("03/01/2008,7.15.11.6369", R61Sources.VIDEO_HWID);
        PackageRequest r = new PackageRequest(PS1, R61, XP, share, List.of(R61Sources.MODEL_FOLDER), List.of(), List.of(), null, null, false, false, true);
        DriverPackage p = create().create(r).driverPackage();
        DriverRemoval removal = new RemoveCatalogDriver(storage.catalog(), storage.packages(), audit).remove(v1, true, change -> false);
        assertFalse(removal.removed());
        assertTrue(storage.catalog().find(v1).isPresent());
        assertTrue(storage.packages().require(p.id()).drivers().contains(v1));
    }
}
