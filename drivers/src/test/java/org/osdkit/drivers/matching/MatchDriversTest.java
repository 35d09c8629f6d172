package org.osdkit.drivers.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.osdkit.core.Architecture;
import org.osdkit.core.OsTarget;
import org.osdkit.drivers.catalog.CatalogDriver;
import org.osdkit.drivers.catalog.CatalogModel;
import org.osdkit.drivers.catalog.MatchCandidate;
import org.osdkit.drivers.catalog.PlatformSection;
import org.osdkit.drivers.inf.DriverVer;
import org.osdkit.drivers.inf.InfKind;
import org.osdkit.drivers.inf.SectionState;

/** Choosing among catalog candidates the way Windows does, on an in-memory index. */
class MatchDriversTest {

    static final OsTarget WIN10 = OsTarget.parse("Win10-22H2", Architecture.X64);
    static final OsTarget XP = OsTarget.parse("XP", Architecture.X86);

    static MatchCandidate candidate(String hash, String driverVer, boolean signed, String decoration, int featureScore, boolean nt,
                                    String hardwareId, String... compatible) {
        CatalogDriver driver = new CatalogDriver(hash, hash, hash + ".inf", "/src", hash + ".inf", "Net", null, "Contoso",
                DriverVer.parse(driverVer, 0).value(), signed, signed ? hash + ".cat" : null, InfKind.PNP_DRIVER, false, false, true, List.of(),
                Instant.EPOCH, "t");
        CatalogModel model = new CatalogModel(hash, 0, decoration, "Device " + hash, hardwareId, List.of(compatible), "Install", nt, featureScore);
        return new MatchCandidate(model, driver, List.of(new PlatformSection(0, "Contoso", decoration, SectionState.PRESENT)));
    }

    static Device device(List<String> hw, List<String> compatible) {
        return new Device("PCI\\X\\1", "A device", hw, compatible);
    }

    @Test
    void reproducesTheInboxRanksSeenInSetupApiLogs() {
        Device keyboard = device(List.of("HID\\VID_046D&PID_C31C&REV_6400"), List.of("HID\\VID_046D&PID_C31C", "USB\\Class_03&SubClass_01", "USB\\Class_03"));
        MatchCandidate input = candidate("input", "06/21/2006,10.0.19041.1", true, "NTamd64", 0xFF, true, "HID_DEVICE_SYSTEM_KEYBOARD", "HID_DEVICE", "USB\\Class_03&SubClass_01");
        assertEquals("0x00FF3101", new MatchDrivers(HardwareIdIndex.of(List.of(input))).match(keyboard, WIN10).rank().orElseThrow().toString());
        Device cdrom = device(List.of("SCSI\\CdRomHL-DT-ST", "SCSI\\CdRomHL-DT-ST_DVD", "SCSI\\CdRom", "HL-DT-ST_DVD", "HL-DT-ST", "GenCdRom"), List.of());
        MatchCandidate inbox = candidate("cdrom", "06/21/2006,10.0.19041.1", true, "NTamd64", 0xFF, true, "GenCdRom");
        assertEquals("0x00FF0005", new MatchDrivers(HardwareIdIndex.of(List.of(inbox))).match(cdrom, WIN10).rank().orElseThrow().toString());
    }

    @Test
    void aSignedDriverBeatsAnUnsignedOneWhateverTheIdMatch() {
        Device d = device(List.of("PCI\\VEN_1&DEV_2&SUBSYS_3"), List.of("PCI\\VEN_1&DEV_2"));
        MatchCandidate unsignedExact = candidate("unsigned", "01/01/2024,9.0", false, "NTamd64", 0xFF, true, "PCI\\VEN_1&DEV_2&SUBSYS_3");
        MatchCandidate signedGeneric = candidate("signed", "01/01/2010,1.0", true, "NTamd64", 0xFF, true, "OTHER", "PCI\\VEN_1&DEV_2");
        DeviceMatch m = new MatchDrivers(HardwareIdIndex.of(List.of(unsignedExact, signedGeneric))).match(d, WIN10);
        assertEquals("signed", m.driver().orElseThrow().driverHash());
        assertEquals(2, m.candidates());
    }

    @Test
    void anUnsignedDriverScoresBetterWithAnNtInstallSection() {
        Device d = device(List.of("ROOT\\X"), List.of());
        MatchCandidate plain = candidate("plain", "01/01/2024,9.0", false, "NTamd64", 0xFF, false, "ROOT\\X");
        MatchCandidate nt = candidate("nt", "01/01/2000,1.0", false, "NTamd64", 0xFF, true, "ROOT\\X");
        DeviceMatch m = new MatchDrivers(HardwareIdIndex.of(List.of(plain, nt))).match(d, WIN10);
        assertEquals("nt", m.driver().orElseThrow().driverHash());
        assertEquals("0x80FF0000", m.rank().orElseThrow().toString());
    }

    @Test
    void aLowerFeatureScoreWins() {
        Device d = device(List.of("ROOT\\X"), List.of());
        MatchDrivers matcher = new MatchDrivers(HardwareIdIndex.of(List.of(candidate("default", "01/01/2024,9.0", true, "NTamd64", 0xFF, true, "ROOT\\X"),
                candidate("featured", "01/01/2000,1.0", true, "NTamd64", 0x10, true, "ROOT\\X"))));
        assertEquals("featured", matcher.match(d, WIN10).driver().orElseThrow().driverHash());
    }

