package org.osdkit.drivers.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.Architecture;
import org.osdkit.core.OsdkitException;
import org.osdkit.drivers.inf.Corpus;
import org.osdkit.drivers.inf.InfRule;
import org.osdkit.drivers.inf.Severity;

class ScanDriverSourcesTest {

    @TempDir
    Path share;

    private final ScanDriverSources scanner = new ScanDriverSources();

    private static ScannedFolder folder(ScanReport report, String name) {
        return report.folders().stream().filter(f -> f.relativePath().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
    }

    @Test
    void classifiesTheSeedsNiceAndBadDriversOfAModel() {
        ScanReport report = scanner.scan(R61Sources.write(share), ScanListener.NONE);
        Map<String, FolderKind> kinds = report.folders().stream().collect(Collectors.toMap(ScannedFolder::relativePath, ScannedFolder::kind));
        assertEquals(Map.of("Audio", FolderKind.INF_DRIVER, "Network", FolderKind.INF_DRIVER, "Video", FolderKind.INF_DRIVER,
                "Storage", FolderKind.INF_DRIVER, "Modem", FolderKind.INF_DRIVER, "Wireless", FolderKind.INF_DRIVER,
                "CardReader", FolderKind.HARDWARE_APPLICATION, "Fingerprint", FolderKind.HARDWARE_APPLICATION,
                "Bluetooth", FolderKind.HARDWARE_APPLICATION, "Template", FolderKind.TEMPLATE), kinds);
        assertEquals(7, report.drivers());
        assertEquals(8, report.models());
        assertEquals(7, report.hardwareIds());
        assertEquals(1, report.templates());
        assertEquals(3, report.applications());
    }

    @Test
    void detectsTheSilentCommandLineOfSetupBasedDriversWhereTheFolderRevealsOne() {
        ScanReport report = scanner.scan(R61Sources.write(share), ScanListener.NONE);
        assertEquals("setup.exe /s /f1\".\\setup.iss\"", folder(report, "CardReader").installCommand().orElseThrow());
        assertEquals("msiexec.exe /i \"ThinkPadBluetooth.msi\" /qn /norestart", folder(report, "Bluetooth").installCommand().orElseThrow());
        assertTrue(folder(report, "Fingerprint").installCommand().isEmpty());
        assertEquals(List.of("setup.exe"), folder(report, "Fingerprint").installers());
    }

    @Test
    void reportsDevicesAndApplicabilityPerFolder() {
        ScanReport report = scanner.scan(R61Sources.write(share), ScanListener.NONE);
        ScannedFolder network = folder(report, "Network");
        assertEquals(Set.of(R61Sources.NETWORK_HWID, "PCI\\VEN_8086&DEV_1049"), network.hardwareIds());
        assertEquals(Set.of(Architecture.X86, Architecture.X64), network.architectures());
        assertEquals(Set.of("NTx86", "NTamd64"), network.platforms());
        assertEquals(Set.of(Architecture.X64), folder(report, "Wireless").architectures());
        assertEquals(Set.of("(undecorated)"), folder(report, "Audio").platforms());
        assertTrue(folder(report, "Modem").infs().get(0).findings().stream().anyMatch(f -> f.rule() == InfRule.UNSIGNED));
    }

    @Test
    void aHashingScanGivesEachDriverTheIdentityAnImportWouldStore() {
        Path root = R61Sources.write(share);
        ScanReport report = ScanDriverSources.hashing(FileHasher.direct()).scan(root, ScanListener.NONE);
        ScannedInf network = folder(report, "Network").infs().stream().filter(i -> i.relativePath().equals("Network/e1e5132.inf")).findFirst().orElseThrow();
        assertEquals(Details.of(root.resolve("Network/e1e5132.inf"), root).driver().driverHash(), network.identity().orElseThrow().driverHash());
        assertTrue(folder(report, "Template").infs().get(0).identity().isEmpty(), "templates are not hashed");
        assertTrue(scanner.scan(root, ScanListener.NONE).infs().allMatch(i -> i.identity().isEmpty()), "a plain scan reads no binaries");
    }

    @Test
    void reportsProgressPerFolder() {
        List<String> seen = new ArrayList<>();
        scanner.scan(R61Sources.write(share), (done, total, folder) -> seen.add(done + "/" + total + " " + folder));
        assertEquals(10, seen.size());
        assertTrue(seen.get(9).startsWith("10/10 "), seen.toString());
        assertTrue(seen.stream().anyMatch(s -> s.endsWith(" Wireless")) && seen.stream().anyMatch(s -> s.endsWith(" CardReader")), seen.toString());
    }

    @Test
    void countsDriversModelsAndHardwareIdsOfBothCorpora() {
        ScanReport report = scanner.scan(Corpus.ROOT, ScanListener.NONE);
        assertEquals(159, report.infs().count());
        // virtio's pciserial/rhel/qemupciserial.inf signs itself "$CHICAGO$": a driver with two models lines, not a template.
        assertEquals(14, report.drivers());
        assertEquals(144, report.templates());
        assertEquals(1, report.notDrivers());
        assertEquals(72, report.models());
        assertEquals(HARDWARE_IDS_IN_CORPUS_DRIVERS, report.hardwareIds());
        assertTrue(report.findings(Severity.ERROR) > 0);
    }

    /**
     * Distinct hardware IDs of the 14 driver INFs: 41 of the 13 counted independently by a throw-away script over
     * their models sections, plus PCI\VEN_1b36&DEV_0002&CC_0700 of rhel/qemupciserial.inf (read by hand; no other driver lists it).
     */
    private static final long HARDWARE_IDS_IN_CORPUS_DRIVERS = 42;

    @Test
    void aLinkLeavingTheSourceTreeIsReportedAndIgnored(@TempDir Path outside) throws IOException {
        Path root = R61Sources.write(share);
        Files.writeString(outside.resolve("evil.inf"), "[Version]\r\nSignature=\"$Windows NT$\"\r\n");
        Files.createSymbolicLink(root.resolve("Audio").resolve("evil.inf"), outside.resolve("evil.inf"));
        ScanReport report = scanner.scan(root, ScanListener.NONE);
        ScannedFolder audio = folder(report, "Audio");
        assertTrue(audio.findings().stream().anyMatch(f -> f.rule() == InfRule.LINK_OUTSIDE && f.message().contains("evil.inf")));
        assertEquals(1, audio.infs().size());
    }

    @Test
    void aMissingSourceFolderIsAClearError() {
        OsdkitException e = org.junit.jupiter.api.Assertions.assertThrows(OsdkitException.class,
                () -> scanner.scan(share.resolve("nope"), ScanListener.NONE));
        assertEquals(DriverErrors.SOURCE_NOT_FOUND, e.code());
    }
}
