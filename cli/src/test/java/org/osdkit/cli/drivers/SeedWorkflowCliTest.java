package org.osdkit.cli.drivers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.cli.CliRun;
import org.osdkit.cli.Main;
import org.osdkit.cli.command.Confirmation;

/**
 * The seed's workflow from the command line on a folder share: scan a model's sources, import them,
 * create the R61 package under SCCM_Driver_Packages\XP\R61-8935CTO, distribute it to a DP, and be
 * refused for SMSPXEIMAGE$.
 */
class SeedWorkflowCliTest {

    @TempDir
    Path workspace;
    @TempDir
    Path share;
    @TempDir
    Path dpShare;

    Path sources;

    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void tree() throws IOException {
        sources = R61Tree.write(share);
    }

    Run osdkit(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--workspace", workspace.toString()));
        all.addAll(List.of(args));
        int code = Main.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), Map.of());
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void theSeedWorkflowRunsEndToEnd() {
        Run scan = osdkit("drivers", "scan", sources.toString());
        assertEquals(0, scan.code(), scan.err());
        assertTrue(scan.out().contains("4 folders, 3 drivers, 3 models, 3 hardware IDs, 0 templates, 1 hardware applications"), scan.out());
        assertTrue(scan.out().contains("setup.exe /s /f1\".\\setup.iss\""), scan.out());

        Run imported = osdkit("drivers", "import", sources.toString(), "--category", "R61-8935CTO");
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().contains(": 3 imported, 0 unchanged"), imported.out());
        Run again = osdkit("drivers", "import", sources.toString(), "--category", "R61-8935CTO");
        assertTrue(again.out().contains(": 0 imported, 3 unchanged"), again.out());

        Run created = osdkit("drivers", "package", "create", "--site", "PS1", "--manufacturer", "Lenovo", "--model", "R61", "--sku", "8935CTO",
                "--os", "XP", "--arch", "x86", "--share", share.toString(), "--category", "R61-8935CTO");
        assertEquals(0, created.code(), created.err());
        Path folder = share.resolve("SCCM_Driver_Packages").resolve("XP").resolve("R61-8935CTO");
        assertTrue(created.out().contains("PS100001") && created.out().contains(folder.toString()), created.out());
        assertTrue(created.err().contains("netw4x64.inf") && created.err().contains("architecture or OS mismatch"), created.err());
        assertTrue(Files.isRegularFile(folder.resolve("osdkit-package.json")));

        Run dp = osdkit("drivers", "dp", "add", "--name", "dp01.contoso.com", "--site", "PS1", "--share", dpShare.toString());
        assertEquals(0, dp.code(), dp.err());
        Run sent = osdkit("drivers", "distribute", "--package", "PS100001", "--dp", "dp01.contoso.com");
        assertEquals(0, sent.code(), sent.err());
        assertTrue(sent.out().contains("Distributed"), sent.out());
        assertTrue(Files.isRegularFile(dpShare.resolve("PS100001").resolve("osdkit-package.json")));
        Run status = osdkit("--output", "json", "drivers", "dp", "status", "--package", "PS100001");
        assertTrue(status.out().contains("\"State\" : \"Distributed\""), status.out());

        Run pxe = osdkit("drivers", "dp", "add", "--name", "sccm01.contoso.com", "--site", "PS1", "--share", "\\\\sccm01.contoso.com\\SMSPXEIMAGE$");
        assertEquals(1, pxe.code());
        assertTrue(pxe.err().contains("ERROR [DRV-PXE-SHARE-REFUSED]") && pxe.err().contains("PXE boot images only"), pxe.err());
        Run pxeDistribute = osdkit("drivers", "distribute", "--package", "PS100001", "--dp", "\\\\sccm01.contoso.com\\SMSPXEIMAGE$");
        assertEquals(1, pxeDistribute.code());
        assertTrue(pxeDistribute.err().contains("DRV-PXE-SHARE-REFUSED"), pxeDistribute.err());
    }

    @Test
    void whatIfPrintsPowerShellLinesAndChangesNothing() {
        Run imported = osdkit("drivers", "import", sources.toString(), "--category", "R61-8935CTO", "--what-if");
        assertTrue(imported.out().contains("What if: Performing the operation \"Import driver\" on target \"Network/e1e5132.inf\"."), imported.out());
        Run list = osdkit("--output", "json", "drivers", "list");
        assertEquals("[ ]", list.out().strip());
    }

    @Test
    void matchesAMachinesDevicesAgainstTheCatalog() throws IOException {
        osdkit("drivers", "import", sources.toString(), "--category", "R61-8935CTO");
        Path ids = Files.writeString(workspace.resolve("ids.txt"), "Instance ID: PCI\\VEN_8086&DEV_109A&SUBSYS_20DF17AA&REV_03\\4&1\r\n"
                + "Hardware IDs: PCI\\VEN_8086&DEV_109A&SUBSYS_20DF17AA&REV_03\r\n              " + R61Tree.NIC + "\r\n\r\nInstance ID: ROOT\\X\\0\r\nHardware IDs: ROOT\\X\r\n");
        Run match = osdkit("drivers", "match", "--hwids", ids.toString(), "--os", "XP", "--arch", "x86");
        assertEquals(1, match.code(), "ROOT\\X has no driver: the report is the finding");
        assertTrue(match.out().contains("e1e5132.inf") && match.out().contains("0x00000001"), match.out());
        assertTrue(match.out().contains("Ranks follow Windows XP's rules"), match.out());
        assertTrue(match.out().contains("1 of 2 devices have a catalog driver for XP x86; 1 have none."), match.out());
    }

    @Test
    void removalIsHighImpactAndNeedsForceWithoutAConsole() {
        osdkit("drivers", "import", sources.toString(), "--category", "R61-8935CTO");
        osdkit("drivers", "package", "create", "--site", "PS1", "--manufacturer", "Lenovo", "--model", "R61", "--sku", "8935CTO",
                "--os", "XP", "--arch", "x86", "--share", share.toString(), "--category", "R61-8935CTO");
        Run refused = osdkit("drivers", "package", "remove", "PS100001");
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("CLI-CONFIRMATION-REQUIRED"), refused.err());
        Run whatIf = osdkit("drivers", "package", "remove", "PS100001", "--what-if");
        assertTrue(whatIf.out().contains("What if: Performing the operation \"Remove driver package PS100001"), whatIf.out());
        Run removed = osdkit("drivers", "package", "remove", "PS100001", "--force");
        assertEquals(0, removed.code(), removed.err());
        assertFalse(Files.exists(share.resolve("SCCM_Driver_Packages/XP/R61-8935CTO/osdkit-package.json")));
        assertEquals("[ ]", osdkit("--output", "json", "drivers", "package", "list").out().strip());
    }

    @Test
    void confirmAsksBeforeEachChangeAndNoMeansNothingChanges(@TempDir Path dp2Share) {
        List<String> asked = new ArrayList<>();
        CliRun no = CliRun.answering(change -> {
            asked.add(change.operation() + " " + change.target());
            return Confirmation.Answer.NO;
        }, workspace, "drivers", "import", sources.toString(), "--category", "R61-8935CTO", "--confirm");
        assertEquals(0, no.exitCode(), no.err());
        assertEquals(List.of("Import drivers " + sources), asked);
        assertEquals("[ ]", osdkit("--output", "json", "drivers", "list").out().strip());
        assertEquals(0, CliRun.answering(change -> Confirmation.Answer.YES, workspace, "drivers", "import", sources.toString(), "--category", "R61-8935CTO",
                "--confirm").exitCode());

        String[] create = {"drivers", "package", "create", "--site", "PS1", "--manufacturer", "Lenovo", "--model", "R61", "--sku", "8935CTO",
                "--os", "XP", "--arch", "x86", "--share", share.toString(), "--category", "R61-8935CTO", "--confirm"};
        CliRun notCreated = CliRun.answering(change -> Confirmation.Answer.NO, workspace, create);
        assertTrue(notCreated.out().contains("What if: Performing the operation \"Create driver package") && notCreated.out().contains("Nothing changed."),
                notCreated.out());
        assertEquals("[ ]", osdkit("--output", "json", "drivers", "package", "list").out().strip());
        assertEquals(0, CliRun.answering(change -> Confirmation.Answer.YES, workspace, create).exitCode());

        osdkit("drivers", "dp", "add", "--name", "dp01.contoso.com", "--site", "PS1", "--share", dpShare.toString());
        osdkit("drivers", "dp", "add", "--name", "dp02.contoso.com", "--site", "PS1", "--share", dp2Share.toString());
        osdkit("drivers", "dp", "group-add", "branches", "--dp", "dp01.contoso.com", "--dp", "dp02.contoso.com");
        // The question is the distribution's what-if line: the operation and the DP's copy of the package.
        CliRun sent = CliRun.answering(change -> change.target().equals(dpShare + "\\PS100001") ? Confirmation.Answer.YES : Confirmation.Answer.NO,
                workspace, "drivers", "distribute", "--package", "PS100001", "--dp-group", "branches", "--confirm");
        assertEquals(0, sent.exitCode(), sent.err());
        assertTrue(Files.isRegularFile(dpShare.resolve("PS100001").resolve("osdkit-package.json")));
        assertFalse(Files.exists(dp2Share.resolve("PS100001")), "dp02 was answered no");

        CliRun kept = CliRun.answering(change -> Confirmation.Answer.NO, workspace, "drivers", "package", "remove", "PS100001", "--force", "--confirm");
        assertEquals(0, kept.exitCode(), kept.err());
        assertTrue(Files.exists(share.resolve("SCCM_Driver_Packages/XP/R61-8935CTO/osdkit-package.json")), "--confirm asks even with --force");
    }

    @Test
    void packageRemovalAsksPowerShellsQuestionPerItemOnATerminalWhateverStdoutIs() {
        osdkit("drivers", "import", sources.toString(), "--category", "R61-8935CTO");
        osdkit("drivers", "package", "create", "--site", "PS1", "--manufacturer", "Lenovo", "--model", "R61", "--sku", "8935CTO",
                "--os", "XP", "--arch", "x86", "--share", share.toString(), "--category", "R61-8935CTO");
        osdkit("drivers", "dp", "add", "--name", "dp01.contoso.com", "--site", "PS1", "--share", dpShare.toString());
        osdkit("drivers", "distribute", "--package", "PS100001", "--dp", "dp01.contoso.com");
        // stdout is captured (a pipe, where System.console() is null), stdin is typed at a terminal: the first item is
        // answered no, then No to All, so nothing is deleted and the package stays.
        CliRun kept = CliRun.typing("n\nL\n", () -> { }, workspace, "--output", "json", "drivers", "package", "remove", "PS100001");
        assertEquals(0, kept.exitCode(), kept.err());
        assertEquals(2, kept.err().split("\\[Y\\] Yes  \\[A\\] Yes to All  \\[N\\] No  \\[L\\] No to All  \\[S\\] Suspend  \\[\\?\\] Help \\(default is \"Y\"\\): ", -1).length - 1,
                kept.err());
        assertTrue(Files.isRegularFile(dpShare.resolve("PS100001").resolve("osdkit-package.json")));
        assertTrue(Files.exists(share.resolve("SCCM_Driver_Packages/XP/R61-8935CTO/osdkit-package.json")));
        assertFalse(kept.out().contains("Are you sure"), "questions go to stderr, never into stdout's JSON: " + kept.out());

        // "a": Yes to All answers every item after the first question.
        CliRun removed = CliRun.typing("a\n", () -> { }, workspace, "drivers", "package", "remove", "PS100001");
        assertEquals(0, removed.exitCode(), removed.err());
        assertEquals(1, removed.err().split("Are you sure you want to perform this action\\?", -1).length - 1, removed.err());
        assertTrue(removed.out().contains("Driver package PS100001 removed."), removed.out());
        assertFalse(Files.exists(dpShare.resolve("PS100001")));
    }

    @Test
    void aDisabledDriverStaysOutOfPackages() {
        osdkit("drivers", "import", sources.toString(), "--category", "R61-8935CTO");
        String json = osdkit("--output", "json", "drivers", "list", "--class", "display").out();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"Driver\" : \"([0-9a-f]{12})\"").matcher(json);
        assertTrue(m.find(), json);
        Run disabled = osdkit("drivers", "disable", m.group(1));
        assertEquals(0, disabled.code(), disabled.err());
        assertTrue(disabled.out().contains("false"), disabled.out());
        Run created = osdkit("drivers", "package", "create", "--site", "PS1", "--manufacturer", "Lenovo", "--model", "R61", "--sku", "8935CTO",
                "--os", "XP", "--arch", "x86", "--share", share.toString(), "--category", "R61-8935CTO");
        assertTrue(created.err().contains("nv4_disp.inf") && created.err().contains("disabled in the catalog"), created.err());
        assertEquals(0, osdkit("drivers", "enable", m.group(1)).code());
    }

    @Test
    void malformedOptionsAreUsageErrorsAndMissingThingsClearErrors() {
        assertEquals(2, osdkit("drivers", "import", sources.toString(), "--duplicates", "sometimes").code());
        assertEquals(2, osdkit("drivers", "package", "show", "NOTANID").code());
        Run missing = osdkit("drivers", "scan", share.resolve("nope").toString());
        assertEquals(2, missing.code(), "a folder that does not exist is a bad value on the command line");
        assertTrue(missing.err().contains("Invalid value for <folder> [DRV-SOURCE-NOT-FOUND]"), missing.err());
        Run noShare = osdkit("drivers", "package", "create", "--site", "PS1", "--manufacturer", "Lenovo", "--model", "R61", "--os", "XP", "--arch", "x86",
                "--share", share.resolve("missing").toString(), "--category", "R61-8935CTO");
        assertTrue(noShare.err().contains("ERROR [DRV-SHARE-NOT-FOUND]"), noShare.err());
    }
}
