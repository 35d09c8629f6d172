package org.osdkit.cli.drivers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.osdkit.cli.CliRun;

/** Issue 12 item 3: the drivers commands' exit codes say what happened (0 ok, 1 found problems, 2 bad command line). */
class DriversExitCodesCliTest {

    @TempDir
    Path workspace;
    @TempDir
    Path share;

    Path sources;
    Path ids;

    @BeforeEach
    void tree() throws IOException {
        sources = R61Tree.write(share);
        ids = Files.writeString(workspace.resolve("ids.txt"), "Instance ID: PCI\\VEN_8086&DEV_109A&SUBSYS_20DF17AA&REV_03\\4&1\r\n"
                + "Hardware IDs: PCI\\VEN_8086&DEV_109A&SUBSYS_20DF17AA&REV_03\r\n              " + R61Tree.NIC + "\r\n");
    }

    CliRun osdkit(String... args) {
        return CliRun.in(workspace, args);
    }

    @Test
    void anImportThatRefusedEverythingExitsOneAndSaysZeroImported(@TempDir Path templates) throws IOException {
        Files.writeString(templates.resolve("sample.inx"), "[Version]\r\nSignature=\"$Windows NT$\"\r\n[Manufacturer]\r\n%M%=M,NT$ARCH$\r\n");
        CliRun run = osdkit("drivers", "import", templates.toString(), "--category", "Templates");
        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.out().contains(": 0 imported, 0 unchanged, 0 with new categories, 1 refused, 0 failed"), run.out());
        assertTrue(run.out().contains("1 INFs did not go into the catalog"), run.out());
    }

    @Test
    void anAutorunFileInAnApplicationFolderIsNoInfError() throws IOException {
        Files.writeString(sources.resolve("CardReader").resolve("autorun.inf"), "[AutoRun]\r\nopen=setup.exe\r\nicon=setup.exe,0\r\n");
        CliRun scan = osdkit("drivers", "scan", sources.toString());
        assertEquals(0, scan.exitCode(), scan.out());
        assertTrue(scan.out().contains("0 errors"), scan.out());
        CliRun imported = osdkit("drivers", "import", sources.toString(), "--category", "R61-8935CTO");
        assertEquals(0, imported.exitCode(), imported.out());
        assertTrue(imported.out().contains(": 3 imported, 0 unchanged, 0 with new categories, 0 refused, 0 failed, 1 autorun files ignored"), imported.out());
        assertFalse(imported.out().contains("autorun.inf"), "not listed as a problem: " + imported.out());
    }

    @Test
    void matchExitsZeroOnlyWhenEveryDeviceHasADriver() throws IOException {
        assertEquals(0, osdkit("drivers", "import", sources.toString(), "--category", "R61-8935CTO").exitCode());
        assertEquals(0, osdkit("drivers", "match", "--hwids", ids.toString(), "--os", "XP", "--arch", "x86").exitCode());
        Files.writeString(ids, "Instance ID: ROOT\\X\\0\r\nHardware IDs: ROOT\\X\r\n", java.nio.file.StandardOpenOption.APPEND);
        CliRun uncovered = osdkit("drivers", "match", "--hwids", ids.toString(), "--os", "XP", "--arch", "x86");
        assertEquals(1, uncovered.exitCode(), uncovered.out());
        assertTrue(uncovered.out().contains("1 of 2 devices have a catalog driver"), uncovered.out());
    }

    @ParameterizedTest(name = "--os {0} --arch {1}")
    @CsvSource({"Win11, x86", "Win11-24H2, x86", "Win7, arm64", "XP, arm64", "Win10-1607, arm64"})
    void anOsWindowsNeverHadOnThatArchitectureIsAUsageError(String os, String arch) {
        CliRun match = osdkit("drivers", "match", "--hwids", ids.toString(), "--os", os, "--arch", arch);
        assertEquals(2, match.exitCode(), match.err());
        assertTrue(match.err().contains("Invalid combination of --os " + os + " and --arch " + arch), match.err());
        assertEquals(2, osdkit("drivers", "list", "--os", os, "--arch", arch).exitCode());
        CliRun create = osdkit("drivers", "package", "create", "--site", "PS1", "--manufacturer", "Lenovo", "--model", "R61", "--os", os, "--arch", arch,
                "--share", share.toString(), "--category", "R61-8935CTO");
        assertEquals(2, create.exitCode(), create.err());
        assertFalse(Files.exists(share.resolve("SCCM_Driver_Packages")), "nothing was created");
    }

    @Test
    void everyBadOptionValueIsExitTwo() {
        assertUsage(osdkit("drivers", "match", "--hwids", ids.toString(), "--os", "Win12", "--arch", "x64"), "--os [CORE-INVALID-OS-TARGET]");
        assertUsage(osdkit("drivers", "match", "--hwids", workspace.resolve("missing.txt").toString(), "--os", "XP", "--arch", "x86"),
                "--hwids [DRV-DEVICE-LIST-INVALID]");
        assertUsage(osdkit("drivers", "match", "--hwids", ids.toString(), "--os", "XP", "--arch", "ia64"), "--arch");
        assertUsage(osdkit("drivers", "list", "--os", "Windows 95", "--arch", "x86"), "--os");
        assertUsage(osdkit("drivers", "import", share.resolve("nothing-here").toString(), "--category", "X"), "<folder>");
        assertUsage(osdkit("drivers", "import", sources.toString(), "--category", " "), "--category [DRV-CATEGORY-INVALID]");
        assertUsage(osdkit("drivers", "import", sources.toString(), "--duplicates", "overwrite"), "--duplicates");
        assertUsage(osdkit("drivers", "scan", share.resolve("nothing-here").toString()), "<folder>");
        assertUsage(osdkit("drivers", "scan", sources.toString(), "--findings", "--min-severity", "LOUD"), "--min-severity");
        assertUsage(osdkit("drivers", "show", "not-a-hash"), "<driver>");
        assertUsage(osdkit("drivers", "disable", "1234"), "<driver>");
    }

    @Test
    void aWellFormedHashTheCatalogLacksRanAndFoundNothing() {
        CliRun run = osdkit("drivers", "show", "0123456789ab");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("DRV-DRIVER-NOT-FOUND"), run.err());
    }

    private static void assertUsage(CliRun run, String names) {
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains(names), run.err());
    }
}
