package org.osdkit.sites.description;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.SiteCode;
import org.osdkit.sites.ConfigMgrVersion;
import org.osdkit.sites.SiteErrors;
import org.osdkit.sites.SiteType;
import org.osdkit.sites.controlfile.Fixtures;
import org.osdkit.sites.controlfile.SiteControlFile;
import org.osdkit.sites.hierarchy.Site;
import org.osdkit.sites.service.ServiceState;

class ChangeSiteDescriptionTest extends DescriptionChangeFixture {

    @Test
    void changesOnlyTheDescriptionAndKeepsABackup() throws IOException {
        DescriptionChangeOutcome outcome = change("Brussels Secondary Site", true, false);

        assertArrayEquals(withName(original, "Brussels Secondary", "Brussels Secondary Site"), current());
        Path backup = root.resolve("Inboxes/SiteCtrl.box/history/osdkit-20090212T102700Z-sitectrl.ct0.bak");
        assertArrayEquals(original, Files.readAllBytes(backup));
        assertEquals(backup, outcome.plan().backupFile());
        assertEquals(List.of("query", "stop", "start"), service.calls());
        assertEquals(ServiceState.RUNNING, service.state());
        SiteChange recorded = history.list(SE1, 10).get(0);
        assertEquals("Brussels Secondary", recorded.oldValue());
        assertEquals("Brussels Secondary Site", recorded.newValue());
        assertEquals("kenny", recorded.actor());
        assertEquals(ChangeSiteDescription.ACTION, audit.entries.get(0).action());
        assertTrue(audit.entries.get(0).outcome().startsWith("ok"), audit.entries.get(0).outcome());
        try (Stream<Path> left = Files.list(file.getParent())) {
            assertEquals(3, left.count(), "no temporary file left beside sitectrl.ct0");
        }
        ChangeAttempt attempt = onlyAttempt();
        assertEquals(AttemptState.APPLIED, attempt.state());
        assertEquals(recorded.id(), attempt.changeId());
        assertEquals(ServiceState.RUNNING, attempt.serviceBefore());
        assertEquals(backup.toString(), attempt.backupFile());
        assertEquals(Sha256.of(original), attempt.originalSha256());
        assertEquals(Sha256.of(current()), attempt.intendedSha256());
        assertEquals(List.of(), sleeps);
    }

    @Test
    void theImportedInventoryFollowsTheChange() {
        inventory.replaceAll(List.of(new Site(SE1, "Brussels Secondary", SiteType.SECONDARY, SiteCode.of("PR1"), null, null, "test")), CLOCK.instant());
        change("Brussels Secondary Site", true, false);
        assertEquals("Brussels Secondary Site", inventory.load().find(SE1).orElseThrow().name());
    }

    @Test
    void whatIfShowsTheLineAndStepsAndChangesNothing() throws IOException {
        DescriptionChangeOutcome outcome = change("New Name", false, true);
        DescriptionChangePlan plan = outcome.plan();
        assertEquals(12, plan.line());
        assertEquals("    <Brussels Secondary>", plan.oldLine());
        assertEquals("    <New Name>", plan.newLine());
        assertEquals("Brussels Secondary", new String(original, (int) plan.byteOffset(), (int) (plan.byteEnd() - plan.byteOffset()), StandardCharsets.ISO_8859_1));
        assertEquals(8, plan.steps().size());
        assertTrue(plan.steps().get(0).startsWith("Record the change as pending"), plan.steps().get(0));
        assertArrayEquals(original, current());
        assertEquals(List.of(), service.calls());
        assertEquals(List.of(), audit.entries);
        assertEquals(List.of(), history.list(null, 10));
        assertTrue(history.attempt(1).isEmpty(), "a what-if run records no attempt");
    }

