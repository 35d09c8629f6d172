package org.osdkit.statemigration.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osdkit.statemigration.settings.DiskSpaceUnit;
import org.osdkit.statemigration.settings.MinDiskSpace;
import org.osdkit.statemigration.settings.SmpSettings;
import org.osdkit.statemigration.settings.StorageFolder;

/** The one store-path normalisation, seen from an SMP with {@code E:\SOURCES\USMT} reached at {@code /mnt/usmt}. */
class StoreLocationTest {

    static final SmpSettings SMP = new SmpSettings("SMP01", null, List.of(new StorageFolder("E:\\SOURCES\\USMT", Path.of("/mnt/usmt"), 100,
            new MinDiskSpace(1, DiskSpaceUnit.MEGABYTES))), Duration.ofDays(14), Duration.ofDays(1), false, 2);

    @ParameterizedTest
    @ValueSource(strings = {
        "\\\\SMP01\\SMPSTORE$\\ABC", "\\\\smp01\\smpstore$\\abc", "\\\\SMP01.contoso.com\\SMPSTORE$\\ABC\\", "\\\\SMP01\\\\SMPSTORE$\\\\ABC",
        "//SMP01/SMPSTORE$/ABC", "E:\\SOURCES\\USMT\\SMPSTORE$\\ABC", "e:/sources/usmt/smpstore$/abc/", "E:\\\\SOURCES\\\\USMT\\SMPSTORE$\\ABC",
        "\\\\SMP01\\E$\\SOURCES\\USMT\\SMPSTORE$\\ABC", "/mnt/usmt/SMPSTORE$/ABC", "/mnt//usmt/SMPSTORE$//ABC/", "//mnt/usmt/SMPSTORE$/ABC",
        "/MNT/USMT/smpstore$/abc", "  \\\\SMP01\\SMPSTORE$\\ABC  "})
    void everySpellingOfOneStoreIsTheSameStore(String spelling) {
        assertEquals(new StoreLocation(StoreLocation.Where.THIS_SMP, "smpstore$/abc"), StoreLocation.of(spelling, SMP));
        assertTrue(StoreLocation.isPath(spelling));
    }

    @ParameterizedTest
    @ValueSource(strings = {"E:\\OTHER\\SMPSTORE$\\ABC", "/srv/usmt/SMPSTORE$/ABC", "\\\\SMP01\\SMPSTORE$\\..\\ABC",
        "E:\\SOURCES\\USMT\\SMPSTORE$\\.", "\\\\SMP01\\E$\\SOURCES\\SMPSTORE$\\ABC", "E:\\SOURCES\\USMT", "E:\\SOURCES\\USMT\\",
        "/mnt/usmt", "\\\\SMP01\\E$\\SOURCES\\USMT", "\\\\SMP01", "\\\\SMP01\\E$"})
    void whatIsNoStoreOfThisSmpIsOutside(String spelling) {
        assertEquals(StoreLocation.Where.OUTSIDE, StoreLocation.of(spelling, SMP).where());
    }

    @ParameterizedTest
    @ValueSource(strings = {"E:\\SOURCES\\USMT\\OLDSTORE", "\\\\SMP01\\E$\\SOURCES\\USMT\\OldStore", "/mnt/usmt/OLDSTORE/", "\\\\SMP01\\OLDSTORE"})
    void aStoreDirectlyInTheStorageFolderIsThisSmpsAtDepthOne(String spelling) {
        assertEquals(new StoreLocation(StoreLocation.Where.THIS_SMP, "oldstore"), StoreLocation.of(spelling, SMP));
    }

    @ParameterizedTest
    @ValueSource(strings = {"E:\\SOURCES\\USMT\\SMPSTORE$\\GROUP\\ABC", "\\\\SMP01\\SMPSTORE$\\Group\\ABC\\", "/mnt/usmt/smpstore$/group/abc",
        "\\\\SMP01\\E$\\SOURCES\\USMT\\SMPSTORE$\\GROUP\\ABC"})
    void aStoreDeeperThanTheStoreDepthIsThisSmpsToo(String spelling) {
        assertEquals(new StoreLocation(StoreLocation.Where.THIS_SMP, "smpstore$/group/abc"), StoreLocation.of(spelling, SMP));
    }

    @Test
    void anotherServersPathIsAnotherSmps() {
        assertEquals(StoreLocation.Where.OTHER_SMP, StoreLocation.of("\\\\SMP02\\SMPSTORE$\\ABC", SMP).where());
        assertEquals(StoreLocation.Where.OTHER_SMP, StoreLocation.of("//SMP02/SMPSTORE$/ABC", SMP).where());
        assertEquals(StoreLocation.Where.NO_PATH, StoreLocation.of("  ", SMP).where());
    }

    @Test
    void namesAreNoPaths() {
        assertFalse(StoreLocation.isPath("MID1207"));
        assertFalse(StoreLocation.isPath("PC-ACCOUNTING-01.contoso.com"));
        assertTrue(StoreLocation.isPath("E:"));
    }
}
