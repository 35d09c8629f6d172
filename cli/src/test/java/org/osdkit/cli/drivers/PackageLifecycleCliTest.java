package org.osdkit.cli.drivers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.cli.CliRun;

/**
 * Issue 12 items 4 to 6 from the command line: a package is never silently empty, a newer version of a
 * driver supersedes the older one (listed, removable), and DPs holding an older version are behind until
 * {@code drivers redistribute}.
 */
class PackageLifecycleCliTest {

    private static final String DP = "dp01.contoso.com";

    @TempDir
    Path workspace;
    @TempDir
    Path share;
    @TempDir
    Path dpShare;

    Path sources;

    @BeforeEach
    void imported() throws IOException {
        sources = R61Tree.write(share);
        ok("drivers", "import", sources.toString(), "--category", "R61-8935CTO");
    }

    private CliRun run(String... args) {
        return CliRun.in(workspace, args);
    }

    private CliRun ok(String... args) {
        CliRun r = run(args);
        assertEquals(0, r.exitCode(), String.join(" ", args) + "\n" + r.out() + r.err());
        return r;
    }

    private CliRun create(String... more) {
        String[] base = {"drivers", "package", "create", "--site", "PS1", "--manufacturer", "Lenovo", "--model", "R61", "--sku", "8935CTO", "--os", "XP",
                "--arch", "x86", "--share", share.toString()};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return run(all);
    }

    /** The video driver's next release beside the model's sources: same provider, INF name and hardware ID, newer DriverVer. */
    private void importNewerVideoDriver() throws IOException {
        Path folder = Files.createDirectories(share.resolve("Updates").resolve("Video"));
        String inf = Files.readString(sources.resolve("Video").resolve("nv4_disp.inf")).replace("DriverVer=06/21/2007,9.13.41.3", "DriverVer=03/01/2008,9.14.0.1");
        Files.writeString(folder.resolve("nv4_disp.inf"), inf);
        Files.writeString(folder.resolve("nv4_disp.sys"), "binary nv4_disp 2008");
        Files.writeString(folder.resolve("nv4_disp.cat"), "catalog nv4_disp 2008");
        ok("drivers", "import", folder.toString(), "--category", "R61-8935CTO");
    }

    private static String firstMatch(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), regex + " in\n" + text);
        return m.group(1);
    }

    @Test
    void aPackageIsNeverSilentlyEmpty() {
        CliRun missing = create("--category", "R61-8935CT0");
        assertEquals(1, missing.exitCode(), missing.out() + missing.err());
        assertTrue(missing.err().contains("DRV-CATEGORY-NOT-FOUND") && missing.err().contains("R61-8935CTO holds 3 drivers"), missing.err());

        ok("drivers", "import", sources.resolve("Wireless").toString(), "--category", "WLAN");
        CliRun empty = create("--category", "WLAN");
        assertEquals(1, empty.exitCode(), empty.out() + empty.err());
        assertTrue(empty.err().contains("DRV-PACKAGE-EMPTY") && empty.err().contains("WLAN holds 1 driver (NTamd64: 1)"), empty.err());
        assertFalse(Files.exists(share.resolve("SCCM_Driver_Packages")), "nothing was created");

        CliRun later = create("--category", "R61-Later", "--allow-empty");
        assertEquals(0, later.exitCode(), later.out() + later.err());
        assertTrue(later.out().contains("PS100001"), later.out());
    }

    @Test
    void supersededDriversAreLeftOutListedAndRemovable() throws IOException {
        importNewerVideoDriver();
        CliRun superseded = ok("drivers", "list", "--superseded");
        String old = firstMatch(superseded.out(), "([0-9a-f]{12})\\s.*nv4_disp\\.inf");
        assertTrue(superseded.out().contains("06/21/2007,9.13.41.3") && superseded.out().contains("03/01/2008,9.14.0.1"), superseded.out());

        CliRun kept = create("--category", "R61-8935CTO", "--keep-superseded");
        assertEquals(0, kept.exitCode(), kept.err());
        CliRun refused = run("drivers", "remove", old, "--force");
        assertEquals(1, refused.exitCode(), refused.out() + refused.err());
        assertTrue(refused.err().contains("DRV-DRIVER-IN-USE") && refused.err().contains("PS100001") && refused.err().contains("--from-packages"),
                refused.err());

        CliRun whatIf = ok("drivers", "remove", old, "--from-packages", "--what-if");
        assertTrue(whatIf.out().contains("What if:") && whatIf.out().contains("PS100001"), whatIf.out());
        assertTrue(ok("drivers", "list").out().contains(old), "what-if changed nothing");

        CliRun removed = ok("drivers", "remove", old, "--from-packages", "--force");
        assertTrue(removed.out().contains("Taken out of PS100001") && removed.out().contains("removed from the catalog"), removed.out());
        assertFalse(ok("drivers", "list").out().contains(old));
        assertFalse(ok("drivers", "list", "--superseded").out().contains("nv4_disp"));
        CliRun show = ok("drivers", "package", "show", "PS100001");
        assertTrue(show.out().contains("SourceVersion") && !show.out().contains(old), show.out());
    }

    @Test
    void aNewPackageTakesTheNewestAndNamesTheSupersededOne() throws IOException {
        importNewerVideoDriver();
        CliRun created = create("--category", "R61-8935CTO");
        assertEquals(0, created.exitCode(), created.err());
        assertTrue(created.err().contains("superseded by"), created.out() + created.err());
    }

    @Test
    void dpsHoldingAnOlderVersionAreBehindUntilRedistributed() {
        assertEquals(0, create("--category", "R61-8935CTO").exitCode());
        ok("drivers", "dp", "add", "--name", DP, "--site", "PS1", "--share", dpShare.toString());
        ok("drivers", "distribute", "--package", "PS100001", "--dp", DP);
        assertFalse(ok("drivers", "dp", "status").out().contains("behind"));

        ok("drivers", "package", "update", "PS100001", "--exclude", "nv4_disp.inf");
        assertTrue(ok("drivers", "package", "show", "PS100001").out().contains("behind (has 1, package is 2)"));
        CliRun behind = run("drivers", "dp", "status");
        assertEquals(1, behind.exitCode(), "a DP behind the package is not up to date: " + behind.out());
        assertTrue(behind.out().contains("behind (has 1, package is 2)"), behind.out());

        CliRun pxe = run("drivers", "redistribute", "PS100001", "--dp", "SMSPXEIMAGE$");
        assertEquals(1, pxe.exitCode(), pxe.out() + pxe.err());
        assertTrue(pxe.err().contains("DRV-PXE-SHARE-REFUSED"), pxe.err());

        CliRun whatIf = ok("drivers", "redistribute", "PS100001", "--what-if");
        assertTrue(whatIf.out().contains("What if:") && whatIf.out().contains("SourceVersion 2") && whatIf.out().contains(dpShare.toString()), whatIf.out());
        assertTrue(run("drivers", "dp", "status").out().contains("behind"), "what-if changed nothing");

        CliRun redistributed = ok("drivers", "redistribute", "PS100001");
        assertTrue(redistributed.out().contains("Distributed"), redistributed.out());
        assertFalse(ok("drivers", "dp", "status").out().contains("behind"));
        assertTrue(ok("drivers", "redistribute", "PS100001").out().contains("holds SourceVersion 2; nothing to do"));
    }
}
