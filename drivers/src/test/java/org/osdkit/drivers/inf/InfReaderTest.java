package org.osdkit.drivers.inf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.osdkit.core.Architecture;
import org.osdkit.core.OsTarget;

class InfReaderTest {

    private static final String DRIVER = Infs.VERSION + Infs.lines(
            "[Manufacturer]",
            "%Mfg% = Contoso, NTamd64, NTamd64.10.0...16299, NTx86, NTarm64",
            "[Contoso.NTamd64]",
            "%Dev% = Install, PCI\\VEN_8086&DEV_1234&SUBSYS_00011234, PCI\\VEN_8086&DEV_1234, PCI\\CC_0200",
            "[Contoso.NTamd64.10.0...16299]",
            "%Dev% = Install, PCI\\VEN_8086&DEV_1234&SUBSYS_00011234",
            "%Dev2% = Other, USB\\VID_045E&PID_00B4",
            "[Contoso.NTx86]",
            "%Dev% = Install, PCI\\VEN_8086&DEV_1234",
            "[Contoso.NTarm64]",
            "; deliberately empty: no ARM64 support",
            "[Install.NTamd64]",
            "CopyFiles = Install.Copy, @extra.dll",
            "FeatureScore = 0xFE",
            "[Install.NT]",
            "CopyFiles = Install.Copy",
            "Include = ks.inf, wdmaudio.inf",
            "Needs = KS.Registration",
            "[Install.NTamd64.Services]",
            "AddService = contoso, 2, Contoso.Service",
            "[Contoso.Service]",
            "StartType = %SERVICE_BOOT_START%",
            "[Other]",
            "CopyFiles = Install.Copy",
            "[Install.Copy]",
            "contoso.sys",
            "renamed.sys, original.sys",
            "[SourceDisksNames]",
            "1 = %Disk%,,,\\drivers",
            "[SourceDisksNames.amd64]",
            "2 = %Disk%,,,x64",
            "[SourceDisksFiles]",
            "contoso.sys = 1",
            "extra.dll = 1,sub",
            "[SourceDisksFiles.amd64]",
            "contoso64.sys = 2",
            "escape.sys = 1,..\\..\\outside",
            "[Strings]",
            "Mfg = \"Contoso\"", "Dev = \"Contoso Gigabit\"", "Dev2 = \"Contoso Mouse\"", "Disk = \"Disk 1\"", "SERVICE_BOOT_START = 0");

    private final InfFile inf = Infs.ascii(DRIVER);

    @Test
    void readsVersionValuesWithTokensResolved() {
        assertEquals(InfKind.PNP_DRIVER, inf.kind());
        assertEquals("Contoso", inf.version().provider().text());
        assertEquals("test.cat", inf.version().catalogFor(InfPlatform.AMD64).orElseThrow().text());
        assertTrue(inf.version().hasValidSignature());
    }

    @Test
    void readsManufacturerDecorationsAndModelsWithCompatibleIds() {
        ManufacturerEntry m = inf.manufacturers().get(0);
        assertEquals("Contoso", m.name());
        assertEquals(4, m.decorations().size());
        ModelEntry first = inf.models().get(0);
        assertEquals("Contoso Gigabit", first.description());
        assertEquals("PCI\\VEN_8086&DEV_1234&SUBSYS_00011234", first.hardwareId());
        assertEquals(List.of("PCI\\VEN_8086&DEV_1234", "PCI\\CC_0200"), first.compatibleIds());
        assertEquals(InfPlatform.AMD64, first.platform().orElseThrow());
        assertEquals(4, inf.models().size(), "the empty ARM64 section adds none");
    }

