package org.osdkit.drivers.inf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InfLintTest {

    @TempDir
    Path folder;

    private static Set<InfRule> rules(List<InfFinding> findings) {
        return findings.stream().map(InfFinding::rule).collect(Collectors.toSet());
    }

    private static InfFinding first(List<InfFinding> findings, InfRule rule) {
        return findings.stream().filter(f -> f.rule() == rule).findFirst().orElseThrow(() -> new AssertionError(rule + " not in " + findings));
    }

    @Test
    void reportsMissingVersionKeysUnsignedAndNoPnpLockdown() {
        InfFile inf = Infs.ascii(Infs.lines("[Version]", "Signature=\"$Windows NT$\"", "[Manufacturer]", "Contoso=Contoso", "[Contoso]", "Dev=Inst,ROOT\\X", "[Inst]"));
        List<InfFinding> findings = InfLint.check(inf, InfFolder.NONE);
        assertTrue(rules(findings).containsAll(Set.of(InfRule.VERSION_MISSING_KEY, InfRule.UNSIGNED, InfRule.PNPLOCKDOWN_MISSING)), findings.toString());
        assertEquals(4, findings.stream().filter(f -> f.rule() == InfRule.VERSION_MISSING_KEY).count(), findings.toString());
        assertEquals(1, first(findings, InfRule.UNSIGNED).line());
    }

    @Test
    void reportsAnUndefinedTokenWithItsLine() {
        InfFile inf = Infs.ascii(Infs.VERSION + Infs.lines("[Manufacturer]", "%Mfg%=M", "[M]", "%Undefined% = Inst, ROOT\\X", "[Inst]", "[Strings]", "Mfg=\"M\""));
        InfFinding f = first(InfLint.check(inf, InfFolder.NONE), InfRule.UNDEFINED_TOKEN);
        assertEquals(12, f.line());
        assertTrue(f.message().contains("%Undefined%"), f.message());
        assertTrue(f.toString().startsWith("test.inf:12: ERROR INF-UNDEFINED-TOKEN"), f.toString());
    }

    @Test
    void aMissingModelsSectionIsAnErrorAndAnEmptyOneAnExclusion() {
        InfFile inf = Infs.ascii(Infs.VERSION + Infs.lines("[Manufacturer]", "%Mfg%=M,NTamd64,NTarm64", "[M.NTarm64]", "[Strings]", "Mfg=\"M\""));
        List<InfFinding> findings = InfLint.check(inf, InfFolder.NONE);
        assertTrue(first(findings, InfRule.MODELS_SECTION_MISSING).message().contains("[M.NTamd64]"));
        assertTrue(first(findings, InfRule.MODELS_SECTION_EMPTY).message().contains("NTarm64"));
    }

    @Test
    void reportsAnInvalidDriverVerAndAMissingInstallSection() {
        InfFile inf = Infs.ascii(Infs.VERSION.replace("06/21/2023,1.2.3.4", "2023-13-01,1.2") + Infs.lines("[Manufacturer]", "%Mfg%=M", "[M]", "%Mfg%=Nowhere,ROOT\\X", "[Strings]", "Mfg=\"M\""));
        List<InfFinding> findings = InfLint.check(inf, InfFolder.NONE);
        assertEquals(6, first(findings, InfRule.DRIVERVER_INVALID).line());
        assertTrue(first(findings, InfRule.INSTALL_SECTION_MISSING).message().contains("[Nowhere]"));
    }

    @Test
    void checksTheFilesAgainstTheFolderIgnoringCase() throws IOException {
        Files.writeString(folder.resolve("TEST.CAT"), "cat");
        Files.createDirectories(folder.resolve("x64"));
        Files.writeString(folder.resolve("x64/Present.sys"), "sys");
        InfFile inf = Infs.ascii(Infs.VERSION + Infs.lines("[SourceDisksNames]", "1=d,,,x64", "[SourceDisksFiles]", "present.sys=1", "absent.sys=1",
                "[Inst]", "CopyFiles=@present.sys, @unlisted.sys"));
        List<InfFinding> findings = InfLint.check(inf, InfFolder.of(folder));
        List<InfFinding> absent = findings.stream().filter(f -> f.rule() == InfRule.FILE_ABSENT).toList();
        assertEquals(1, absent.size(), findings.toString());
        assertTrue(absent.get(0).message().contains("x64/absent.sys"));
        assertTrue(first(findings, InfRule.FILE_NOT_IN_SOURCEDISKSFILES).message().contains("unlisted.sys"));
    }

    @Test
    void reportsArchitectureDecorationsThatDisagreeWithTheFiles() {
        InfFile inf = Infs.ascii(Infs.VERSION.replace("CatalogFile=test.cat", "CatalogFile.ntx86=test.cat") + Infs.lines("[Manufacturer]", "%Mfg%=M,NTamd64",
                "[M.NTamd64]", "%Mfg%=Inst,ROOT\\X", "[Inst.NTamd64]", "[SourceDisksNames]", "1=d", "[SourceDisksFiles.x86]", "a.sys=1", "[Strings]", "Mfg=\"M\""));
        List<String> messages = InfLint.check(inf, InfFolder.NONE).stream().filter(f -> f.rule() == InfRule.ARCH_INCONSISTENT).map(InfFinding::message).toList();
        assertEquals(3, messages.size(), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("[SourceDisksFiles.x86]")));
        assertTrue(messages.stream().anyMatch(m -> m.contains("no CatalogFile covers it")));
    }

    @Test
    void followsIncludesBesideTheInfAndFindsALoop() throws IOException {
        Files.writeString(folder.resolve("a.inf"), Infs.VERSION + "[Inst]\r\nInclude=b.inf\r\nNeeds=Missing.Section\r\n", StandardCharsets.US_ASCII);
        Files.writeString(folder.resolve("b.inf"), Infs.VERSION + "[Inst]\r\nInclude=A.INF\r\n", StandardCharsets.US_ASCII);
        List<InfFinding> findings = InfLint.check(InfFile.parse(folder.resolve("a.inf")), InfFolder.of(folder));
        assertTrue(first(findings, InfRule.INCLUDE_LOOP).message().contains("a.inf -> b.inf -> a.inf"), findings.toString());
        assertTrue(rules(findings).contains(InfRule.NEEDS_SECTION_MISSING));
    }

    @Test
    void anIncludedInboxInfIsADependencyNotAnError() {
        InfFile inf = Infs.ascii(Infs.VERSION + Infs.lines("[Inst]", "Include = ks.inf", "Needs = KS.Registration"));
        List<InfFinding> findings = InfLint.check(inf, InfFolder.of(folder));
        assertEquals(Severity.INFO, first(findings, InfRule.INCLUDE_NOT_FOUND).severity());
        assertFalse(rules(findings).contains(InfRule.NEEDS_SECTION_MISSING));
    }

    @Test
    void aLinkPointingOutsideTheFolderCountsAsAbsent(@TempDir Path outside) throws IOException {
        Files.writeString(outside.resolve("secret.sys"), "x");
        Files.createSymbolicLink(folder.resolve("secret.sys"), outside.resolve("secret.sys"));
        assertFalse(InfFolder.of(folder).exists("secret.sys"));
        assertFalse(InfFolder.of(folder).exists("../" + outside.getFileName() + "/secret.sys"));
    }
}
