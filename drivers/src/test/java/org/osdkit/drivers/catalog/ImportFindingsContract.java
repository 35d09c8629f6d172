package org.osdkit.drivers.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.Actor;
import org.osdkit.core.Architecture;
import org.osdkit.core.OsTarget;
import org.osdkit.drivers.inf.InfRule;
import org.osdkit.drivers.matching.Device;
import org.osdkit.drivers.matching.DeviceMatch;
import org.osdkit.drivers.matching.MatchDrivers;

/**
 * Issue 12 items 3 and 9 on H2 and PostgreSQL: a value too long for the catalog is an INF finding and a
 * refusal, never a database error; drivers without binaries do not share one content hash; an autorun
 * file is ignored, not refused; a models line naming only compatible IDs (item 2) is stored and matched.
 */
abstract class ImportFindingsContract extends StorageContract {

    @TempDir
    Path sources;

    final RecordingJournal journal = new RecordingJournal();

    ImportReport importAll() {
        return new ImportDrivers(storage.catalog(), storage.importCache(), new AuditTrail(journal, CLOCK, Actor.of("tester", "")))
                .run(ImportRequest.of(sources, List.of("Issue12")), ScanListener.NONE);
    }

    static ImportedInf inf(ImportReport report, String relative) {
        return report.infs().stream().filter(i -> i.relativePath().equals(relative)).findFirst().orElseThrow(() -> new AssertionError(report.infs()));
    }

    /** An INF that uses only inbox files: no SourceDisksFiles, nothing but its catalog beside it. */
    static void infOnly(Path folder, String name, String hardwareId) throws IOException {
        Files.createDirectories(folder);
        String inf = String.join("\r\n", "; synthetic INF-only driver made up for osdkit's tests", "[Version]", "Signature=\"$CHICAGO$\"", "Class=Ports",
                "ClassGuid={4D36E978-E325-11CE-BFC1-08002BE10318}", "Provider=%Prov%", "DriverVer=05/21/2022,1.0.0.0", "CatalogFile=" + name + ".cat",
                "PnpLockdown=1", "[Manufacturer]", "%Prov% = Models, NTx86, NTamd64", "[Models.NTx86]", "%Dev% = Install, " + hardwareId,
                "[Models.NTamd64]", "%Dev% = Install, " + hardwareId, "[Install.NT]", "AddReg = Install.AddReg", "[Install.AddReg]",
                "HKR,,PortSubClass,1,01", "[Strings]", "Prov = \"Contoso\"", "Dev = \"" + name + " port\"", "");
        Files.writeString(folder.resolve(name + ".inf"), inf, StandardCharsets.US_ASCII);
        Files.writeString(folder.resolve(name + ".cat"), "catalog of " + name);
    }

    @Test
    void aFiveMegabyteProviderIsAnInfFindingAndTheRestIsImported() throws IOException {
        FakeDriver.named("huge").provider("P".repeat(5 * 1024 * 1024)).model("Huge provider", "ROOT\\HUGE").writeTo(sources.resolve("Huge"));
        FakeDriver.named("fine").provider("Contoso").model("Fine", "ROOT\\FINE").writeTo(sources.resolve("Fine"));
        ImportReport report = importAll();
        ImportedInf huge = inf(report, "Huge/huge.inf");
        assertEquals(ImportOutcome.REFUSED, huge.outcome(), huge.toString());
        assertTrue(huge.reason().startsWith("INF-VALUE-TOO-LONG: [Version] Provider on line 8") && huge.reason().contains("5242880 characters"),
                huge.reason());
        assertTrue(huge.findings().stream().anyMatch(f -> f.rule() == InfRule.VALUE_TOO_LONG && f.line() == 8), huge.findings().toString());
        assertEquals(0, report.count(ImportOutcome.FAILED), report.infs().toString());
        assertEquals(ImportOutcome.IMPORTED, inf(report, "Fine/fine.inf").outcome());
        assertTrue(report.succeeded());
        assertEquals(false, report.complete(), "a refused INF makes the import incomplete");
    }

