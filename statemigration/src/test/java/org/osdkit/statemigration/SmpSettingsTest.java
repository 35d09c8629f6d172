package org.osdkit.statemigration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.OsdkitException;

class SmpSettingsTest {

    @TempDir
    Path tmp;

    @Test
    void directoriesValueIsReadByKeyNameInAnyOrder() {
        StorageFolder f = StorageFolder.parse("MinDiskSpaceUnit=2; MinDiskSpace=10;Directory=E:\\SOURCES\\USMT;MaxClients=800", Path.of("/mnt/usmt"));
        assertEquals("E:\\SOURCES\\USMT", f.directory());
        assertEquals(800, f.maxClients());
        assertEquals(new MinDiskSpace(10, DiskSpaceUnit.GIGABYTES), f.minDiskSpace());
        assertEquals("Directory=E:\\SOURCES\\USMT;MaxClients=800;MinDiskSpace=10;MinDiskSpaceUnit=2;", f.directoriesValue());
    }

    @Test
    void minDiskSpaceIsComputedInItsUnit() {
        long gb = 1024L * 1024 * 1024;
        assertEquals(100L * 1024 * 1024, new MinDiskSpace(100, DiskSpaceUnit.MEGABYTES).requiredFreeBytes(500 * gb));
        assertEquals(10 * gb, new MinDiskSpace(10, DiskSpaceUnit.GIGABYTES).requiredFreeBytes(500 * gb));
        assertEquals(25 * gb, new MinDiskSpace(5, DiskSpaceUnit.PERCENT).requiredFreeBytes(500 * gb));
    }

    @Test
    void valuesConfigMgrRefusesAreRefused() {
        assertThrows(OsdkitException.class, () -> new MinDiskSpace(101, DiskSpaceUnit.PERCENT));
        assertThrows(OsdkitException.class, () -> new MinDiskSpace(0, DiskSpaceUnit.GIGABYTES));
        assertThrows(OsdkitException.class, () -> StorageFolder.parse("Directory=D:\\S;MaxClients=0;MinDiskSpace=1;", null));
        OsdkitException e = assertThrows(OsdkitException.class, () -> StorageFolder.parse("Directory=D:\\S;MaxClients=10;", null));
        assertTrue(e.getMessage().contains("MinDiskSpace= is missing"), e.getMessage());
        assertThrows(OsdkitException.class, () -> DiskSpaceUnit.parse("4"));
    }

    @Test
    void delayIsShownInDaysAndStoredInMinutesAndCycleStaysApart() {
        SmpSettings s = new Fixture(tmp).settings(Duration.ofDays(14), Duration.ZERO, false);
        assertEquals(20160, s.deletionDelayMinutes());
        assertEquals(14.0, s.deletionDelayDays());
        assertFalse(s.deletesImmediately(), "a cycle of 0 is not 'delete immediately'");
        assertTrue(new Fixture(tmp).settings(Duration.ZERO, Duration.ofDays(1), false).deletesImmediately());
    }

    @Test
    void serverMatchesShortAndQualifiedNames() {
        SmpSettings s = new Fixture(tmp).settings();
        assertTrue(s.isServer("smp01.contoso.com"));
        assertTrue(s.isServer("SMP01"));
        assertFalse(s.isServer("SMP010"));
    }

    @Test
    void roleExportOfGetCmStateMigrationPointIsRead() throws IOException {
        Path file = Files.writeString(tmp.resolve("smp.json"), """
                {
                  "SiteCode": "S01",
                  "RoleName": "SMS State Migration Point",
                  "NetworkOSPath": "\\\\\\\\SMP01.contoso.com",
                  "Props": [
                    {"PropertyName": "SMPQuiesceState", "Value": 1, "Value1": "", "Value2": ""},
                    {"PropertyName": "SMPStoreDeletionCycleTimeInMinutes", "Value": 1440},
                    {"PropertyName": "SMPStoreDeletionDelayTimeInMinutes", "Value": 44640},
                    {"PropertyName": "Server Remote Name", "Value": 0, "Value1": "SMP01.contoso.com"}
                  ],
                  "PropLists": [
                    {"PropertyListName": "Directories", "Values": ["Directory=E:\\\\SOURCES\\\\USMT;MaxClients=800;MinDiskSpace=10;MinDiskSpaceUnit=2;"]}
                  ]
                }
                """);
        SmpSettings s = SmpRoleExport.read(file, Map.of("E:\\SOURCES\\USMT", tmp), 2).get(0);
        assertEquals("SMP01.contoso.com", s.server());
        assertEquals(Duration.ofDays(31), s.deletionDelay());
        assertEquals(Duration.ofDays(1), s.cleanupCycle());
        assertTrue(s.restoreOnly());
        assertEquals(tmp, s.folders().get(0).accessPath());
        assertEquals(800, s.folders().get(0).maxClients());
    }

    @Test
    void roleExportWithoutTheDelayIsRefusedRatherThanDefaulted() throws IOException {
        Path file = Files.writeString(tmp.resolve("smp.json"), "{\"Props\": [{\"PropertyName\": \"SMPStoreDeletionCycleTimeInMinutes\", \"Value\": 0}]}");
        OsdkitException e = assertThrows(OsdkitException.class, () -> SmpRoleExport.read(file, Map.of(), 2));
        assertTrue(e.getMessage().contains("SMPStoreDeletionDelayTimeInMinutes"), e.getMessage());
    }

    @Test
    void storeStateComesFromTheThreeDates() {
        Instant t = Instant.EPOCH;
        assertEquals(StoreState.ASSOCIATED, StoreState.of(null, null, null));
        assertEquals(StoreState.CAPTURED, StoreState.of(t, null, null));
        assertEquals(StoreState.RELEASED, StoreState.of(t, t, null));
        assertEquals(StoreState.DELETED, StoreState.of(t, t, t));
        for (List<Instant> odd : List.of(java.util.Arrays.asList(null, t, null), java.util.Arrays.asList(t, null, t),
                java.util.Arrays.asList(null, null, t), java.util.Arrays.asList(null, t, t))) {
            assertEquals(StoreState.INCONSISTENT, StoreState.of(odd.get(0), odd.get(1), odd.get(2)), odd.toString());
        }
    }
}
