package org.osdkit.drivers.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.osdkit.core.OsdkitException;
import org.osdkit.drivers.catalog.DriverErrors;
import org.osdkit.drivers.catalog.ImportDrivers;
import org.osdkit.drivers.catalog.ImportRequest;
import org.osdkit.drivers.catalog.ScanListener;

/** Issue 12 item 4: a package is never silently empty; {@code allowEmpty} is the way to create it first and add drivers later. */
class EmptyPackageTest extends PackageWorkflowFixture {

    private PackageRequest request(List<String> categories, boolean allowEmpty) {
        return new PackageRequest(PS1, R61, XP, share, categories, List.of(), List.of(), null, null, false, allowEmpty, false);
    }

    @Test
    void aCategoryTheCatalogDoesNotHaveIsRefusedNamingTheCategoriesItHas() {
        OsdkitException e = assertThrows(OsdkitException.class, () -> create().create(request(List.of("R61-8935CT0"), false)));
        assertEquals(DriverErrors.CATEGORY_NOT_FOUND, e.code());
        assertTrue(e.getMessage().contains("R61-8935CT0") && e.getMessage().contains("R61-8935CTO holds 7 drivers"), e.getMessage());
        assertTrue(storage.packages().list().isEmpty(), "nothing was created");
        assertFalse(Files.exists(shareFolder.resolve("SCCM_Driver_Packages")), "no folder was made");
        assertTrue(journal.entries.stream().noneMatch(a -> a.action().equals("drivers.package.create") && a.outcome().equals("ok")));
    }

    @Test
    void categoriesThatSelectNoDriverForTheOsAreRefusedSayingWhatTheyHold() {
        new ImportDrivers(storage.catalog(), storage.importCache(), audit).run(ImportRequest.of(sources.resolve("Wireless"), List.of("WLAN")), ScanListener.NONE);
        OsdkitException e = assertThrows(OsdkitException.class, () -> create().create(request(List.of("WLAN"), false)));
        assertEquals(DriverErrors.PACKAGE_EMPTY, e.code());
        assertTrue(e.getMessage().contains("WLAN holds 1 driver (NTamd64: 1)"), e.getMessage());
        assertTrue(e.getMessage().contains("netw4x64.inf") && e.getMessage().contains("no models for " + XP), e.getMessage());
        assertTrue(e.action().orElse("").contains("--allow-empty"), e.describe());
        assertTrue(storage.packages().list().isEmpty());
    }

    @Test
    void allowEmptyCreatesThePackageFirstAndTheDriversComeWithTheNextUpdate() {
        DriverPackage p = create().create(request(List.of("R61-Later"), true)).driverPackage();
        assertEquals(0, p.drivers().size());
        assertEquals(1, p.sourceVersion());
        assertTrue(Files.isRegularFile(p.source().toPath().resolve(DriverPackage.MANIFEST)));
        new ImportDrivers(storage.catalog(), storage.importCache(), audit).run(ImportRequest.of(sources.resolve("Video"), List.of("R61-Later")),
                ScanListener.NONE);
        PackageBuild updated = update().update(p.id(), PackageChange.refresh());
        assertEquals(1, updated.driverPackage().drivers().size());
        assertEquals(2, updated.driverPackage().sourceVersion());
    }

    @Test
    void allowEmptyAlsoCreatesAPackageWithoutAnyCategory() {
        assertThrows(OsdkitException.class, () -> request(List.of(), false));
        assertEquals(0, create().create(request(List.of(), true)).driverPackage().drivers().size());
    }
}
