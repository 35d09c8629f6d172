package org.osdkit.cli.drivers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
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
import org.osdkit.drivers.distribution.DistributionState;
import org.osdkit.drivers.distribution.DistributionStatus;

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

    private static final PackageId ID = BulkPackageEstate.ID;
    private static final String DP = BulkPackageEstate.DP;

    @TempDir
    Path tmp;
    BulkPackageEstate estate;
    Path dpShare;
    private final BindMounts mounts = new BindMounts();

    @AfterEach
    void unmount() throws IOException {
        mounts.close();
    }

    @Test
    void aFullShareFailsNamingThePathLeavesTheOldVersionWholeAndTheNextRunRepairs() throws Exception {
        estate = new BulkPackageEstate(tmp);
        dpShare = estate.dpShare;
        mounts.tmpfs(dpShare, "64m");
        estate.build();
        estate.ok("drivers", "distribute", "--package", ID.value(), "--dp", DP);
        Map<String, String> v1 = estate.manifestFiles();
        assertEquals(v1, BulkPackageEstate.onDisk(estate.content()));

        // The next release: every bulk file new. Leave room for about half of them.
        estate.release(2);
        Map<String, String> v2 = estate.manifestFiles();
        assertNotEquals(v1, v2);
        long used = usedBytes(dpShare);
        resize(used + (long) BulkPackageEstate.BULK_FILES * BulkPackageEstate.BULK_BYTES / 2);

        CliRun full = CliRun.in(estate.workspace, "drivers", "redistribute", ID.value());
        String said = full.out() + full.err();
        assertEquals(1, full.exitCode(), said);
        assertTrue(said.contains(dpShare.toString()), "the error names the path on the full share:\n" + said);
        assertTrue(said.toLowerCase(java.util.Locale.ROOT).contains("no space left"), "the error says the share is full:\n" + said);
        assertEquals(v1, BulkPackageEstate.onDisk(estate.content()), "the DP still holds version 1 complete, nothing of version 2");
        assertFalse(Files.exists(estate.old(), LinkOption.NOFOLLOW_LINKS), "nothing was switched");
        DistributionStatus failed = status();
        assertFalse(failed.state() == DistributionState.DISTRIBUTED && failed.sourceVersion() == 2, "the database does not call v2 distributed: " + failed);

        resize(64L * 1024 * 1024);
        CliRun repaired = CliRun.in(estate.workspace, "drivers", "redistribute", ID.value());
        assertEquals(0, repaired.exitCode(), repaired.out() + repaired.err());
        assertEquals(v2, BulkPackageEstate.onDisk(estate.content()), "the next run brings the DP to version 2");
        assertFalse(Files.exists(estate.staging(), LinkOption.NOFOLLOW_LINKS), "nothing is left in staging");
        assertFalse(Files.exists(estate.old(), LinkOption.NOFOLLOW_LINKS), "the previous version is gone");
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

    private DistributionStatus status() {
        try (Database db = Database.open(DatabaseSettings.forWorkspace(Workspace.open(estate.workspace)))) {
            return estate.status(db);
        }
    }
}