    @Test
    void aLongDeviceDescriptionBelowWindowsLimitButAboveTheCatalogsIsRefusedByName() throws IOException {
        FakeDriver.named("longdesc").model("D".repeat(2000), "ROOT\\LONG").writeTo(sources.resolve("Long"));
        ImportedInf refused = inf(importAll(), "Long/longdesc.inf");
        assertEquals(ImportOutcome.REFUSED, refused.outcome());
        assertTrue(refused.reason().contains("The device description on line") && refused.reason().contains("at most 1000"), refused.reason());
    }

    @Test
    void driversWithoutBinariesDoNotShareOneContentHash() throws IOException {
        infOnly(sources.resolve("SerialA"), "porta", "PCI\\VEN_1B36&DEV_0002");
        infOnly(sources.resolve("SerialB"), "portb", "PCI\\VEN_1B36&DEV_0003");
        ImportReport report = importAll();
        DriverDetail a = storage.catalog().find(inf(report, "SerialA/porta.inf").driverHash()).orElseThrow();
        DriverDetail b = storage.catalog().find(inf(report, "SerialB/portb.inf").driverHash()).orElseThrow();
        assertNotEquals(a.contentHash(), b.contentHash());
        assertNotEquals(FileHasher.sha256Hex(new byte[0]), a.contentHash(), "not the SHA-256 of nothing");
        assertEquals(a.infHash(), a.contentHash(), "with no binaries the INF is the content");
    }

    @Test
    void anAutorunFileInAnApplicationFolderIsIgnoredNotRefused() throws IOException {
        Path app = Files.createDirectories(sources.resolve("CardReader"));
        Files.writeString(app.resolve("setup.exe"), "MZ synthetic installer");
        Files.writeString(app.resolve("autorun.inf"), "[AutoRun]\r\nopen=setup.exe\r\nicon=setup.exe,0\r\n");
        FakeDriver.named("fine").model("Fine", "ROOT\\FINE").writeTo(sources.resolve("Fine"));
        ImportReport report = importAll();
        assertEquals(ImportOutcome.IGNORED, inf(report, "CardReader/autorun.inf").outcome());
        assertEquals(0, report.count(ImportOutcome.REFUSED));
        assertTrue(report.complete());
        assertTrue(report.summary().endsWith("refused=0 failed=0 ignored=1"), report.summary());
    }

    @Test
    void aModelsLineWithOnlyCompatibleIdsIsStoredAndMatched() throws IOException {
        Path folder = Files.createDirectories(sources.resolve("Serial"));
        infOnly(folder, "compat", "PCI\\VEN_1B36&DEV_0002");
        Path inf = folder.resolve("compat.inf");
        Files.writeString(inf, Files.readString(inf).replace("%Dev% = Install, PCI\\VEN_1B36&DEV_0002", "%Dev% = Install,, PCI\\VEN_1B36&DEV_0002, PCI\\CC_0700"));
        ImportedInf imported = inf(importAll(), "Serial/compat.inf");
        assertEquals(ImportOutcome.IMPORTED, imported.outcome(), imported.toString());
        DriverDetail detail = storage.catalog().find(imported.driverHash()).orElseThrow();
        assertEquals(2, detail.models().size());
        assertEquals("", detail.models().get(0).hardwareId());
        assertEquals(List.of("PCI\\VEN_1B36&DEV_0002", "PCI\\CC_0700"), detail.models().get(0).compatibleIds());
        Device device = new Device("PCI\\VEN_1B36&DEV_0002\\3&1", "Serial", List.of("PCI\\VEN_1B36&DEV_0002&SUBSYS_11001AF4"), List.of("PCI\\VEN_1B36&DEV_0002"));
        DeviceMatch match = new MatchDrivers(storage.catalog()).match(List.of(device), OsTarget.parse("Win10-22H2", Architecture.X64)).devices().get(0);
        assertEquals(imported.driverHash(), match.driver().orElseThrow().driverHash());
        assertEquals("0x00FF3000", match.rank().orElseThrow().toString());
        assertEquals("PCI\\VEN_1B36&DEV_0002", match.matchedIds().orElseThrow().infId());
    }
}