    @Test
    void withoutForceNothingIsTouchedAndTheRefusalIsAudited() throws IOException {
        OsdkitException e = assertThrows(OsdkitException.class, () -> change("New Name", false, false));
        assertEquals(SiteErrors.FORCE_REQUIRED, e.code());
        assertArrayEquals(original, current());
        assertEquals(List.of(), service.calls());
        assertTrue(audit.entries.get(0).outcome().startsWith("refused: [SITE-FORCE-REQUIRED]"), audit.entries.get(0).outcome());
    }

    @Test
    void theSameDescriptionIsNoChange() {
        assertTrue(change("Brussels Secondary", true, false).unchanged());
        assertEquals(List.of(), service.calls());
    }

    @Test
    void anotherSitesCodeIsRefused() {
        OsdkitException e = assertThrows(OsdkitException.class, () -> useCase(new LocalDisk())
                .run(new DescriptionChangeRequest(file, SiteCode.of("PR1"), "x", null, null, true, false), service, progress::add));
        assertEquals(SiteErrors.NOT_OWN_SITE, e.code());
        assertTrue(e.getMessage().contains("site control file of site SE1, not of PR1"), e.getMessage());
    }

    @Test
    void aPendingDeltaIsRefused() throws IOException {
        Files.writeString(file.getParent().resolve("incoming/00000012.CT1"), "BEGIN_FILE_DEFINITION");
        OsdkitException e = assertThrows(OsdkitException.class, () -> change("New Name", true, false));
        assertEquals(SiteErrors.PENDING_DELTA, e.code());
        assertTrue(e.getMessage().contains("00000012.CT1"), e.getMessage());
        assertEquals(List.of(), service.calls());
    }

    @Test
    void configMgr2012IsRefusedWithTheSupportedWays() throws IOException {
        Files.write(file, Fixtures.bytes("cm2012-ps1.ct0"));
        OsdkitException e = assertThrows(OsdkitException.class, () -> useCase(new LocalDisk())
                .run(new DescriptionChangeRequest(file, SiteCode.of("PS1"), "x", null, null, true, false), service, progress::add));
        assertEquals(SiteErrors.UNSUPPORTED_VERSION, e.code());
        assertTrue(e.describe().contains("Set-CMSite -SiteCode PS1 -Comment") && e.describe().contains("GetSessionHandle")
                && e.describe().contains("CommitSCF('PS1')"), e.describe());
        assertEquals(List.of(), service.calls());
    }

    @Test
    void aDatabaseDropNamedAfterTheSiteCodeCountsAsConfigMgr2012() throws IOException {
        Path drop = file.resolveSibling("SE3.CT0");
        Files.write(drop, Fixtures.bytes("no-version-se3.ct0"));
        OsdkitException e = assertThrows(OsdkitException.class, () -> useCase(new LocalDisk())
                .run(new DescriptionChangeRequest(drop, SiteCode.of("SE3"), "x", null, null, true, false), service, progress::add));
        assertEquals(SiteErrors.UNSUPPORTED_VERSION, e.code());
    }

    @Test
    void anUnknownVersionMustBeDeclared() throws IOException {
        Files.write(file, Fixtures.bytes("no-version-se3.ct0"));
        SiteCode se3 = SiteCode.of("SE3");
        OsdkitException e = assertThrows(OsdkitException.class, () -> useCase(new LocalDisk())
                .run(new DescriptionChangeRequest(file, se3, "Liege", null, null, true, false), service, progress::add));
        assertEquals(SiteErrors.VERSION_UNKNOWN, e.code());
        useCase(new LocalDisk()).run(new DescriptionChangeRequest(file, se3, "Liege", ConfigMgrVersion.CM_2007, null, true, false), service, progress::add);
        assertEquals("Liege", SiteControlFile.read(file).siteDefinition().orElseThrow().siteName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"broken/truncated.ct0", "broken/unbalanced.ct0", "broken/angle-in-value.ct0",
        "broken/duplicate-site-definition.ct0", "broken/kb-sample-malformed.ct0"})
    void aFileThatCannotBeFullyParsedIsNeverWritten(String fixture) throws IOException {
        byte[] broken = Fixtures.bytes(fixture);
        Files.write(file, broken);
        OsdkitException e = assertThrows(OsdkitException.class, () -> useCase(new LocalDisk())
                .run(new DescriptionChangeRequest(file, SiteCode.of("SE9"), "x", ConfigMgrVersion.CM_2007, null, true, false), service, progress::add));
        assertEquals(SiteErrors.SCF_UNPARSED, e.code());
        assertTrue(e.getMessage().contains("line "), e.getMessage());
        assertArrayEquals(broken, current());
        assertEquals(List.of(), service.calls());
    }

