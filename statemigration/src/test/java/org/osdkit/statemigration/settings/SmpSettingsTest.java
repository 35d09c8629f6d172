package org.osdkit.statemigration.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.OsdkitException;
import org.osdkit.statemigration.Fixture;
import org.osdkit.statemigration.SmpErrors;

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
    void roleExportInUtf16OfWindowsPowerShellIsRead() throws IOException {
        String json = "{\"Props\": [{\"PropertyName\": \"SMPStoreDeletionDelayTimeInMinutes\", \"Value\": 20160},"
                + " {\"PropertyName\": \"SMPStoreDeletionCycleTimeInMinutes\", \"Value\": 1440},"
                + " {\"PropertyName\": \"Server Remote Name\", \"Value1\": \"SMP01\"}],"
                + " \"PropLists\": [{\"PropertyListName\": \"Directories\", \"Values\": [\"Directory=E:\\\\USMT;MaxClients=10;MinDiskSpace=1;\"]}]}";
        byte[] body = json.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        Path file = Files.write(tmp.resolve("smp.json"), withBom);
        SmpSettings s = SmpRoleExport.read(file, Map.of(), 2).get(0);
        assertEquals("SMP01", s.server());
        assertEquals(Duration.ofDays(14), s.deletionDelay());
        assertEquals("E:\\USMT", s.folders().get(0).directory());
    }

    @Test
    void adminServiceWrapperOfSeveralRolesIsRead() throws IOException {
        String role = "{\"Props\": [{\"PropertyName\": \"SMPStoreDeletionDelayTimeInMinutes\", \"Value\": 0},"
                + " {\"PropertyName\": \"SMPStoreDeletionCycleTimeInMinutes\", \"Value\": 60},"
                + " {\"PropertyName\": \"Server Remote Name\", \"Value1\": \"%s\"}],"
                + " \"PropLists\": [{\"PropertyListName\": \"Directories\", \"Values\": [\"Directory=/srv/s;MaxClients=10;MinDiskSpace=1;\"]}]}";
        Path file = Files.writeString(tmp.resolve("smp.json"), "{\"@odata.context\": \"x\", \"value\": [" + role.formatted("SMP01") + ", "
                + role.formatted("SMP02") + "]}");
        assertEquals(List.of("SMP01", "SMP02"), SmpRoleExport.read(file, Map.of(), 2).stream().map(SmpSettings::server).toList());
    }

    @Test
    void roleExportThatIsNotJsonIsAClearError() throws IOException {
        Path file = Files.writeString(tmp.resolve("smp.json"), "Directory=E:\\USMT");
        OsdkitException e = assertThrows(OsdkitException.class, () -> SmpRoleExport.read(file, Map.of(), 2));
        assertEquals(SmpErrors.EXPORT_UNREADABLE, e.code());
        assertTrue(e.getMessage().contains("is not JSON"), e.getMessage());
    }
}
