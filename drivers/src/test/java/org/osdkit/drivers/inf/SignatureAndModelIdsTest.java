package org.osdkit.drivers.inf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 12 items 1 and 2: every signature Windows accepts, and models lines that name only compatible IDs. */
class SignatureAndModelIdsTest {

    private static String driver(String signature, String modelLine) {
        return Infs.lines("[Version]", "Signature=" + signature, "Class=Ports", "ClassGuid={4D36E978-E325-11CE-BFC1-08002BE10318}",
                "Provider=%Mfg%", "DriverVer=05/21/2022,100.90.104.22100", "CatalogFile=test.cat", "PnpLockdown=1",
                "[Manufacturer]", "%Mfg% = Contoso, NTamd64", "[Contoso.NTamd64]", modelLine,
                "[Install.NT]", "AddReg = Install.AddReg", "[Install.AddReg]", "HKR,,PortSubClass,1,01",
                "[Strings]", "Mfg = \"Contoso\"", "Dev = \"Contoso serial\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"$CHICAGO$\"", "\"$Chicago$\"", "$chicago$", "\"$Windows NT$\"", "\"$WINDOWS NT$\"", "\"$Windows 95$\"", "\"$WINDOWS 95$\""})
    void everySignatureWindowsAcceptsMakesADriverNotATemplate(String signature) {
        InfFile inf = Infs.ascii(driver(signature, "%Dev% = Install, PCI\\VEN_1B36&DEV_0002"));
        assertEquals(InfKind.PNP_DRIVER, inf.kind(), inf.findings().toString());
        assertEquals(List.of(), inf.templatePlaceholders());
        assertTrue(inf.findings().stream().noneMatch(f -> f.rule() == InfRule.TEMPLATE || f.rule() == InfRule.BAD_SIGNATURE), inf.findings().toString());
    }

    @Test
    void aRealPlaceholderBesideAChicagoSignatureStillMakesATemplate() {
        InfFile inf = Infs.ascii(driver("\"$CHICAGO$\"", "%Dev% = Install, PCI\\VEN_1B36&DEV_0002") .replace("CatalogFile=test.cat", "CatalogFile=$ARCH$.cat"));
        assertEquals(InfKind.TEMPLATE, inf.kind());
        assertEquals(List.of("$ARCH$"), inf.templatePlaceholders());
    }

    @Test
    void anotherSignatureIsStillRefused() {
        InfFile inf = Infs.ascii(driver("\"$Windows 2000$\"", "%Dev% = Install, PCI\\VEN_1B36&DEV_0002"));
        assertEquals(InfKind.NOT_AN_INF, inf.kind());
        assertTrue(inf.findings().stream().anyMatch(f -> f.rule() == InfRule.BAD_SIGNATURE && f.line() == 2), inf.findings().toString());
    }

    @Test
    void theVirtioSerialInfWithChicagoSignatureIsADriver() {
        InfFile inf = InfFile.parse(Corpus.file("kvm-guest-drivers-windows/pciserial/rhel/qemupciserial.inf"));
        assertEquals("$CHICAGO$", inf.version().signature().text());
        assertEquals(InfKind.PNP_DRIVER, inf.kind());
        assertEquals(2, inf.models().size());
    }

    @Test
    void aModelsLineWithOnlyCompatibleIdsIsKept() {
        InfFile inf = Infs.ascii(driver("\"$Windows NT$\"", "%Dev% = Install,, PCI\\VEN_1B36&DEV_0002, PCI\\CC_0700"));
        assertEquals(1, inf.models().size(), inf.findings().toString());
        ModelEntry m = inf.models().get(0);
        assertEquals("", m.hardwareId());
        assertEquals(List.of("PCI\\VEN_1B36&DEV_0002", "PCI\\CC_0700"), m.compatibleIds());
        assertEquals(List.of("PCI\\VEN_1B36&DEV_0002", "PCI\\CC_0700"), m.ids());
        assertTrue(inf.findings().stream().noneMatch(f -> f.rule() == InfRule.MODEL_WITHOUT_ID), inf.findings().toString());
    }

    @Test
    void aModelsLineWithNoIdAtAllIsStillReported() {
        InfFile inf = Infs.ascii(driver("\"$Windows NT$\"", "%Dev% = Install,,"));
        assertEquals(0, inf.models().size());
        assertTrue(inf.findings().stream().anyMatch(f -> f.rule() == InfRule.MODEL_WITHOUT_ID && f.line() == 12), inf.findings().toString());
    }
}