    @Test
    void aBinaryFileIsRefused() throws IOException {
        byte[] binary = {0x4D, 0x5A, (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
        Files.write(file, binary);
        OsdkitException e = assertThrows(OsdkitException.class, () -> change("x", true, false));
        assertEquals(SiteErrors.SCF_UNPARSED, e.code());
        assertTrue(e.getMessage().contains("binary content"), e.getMessage());
        assertArrayEquals(binary, current());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a<b", "a>b", "two\nlines", "cr\rhere", "Li\u00E8ge", "  ", "123456789012345678901234567890123456789012345678901"})
    void descriptionsBreakingTheRulesAreRefused(String description) {
        OsdkitException e = assertThrows(OsdkitException.class, () -> change(description, true, false));
        assertEquals(SiteErrors.INVALID_DESCRIPTION, e.code());
        assertEquals(List.of(), service.calls());
    }

    @ParameterizedTest
    @ValueSource(strings = {" Ghent", "Ghent ", "  Ghent Secondary  "})
    void descriptionsWithLeadingOrTrailingBlanksAreRefusedBecauseConfigMgrTrimsThem(String description) throws IOException {
        for (boolean whatIf : new boolean[] {true, false}) {
            OsdkitException e = assertThrows(OsdkitException.class, () -> change(description, true, whatIf));
            assertEquals(SiteErrors.DESCRIPTION_UNTRIMMED, e.code());
            assertTrue(e.getMessage().contains("\"" + description.strip() + "\""), e.getMessage());
        }
        assertEquals(List.of(), service.calls());
        assertArrayEquals(original, current());
    }

    @Test
    void theLetterOSpellingOfTheFileIsAcceptedAndNamed() throws IOException {
        Path cto = file.resolveSibling("sitectrl.cto");
        Files.move(file, cto);
        DescriptionChangeOutcome outcome = useCase(new LocalDisk())
                .run(new DescriptionChangeRequest(file.getParent(), SE1, "New", null, null, false, true), service, progress::add);
        assertEquals(cto, outcome.plan().controlFile());
        assertTrue(outcome.plan().foundAs().contains("letter o"), outcome.plan().foundAs());
    }

    @Test
    void revertPutsTheOldBytesBackAndLinksTheChange() throws IOException {
        SiteChange first = change("Brussels Secondary Site", true, false).applied();
        RevertSiteDescription revert = new RevertSiteDescription(history, useCase(new LocalDisk()));
        SiteChange reverted = revert.run(first.id(), null, null, true, false, service, progress::add).applied();
        assertArrayEquals(original, current());
        assertEquals(first.id(), reverted.revertOf());
        assertEquals(RevertSiteDescription.ACTION, audit.entries.get(1).action());
    }

    @Test
    void revertIsRefusedWhenTheDescriptionChangedSince() throws IOException {
        SiteChange first = change("Second Name", true, false).applied();
        change("Third Name", true, false);
        RevertSiteDescription revert = new RevertSiteDescription(history, useCase(new LocalDisk()));
        OsdkitException e = assertThrows(OsdkitException.class, () -> revert.run(first.id(), null, null, true, false, service, progress::add));
        assertEquals(SiteErrors.REVERT_CONFLICT, e.code());
        assertEquals(SiteErrors.CHANGE_NOT_FOUND, assertThrows(OsdkitException.class,
                () -> revert.run(999, null, null, true, false, service, progress::add)).code());
    }
}