    @Test
    void tiesGoToTheNewerDateThenTheHigherVersion() {
        Device d = device(List.of("ROOT\\X"), List.of());
        MatchCandidate older = candidate("older", "01/01/2020,9.0", true, "NTamd64", 0xFF, true, "ROOT\\X");
        MatchCandidate newer = candidate("newer", "01/01/2021,1.0", true, "NTamd64", 0xFF, true, "ROOT\\X");
        MatchCandidate newerHigher = candidate("newerhigher", "01/01/2021,1.10", true, "NTamd64", 0xFF, true, "ROOT\\X");
        assertEquals("newer", new MatchDrivers(HardwareIdIndex.of(List.of(older, newer))).match(d, WIN10).driver().orElseThrow().driverHash());
        assertEquals("newerhigher", new MatchDrivers(HardwareIdIndex.of(List.of(older, newer, newerHigher))).match(d, WIN10).driver().orElseThrow().driverHash());
    }

    @Test
    void onlyModelsForTheTargetOsAndArchitectureCountAndDevicesWithoutOneAreListed() {
        Device nic = device(List.of("PCI\\VEN_8086&DEV_109A"), List.of());
        Device unknown = device(List.of("PCI\\VEN_FFFF&DEV_0001"), List.of());
        MatchCandidate x64Only = candidate("x64", "01/01/2021,1.0", true, "NTamd64", 0xFF, true, "PCI\\VEN_8086&DEV_109A");
        MatchCandidate win10Only = candidate("win10", "01/01/2021,1.0", true, "NTx86.10.0", 0xFF, true, "PCI\\VEN_8086&DEV_109A");
        MatchReport report = new MatchDrivers(HardwareIdIndex.of(List.of(x64Only, win10Only))).match(List.of(nic, unknown), XP);
        assertTrue(report.matched().isEmpty());
        assertEquals(List.of(nic, unknown), report.unmatched());
        assertEquals("x64", new MatchDrivers(HardwareIdIndex.of(List.of(x64Only, win10Only))).match(nic, WIN10).driver().orElseThrow().driverHash());
    }

    @Test
    void anEmptyModelsSectionExcludesTheDriverOnThatPlatform() {
        MatchCandidate c = candidate("excluded", "01/01/2021,1.0", true, "NTamd64.10.0...22000", 0xFF, true, "ROOT\\X");
        MatchCandidate withExclusion = new MatchCandidate(c.model(), c.driver(), List.of(new PlatformSection(0, "Contoso", "NTamd64.10.0...22000", SectionState.PRESENT),
                new PlatformSection(0, "Contoso", "NTamd64.10.0...26100", SectionState.EMPTY)));
        MatchDrivers matcher = new MatchDrivers(HardwareIdIndex.of(List.of(withExclusion)));
        Device d = device(List.of("ROOT\\X"), List.of());
        assertTrue(matcher.match(d, OsTarget.parse("Win11-23H2", Architecture.X64)).matched());
        assertFalse(matcher.match(d, OsTarget.parse("Win11-24H2", Architecture.X64)).matched(), "24H2 selects the empty section");
    }

    @Test
    void theMatchNamesTheIdsThatMatchedNotTheLinesFirstId() {
        Device d = device(List.of("PCI\\VEN_8086&DEV_109A&SUBSYS_20DF17AA&REV_03", "PCI\\VEN_8086&DEV_109A&SUBSYS_20DF17AA"), List.of("PCI\\VEN_8086&DEV_109A"));
        MatchCandidate c = candidate("nic", "01/01/2021,1.0", true, "NTamd64", 0xFF, true, "PCI\\VEN_8086&DEV_10F5", "PCI\\VEN_8086&DEV_109A&SUBSYS_20DF17AA");
        DeviceMatch m = new MatchDrivers(HardwareIdIndex.of(List.of(c))).match(d, WIN10);
        DriverRank.IdMatch ids = m.matchedIds().orElseThrow();
        assertEquals("PCI\\VEN_8086&DEV_109A&SUBSYS_20DF17AA", ids.deviceId());
        assertEquals("PCI\\VEN_8086&DEV_109A&SUBSYS_20DF17AA", ids.infId());
        assertFalse(ids.infHardwareId(), "the INF's compatible ID matched, not its hardware ID PCI\\VEN_8086&DEV_10F5");
        assertEquals("0x00FF1001", m.rank().orElseThrow().toString());
    }

    @Test
    void aModelsLineWithOnlyCompatibleIdsIsACandidate() {
        Device d = device(List.of("PCI\\VEN_1B36&DEV_0002&SUBSYS_11001AF4"), List.of("PCI\\VEN_1B36&DEV_0002"));
        MatchCandidate c = candidate("serial", "05/21/2022,100.90.104.22100", true, "NTamd64", 0xFF, true, "", "PCI\\VEN_1B36&DEV_0002");
        DeviceMatch m = new MatchDrivers(HardwareIdIndex.of(List.of(c))).match(d, WIN10);
        assertEquals("serial", m.driver().orElseThrow().driverHash());
        assertEquals("0x00FF3000", m.rank().orElseThrow().toString());
    }

    @Test
    void anXpTargetRanksByXpsRules() {
        Device d = device(List.of("ROOT\\X"), List.of());
        MatchCandidate c = candidate("xp", "01/01/2006,1.0", false, "", 0xFF, true, "ROOT\\X");
        MatchReport report = new MatchDrivers(HardwareIdIndex.of(List.of(c))).match(List.of(d), XP);
        assertEquals("0x00008000", report.devices().get(0).rank().orElseThrow().toString(), "XP's DRIVER_UNTRUSTED_RANK, not Vista's 0x80FF0000");
        assertEquals(DriverRank.RankRules.PRE_VISTA, report.rankRules());
    }
}
