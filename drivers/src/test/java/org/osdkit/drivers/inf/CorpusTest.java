package org.osdkit.drivers.inf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every INF and INX of both corpora, read as a whole: counts cross-checked against the domain reference. */
class CorpusTest {

    private static Map<InfKind, Integer> kinds(Path root) {
        Map<InfKind, Integer> out = new EnumMap<>(InfKind.class);
        for (Path p : Corpus.infs(root)) {
            InfFile inf = InfFile.parse(p);
            InfLint.check(inf, InfFolder.of(p.getParent()));
            out.merge(inf.kind(), 1, Integer::sum);
        }
        return out;
    }

    @Test
    void everyWindowsDriverSamplesFileParsesAndMostAreTemplates() {
        assertEquals(138, Corpus.infs(Corpus.WDS).size());
        assertEquals(Map.of(InfKind.PNP_DRIVER, 9, InfKind.NON_PNP_DRIVER, 1, InfKind.TEMPLATE, 127, InfKind.NOT_AN_INF, 1), kinds(Corpus.WDS));
    }

    @Test
    void everyVirtioFileParses() {
        assertEquals(21, Corpus.infs(Corpus.VIRTIO).size());
        // pciserial/rhel/qemupciserial.inf signs itself "$CHICAGO$": a driver, not a template.
        assertEquals(Map.of(InfKind.PNP_DRIVER, 4, InfKind.TEMPLATE, 17), kinds(Corpus.VIRTIO));
    }

    @Test
    void factsOfTheDomainReferenceHold() {
        List<InfFile> wds = Corpus.infs(Corpus.WDS).stream().map(InfFile::parse).toList();
        assertEquals(20, wds.stream().filter(i -> i.section("Manufacturer").isEmpty()).count(), "files without [Manufacturer]");
        assertEquals(41, wds.stream().filter(i -> !i.includes().isEmpty() || !i.needs().isEmpty()).count(), "files with Include/Needs");
        assertEquals(6, wds.stream().flatMap(i -> i.models().stream()).filter(m -> !m.compatibleIds().isEmpty()).count(), "models with compatible IDs");
        assertEquals(6, wds.stream().filter(i -> i.version().driverVer() != null && i.version().driverVer().text().isBlank()).count(), "empty DriverVer");
        List<InfFile> virtio = Corpus.infs(Corpus.VIRTIO).stream().map(InfFile::parse).toList();
        assertEquals(20, virtio.stream().flatMap(i -> i.models().stream()).filter(m -> !m.compatibleIds().isEmpty()).count());
        assertEquals(2, virtio.stream().filter(i -> !i.includes().isEmpty() || !i.needs().isEmpty()).count());
    }

    @Test
    void autorunInfIsNotADriver() {
        InfFile autorun = InfFile.parse(Corpus.file("Windows-driver-samples/general/toaster/toastpkg/inf/autorun.inf"));
        assertEquals(InfKind.NOT_AN_INF, autorun.kind());
        // An autorun file is no INF error: one INFO finding, no NO_VERSION error.
        assertEquals(List.of(InfRule.AUTORUN), autorun.findings().stream().map(InfFinding::rule).toList());
        assertEquals(Severity.INFO, autorun.findings().get(0).severity());
    }

    @Test
    void theNetvadapterFilesAreDamagedUtf16AndReadAsRepaired() {
        InfFile km = InfFile.parse(Corpus.file("Windows-driver-samples/network/netadaptercx/netvadapter/km/netvadapter.inf"));
        assertTrue(km.findings().stream().anyMatch(f -> f.rule() == InfRule.DAMAGED_ENCODING));
        assertEquals("netvadapter.cat", km.version().catalogFiles().get("").text());
        assertEquals(5, km.models().size());
        // The legacy undecorated [Msft] section is empty on purpose: x86 without decorations gets nothing.
        assertEquals(SectionState.EMPTY, km.manufacturers().get(0).sections().stream().filter(s -> s.decoration() == null).findFirst().orElseThrow().state());
    }

    @Test
    void realContinuationsAreJoined() {
        InfFile sdhc = InfFile.parse(Corpus.file("Windows-driver-samples/sd/miniport/sdhc/sdhc.inx"));
        InfLine flags = sdhc.section("SDHCServiceReg").orElseThrow().lines().get(0);
        assertEquals(77, flags.line());
        assertEquals("25", flags.values().get(flags.values().size() - 2));
        assertEquals(4 + 2 * 27, flags.values().size());
    }

    @Test
    void aRealDriverReadsCompletely() {
        InfFile toast = InfFile.parse(Corpus.file("Windows-driver-samples/general/toaster/toastpkg/inf/toastpkg.inf"));
        assertEquals(InfKind.PNP_DRIVER, toast.kind());
        assertEquals(InfEncoding.UTF_16LE_BOM, toast.encoding());
        assertEquals("TOASTER", toast.version().className().text());
        assertEquals("09/21/2006,6.0.5736.1", toast.driverVer().toString());
        assertEquals("{b85b7c50-6a01-11d2-b841-00c04fad5171}\\MsToaster", toast.models().get(0).hardwareId());
        assertEquals("NTamd64.10.0...16299", toast.models().get(0).decoration().text());
        assertFalse(toast.installSection(toast.models().get(0)).isEmpty());
    }

    @Test
    void virtioCompatibleIdsAreRead() {
        InfFile smbus = InfFile.parse(Corpus.file("kvm-guest-drivers-windows/Q35/SMBus/smbus.inf"));
        assertEquals(InfKind.PNP_DRIVER, smbus.kind());
        assertEquals(InfEncoding.ASCII, smbus.encoding());
        assertTrue(smbus.models().size() >= 1);
    }
}
