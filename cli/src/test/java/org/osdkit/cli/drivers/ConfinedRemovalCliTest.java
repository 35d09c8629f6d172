package org.osdkit.cli.drivers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.cli.CliRun;
import org.osdkit.core.testing.BindMounts;

/**
 * {@code drivers package remove} on content reached through a real link or holding a real mount point:
 * nothing outside is touched, the failed deletion is printed with its reason, the package is kept and the
 * exit code is 1.
 */
@EnabledOnOs(OS.LINUX)
class ConfinedRemovalCliTest {

    @TempDir
    Path workspace;
    @TempDir
    Path share;
    @TempDir
    Path dpShare;
    @TempDir
    Path outside;

    private final BindMounts mounts = new BindMounts();
    Path folder;

    @BeforeEach
    void distributed() throws IOException {
        Path sources = R61Tree.write(share);
        run(0, "drivers", "import", sources.toString(), "--category", "R61-8935CTO");
        run(0, "drivers", "package", "create", "--site", "PS1", "--manufacturer", "Lenovo", "--model", "R61", "--sku", "8935CTO",
                "--os", "XP", "--arch", "x86", "--share", share.toString(), "--category", "R61-8935CTO");
        run(0, "drivers", "dp", "add", "--name", "dp01.contoso.com", "--site", "PS1", "--share", dpShare.toString());
        run(0, "drivers", "distribute", "--package", "PS100001", "--dp", "dp01.contoso.com");
        folder = share.resolve("SCCM_Driver_Packages").resolve("XP").resolve("R61-8935CTO");
    }

    @AfterEach
    void unmount() throws Exception {
        mounts.close();
    }

    private CliRun run(int expected, String... args) {
        CliRun r = CliRun.in(workspace, args);
        assertEquals(expected, r.exitCode(), r.out() + r.err());
        return r;
    }

    @Test
    void aPackageFolderLinkedOutOfTheShareFailsTheRemovalAndLeavesTheTargetAlone() throws IOException {
        Path moved = Files.move(folder, outside.resolve("R61-8935CTO"));
        Files.createSymbolicLink(folder, moved);
        long files;
        try (var all = Files.walk(moved)) {
            files = all.filter(Files::isRegularFile).count();
        }

        CliRun removal = run(1, "drivers", "package", "remove", "PS100001", "--force");

        assertTrue(removal.err().contains("FAILED ") && removal.err().contains("outside the root folder"), removal.err());
        assertTrue(removal.err().contains("Driver package PS100001 is kept"), removal.err());
        try (var all = Files.walk(moved)) {
            assertEquals(files, all.filter(Files::isRegularFile).count(), "nothing outside the share was deleted");
        }
        assertTrue(run(0, "drivers", "package", "show", "PS100001").out().contains("PS100001"));
    }

    @Test
    void aBindMountInsideTheDpCopyFailsTheRemovalAndItsFilesStay() throws Exception {
        Path mountPoint = Files.createDirectories(dpShare.resolve("PS100001").resolve("mnt"));
        Path theirs = Files.writeString(Files.createDirectories(outside.resolve("theirs")).resolve("data.bin"), "keep me");
        mounts.bind(theirs.getParent(), mountPoint);

        CliRun removal = run(1, "drivers", "package", "remove", "PS100001", "--force");

        assertTrue(removal.err().contains("FAILED ") && removal.err().contains("is a mount point"), removal.err());
        assertEquals("keep me", Files.readString(theirs));
        assertTrue(Files.isRegularFile(mountPoint.resolve("data.bin")), "the mount and what it shows are left alone");
    }
}
