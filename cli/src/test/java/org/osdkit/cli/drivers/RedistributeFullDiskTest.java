package org.osdkit.cli.drivers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.cli.CliRun;
import org.osdkit.core.PackageId;
import org.osdkit.core.storage.Database;
import org.osdkit.core.storage.DatabaseSettings;
import org.osdkit.core.testing.BindMounts;
import org.osdkit.core.workspace.Workspace;
import org.osdkit.drivers.catalog.DriverFile;
import org.osdkit.drivers.distribution.DistributionState;
import org.osdkit.drivers.distribution.DistributionStatus;
import org.osdkit.drivers.jdbc.DriversStorage;
import org.osdkit.drivers.packages.PackageManifest;

/**
 * {@code drivers redistribute} onto a DP share that fills up half-way: the share is a small tmpfs (as
 * root on Linux; skipped with the reason elsewhere) holding version 1, with room for only part of the
 * next release's new files. The run fails with an error naming the path it could not write, the DP
 * still holds version 1 complete and nothing of version 2 (nothing half-switched), the database does not
 * call it distributed; once there is room again, the next run brings the DP to version 2 and leaves no
 * staging or old folder behind.
 */
@EnabledOnOs(OS.LINUX)
class RedistributeFullDiskTest {

    private static final PackageId ID = PackageId.of("PS100001");
    private static final String DP = "dp01.contoso.com";

    @TempDir
    Path tmp;
    Path workspace;
    Path share;
    Path dpShare;
    Path folder;
    private final BindMounts mounts = new BindMounts();

    @AfterEach
    void unmount() throws IOException {
        mounts.close();
    }

    @Test
    void aFullShareFailsNamingThePathLeavesTheOldVersionWholeAndTheNextRunRepairs() throws Exception {
        workspace = tmp.resolve("ws");
        share = Files.createDirectories(tmp.resolve("share"));
        dpShare = Files.createDirectories(tmp.resolve("dp"));
        mounts.tmpfs(dpShare, "64m");
        Path sources = R61Tree.write(share);
        RedistributeKillTest.bulkDriver(sources.resolve("Bulk"), 1);
        ok("drivers", "import", sources.toString(), "--category", "R61-8935CTO");
        ok("drivers", "package", "create", "--site", "PS1", "--manufacturer", "Lenovo", "--model", "R61", "--sku", "8935CTO",
                "--os", "XP", "--arch", "x86", "--share", share.toString(), "--category", "R61-8935CTO");
        folder = share.resolve("SCCM_Driver_Packages").resolve("XP").resolve("R61-8935CTO");
        ok("drivers", "dp", "add", "--name", DP, "--site", "PS1", "--share", dpShare.toString());
        ok("drivers", "distribute", "--package", ID.value(), "--dp", DP);
        Map<String, String> v1 = manifestFiles();
        assertEquals(v1, RedistributeKillTest.onDisk(content()));

        // The next release: every bulk file new. Leave room for about half of them.
        Path release = sources.resolveSibling("Bulk-release-2");
        RedistributeKillTest.bulkDriver(release, 2);
        ok("drivers", "import", release.toString(), "--category", "R61-8935CTO");
        ok("drivers", "package", "update", ID.value());
        Map<String, String> v2 = manifestFiles();
        assertNotEquals(v1, v2);
        long used = usedBytes(dpShare);
        resize(used + (long) RedistributeKillTest.BULK_FILES * RedistributeKillTest.BULK_BYTES / 2);

        CliRun full = CliRun.in(workspace, "drivers", "redistribute", ID.value());
        String said = full.out() + full.err();
        assertEquals(1, full.exitCode(), said);
        assertTrue(said.contains(dpShare.toString()), "the error names the path on the full share:\n" + said);
        assertTrue(said.toLowerCase(java.util.Locale.ROOT).contains("no space left"), "the error says the share is full:\n" + said);
        assertEquals(v1, RedistributeKillTest.onDisk(content()), "the DP still holds version 1 complete, nothing of version 2");
        assertFalse(Files.exists(dpShare.resolve(ID + ".osdkit-old"), LinkOption.NOFOLLOW_LINKS), "nothing was switched");
        DistributionStatus failed = status();
        assertFalse(failed.state() == DistributionState.DISTRIBUTED && failed.sourceVersion() == 2, "the database does not call v2 distributed: " + failed);

        resize(64L * 1024 * 1024);
        CliRun repaired = CliRun.in(workspace, "drivers", "redistribute", ID.value());
        assertEquals(0, repaired.exitCode(), repaired.out() + repaired.err());
        assertEquals(v2, RedistributeKillTest.onDisk(content()), "the next run brings the DP to version 2");
        assertFalse(Files.exists(dpShare.resolve(ID + ".osdkit-staging"), LinkOption.NOFOLLOW_LINKS), "nothing is left in staging");
        assertFalse(Files.exists(dpShare.resolve(ID + ".osdkit-old"), LinkOption.NOFOLLOW_LINKS), "the previous version is gone");
        DistributionStatus status = status();
        assertEquals(DistributionState.DISTRIBUTED, status.state());
        assertEquals(2, status.sourceVersion());
    }

    private void resize(long bytes) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("mount", "-o", "remount,size=" + bytes, dpShare.toString()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, new String(p.getInputStream().readAllBytes()));
    }

    private static long usedBytes(Path mount) throws IOException {
        var store = Files.getFileStore(mount);
        return store.getTotalSpace() - store.getUnallocatedSpace();
    }

    private void ok(String... args) {
        CliRun run = CliRun.in(workspace, args);
        assertEquals(0, run.exitCode(), String.join(" ", args) + "\n" + run.out() + run.err());
    }

    private Path content() {
        return dpShare.resolve(ID.value());
    }

    private DistributionStatus status() {
        try (Database db = Database.open(DatabaseSettings.forWorkspace(Workspace.open(workspace)))) {
            return DriversStorage.jdbc(db, Clock.systemUTC()).distribution().status(Optional.of(ID)).stream()
                    .filter(s -> s.dpName().equals(DP)).findFirst().orElseThrow();
        }
    }

    private Map<String, String> manifestFiles() throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (DriverFile f : PackageManifest.files(folder)) {
            out.put(f.relativePath().replace('\\', '/'), f.sha256());
        }
        return out;
    }
}