    @Test
    void picksModelsPerTargetAndHonoursAnEmptySectionAsAnExclusion() {
        assertEquals(2, inf.modelsFor(OsTarget.parse("Win10-22H2", Architecture.X64)).size());
        assertEquals(1, inf.modelsFor(OsTarget.parse("Win10-1607", Architecture.X64)).size());
        assertEquals(1, inf.modelsFor(OsTarget.parse("XP", Architecture.X86)).size());
        assertTrue(inf.modelsFor(OsTarget.parse("Win11", Architecture.ARM64)).isEmpty());
        ModelsSection arm = inf.manufacturers().get(0).sections().stream().filter(s -> s.name().endsWith("NTarm64")).findFirst().orElseThrow();
        assertEquals(SectionState.EMPTY, arm.state());
    }

    @Test
    void choosesTheInstallSectionBySuffixAndReadsFeatureScoreAndBootStart() {
        InstallSection amd64 = inf.installSection(inf.models().get(0)).orElseThrow();
        assertEquals("Install.NTamd64", amd64.name());
        assertEquals(0xFE, amd64.featureScore());
        assertTrue(amd64.ntExtension());
        assertTrue(amd64.bootStart());
        InstallSection x86 = inf.installSection(inf.modelsFor(OsTarget.parse("XP", Architecture.X86)).get(0)).orElseThrow();
        assertEquals("Install.NT", x86.name());
        assertEquals(InstallSection.DEFAULT_FEATURE_SCORE, x86.featureScore());
        InstallSection plain = inf.installSection(inf.models().stream().filter(m -> m.installSection().equals("Other")).findFirst().orElseThrow()).orElseThrow();
        assertFalse(plain.ntExtension());
    }

    @Test
    void resolvesSourceFilesThroughDiskPathsAndSubdirectoriesAndRefusesEscapes() {
        List<String> paths = inf.sourceFiles().stream().map(SourceFile::relativePath).toList();
        assertEquals(List.of("drivers/contoso.sys", "drivers/sub/extra.dll", "x64/contoso64.sys"), paths);
        assertEquals(InfPlatform.AMD64, inf.sourceFiles().get(2).platform());
        assertTrue(inf.findings().stream().anyMatch(f -> f.rule() == InfRule.PATH_ESCAPES && f.message().contains("escape.sys")));
    }

    @Test
    void recordsIncludesNeedsAndCopiedFiles() {
        assertEquals(List.of("ks.inf", "wdmaudio.inf"), inf.includes().stream().map(InfValue::text).toList());
        assertEquals(List.of("KS.Registration"), inf.needs().stream().map(InfValue::text).toList());
        assertEquals(List.of("contoso.sys", "original.sys", "extra.dll"), inf.copyFiles().stream().map(InfValue::text).distinct().toList());
    }

    @Test
    void anInfWithoutVersionIsNotAnInfAndATemplateIsATemplate() {
        assertEquals(InfKind.NOT_AN_INF, Infs.ascii("[autorun]\r\nopen=setup.exe\r\n").kind());
        assertEquals(InfKind.TEMPLATE, InfFile.parse(DRIVER.getBytes(java.nio.charset.StandardCharsets.US_ASCII), "x.inx").kind());
        InfFile arch = Infs.ascii(DRIVER.replace("NTamd64, NTamd64.10.0...16299", "NT$ARCH$"));
        assertEquals(InfKind.TEMPLATE, arch.kind());
        assertTrue(arch.templatePlaceholders().contains("$ARCH$"));
        assertEquals(InfKind.NON_PNP_DRIVER, Infs.ascii(Infs.VERSION + "[DefaultInstall.NTamd64]\r\nCopyFiles=x\r\n").kind());
        // setupapi opens Windows 9x INFs signed "$Windows 95$" too; any other signature is not an INF.
        assertEquals(InfKind.NON_PNP_DRIVER, Infs.ascii("[Version]\r\nSignature=\"$Windows 95$\"\r\n").kind());
        assertEquals(InfKind.NOT_AN_INF, Infs.ascii("[Version]\r\nSignature=\"$Windows 98$\"\r\n").kind());
    }
}
