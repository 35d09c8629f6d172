package org.osdkit.cli.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.cli.Main;

/** {@code osdkit demo --no-web}: the sample estate, the seed's workflows and the summary, in this JVM. */
@DisabledOnOs(OS.WINDOWS)
class DemoCommandTest {

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    static Run osdkit(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), Map.of());
        return new Run(code, out.toString(), err.toString());
    }

    /** Store DEEP nests past PATH_MAX: JUnit's clean-up cannot remove it, rm can. */
    @AfterEach
    void removeTheDeepStore() throws Exception {
        new ProcessBuilder("rm", "-rf", tmp.resolve("demo").toString()).inheritIO().start().waitFor();
    }

    @Test
    void theDemoRunsAsDesignedAndItsSummaryNamesTheSeedsFindings() throws IOException {
        Path into = tmp.resolve("demo");
        // The global workspace is the user's: the demo must not even create it.
        Path userWorkspace = tmp.resolve("user-workspace");
        Run demo = osdkit("--workspace", userWorkspace.toString(), "demo", "--no-web", "--into", into.toString());
        assertEquals(0, demo.code(), demo.out() + demo.err());
        assertTrue(demo.out().contains("SMP-CLEANUP-KB961269") && demo.out().contains("KB961269"), demo.out());
        assertTrue(demo.out().contains("Driver package PR100001 for Lenovo R61 8935CTO"), demo.out());
        assertTrue(demo.out().contains("Refused, as expected: distribution of PR100001 to \\\\sccm01.contoso.com\\SMSPXEIMAGE$ [DRV-PXE-SHARE-REFUSED]"),
                demo.out());
        assertTrue(demo.out().lines().anyMatch(l -> l.contains("SMP cleanup:") && l.contains("deleted")), demo.out());
        assertTrue(demo.out().contains("The demo ran as designed"), demo.out());
        assertTrue(demo.err().contains("[1] Writing the sample estate") && demo.err().contains("Running the SMP cleanup ..."), demo.err());
        assertTrue(Files.notExists(userWorkspace), "the demo opened the user's workspace");

        Path workspace = into.resolve("workspace");
        assertTrue(Files.isRegularFile(into.resolve("share/SCCM_Driver_Packages/XP/R61-8935CTO/osdkit-package.json")));
        assertTrue(Files.isRegularFile(into.resolve("dp01/PR100001/osdkit-package.json")));
        Run packages = osdkit("--workspace", workspace.toString(), "--output", "json", "drivers", "package", "list");
        assertTrue(packages.out().contains("PR100001"), packages.out());

        // The vendor sources are the corpus INFs, unchanged, each with its license; the x64-only one stays out of the XP x86 package.
        for (SampleEstate.Model model : SampleEstate.MODELS) {
            Path sources = into.resolve("share/_OriginalSources_/XP").resolve(model.category());
            for (DemoDrivers.CorpusInf inf : DemoDrivers.infs(model)) {
                Path folder = sources.resolve(inf.folder());
                String name = inf.inf().substring(inf.inf().lastIndexOf('/') + 1);
                try (var corpus = DemoDrivers.class.getResourceAsStream("corpus/" + inf.inf())) {
                    assertTrue(java.util.Arrays.equals(corpus.readAllBytes(), Files.readAllBytes(folder.resolve(name))), folder + " " + name);
                }
                assertTrue(Files.readString(folder.resolve("LICENSE.txt")).contains("THIS SOFTWARE IS PROVIDED")
                        || Files.readString(folder.resolve("LICENSE.txt")).contains("The Microsoft Public License (MS-PL)"), folder.toString());
            }
            assertTrue(Files.isRegularFile(sources.resolve("CardReader/setup.exe")), "the setup.exe-only driver of " + model.model());
        }
        Path serial = into.resolve("share/_OriginalSources_/XP/R61-8935CTO/Serial/qemupciserial.cat");
        assertTrue(Files.readString(serial).startsWith(DemoDrivers.PLACEHOLDER), "the catalog the INF names is a placeholder");
        Run r61 = osdkit("--workspace", workspace.toString(), "drivers", "package", "show", "PR100001");
        assertTrue(r61.out().contains("qemupciserial.inf") && !r61.out().contains("plpolicy.inf"), r61.out());
        Run catalog = osdkit("--workspace", workspace.toString(), "drivers", "list");
        assertTrue(catalog.out().contains("plpolicy.inf") && catalog.out().contains("diskdev.inf") && !catalog.out().contains("setup"), catalog.out());
        assertTrue(demo.out().contains("payload files they name (.sys, .dll, .cat) are small placeholders"), demo.out());

        // Expired stores gone, the kept ones still there, the linked one refused and left alone.
        Path share = into.resolve("smp/USMT/" + SampleEstate.SMP_SHARE);
        for (String deleted : new String[] {"S0", "S1", "S2"}) {
            assertTrue(Files.notExists(share.resolve(deleted)), deleted);
        }
        for (String kept : new String[] {"RECENT", "NEVER", "ORPHANED", "DEEP"}) {
            assertTrue(Files.exists(share.resolve(kept)), kept);
        }
        assertTrue(demo.out().contains("store DEEP fails by design"), demo.out());
        Run journal = osdkit("--workspace", workspace.toString(), "smp", "journal");
        assertEquals(0, journal.code(), journal.err());
        var runId = java.util.regex.Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}").matcher(journal.out());
        assertTrue(runId.find(), journal.out());
        Run entries = osdkit("--workspace", workspace.toString(), "smp", "journal", runId.group());
        assertTrue(entries.out().contains(share.resolve("S0").toString()) && entries.out().contains("FAILED"), entries.out());

        Run history = osdkit("--workspace", workspace.toString(), "sites", "history", "--output", "csv");
        assertTrue(history.out().lines().anyMatch(l -> l.contains(",SE1,Brussels Secondary,Brussels North,")), history.out());
        String changed = Files.readString(into.resolve("sites/SE1/SCCM/Inboxes/SiteCtrl.box/sitectrl.ct0"), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(changed.contains("<Brussels North>"), changed);
    }

    @Test
    void aFolderThatIsNotEmptyIsAUsageError() throws IOException {
        Files.writeString(tmp.resolve("precious.txt"), "keep me");
        Run demo = osdkit("demo", "--no-web", "--into", tmp.toString());
        assertEquals(2, demo.code(), demo.err());
        assertTrue(demo.err().contains("must be a new or empty folder"), demo.err());
        assertEquals("keep me", Files.readString(tmp.resolve("precious.txt")));
    }
}
