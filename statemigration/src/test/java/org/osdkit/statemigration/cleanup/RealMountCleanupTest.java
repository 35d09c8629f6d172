package org.osdkit.statemigration.cleanup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.Actor;
import org.osdkit.core.files.DeletionFileSystem;
import org.osdkit.core.storage.Database;
import org.osdkit.core.testing.BindMounts;
import org.osdkit.core.testing.ScratchDatabases;
import org.osdkit.statemigration.Fixture;
import org.osdkit.statemigration.associations.ComputerAssociation;
import org.osdkit.statemigration.jdbc.StateMigrationStorage;

/**
 * A real bind mount inside an expired store (Linux, as root): the cleanup run leaves the mounted tree's
 * files untouched, reports that store FAILED naming the mount point, and deletes the other expired
 * stores. A bind mount of the same file system has the store's device number, so only the kernel's
 * mount table tells it apart. Skipped, with the reason printed, where this process cannot mount.
 */
@EnabledOnOs(OS.LINUX)
class RealMountCleanupTest {

    @TempDir
    Path tmp;
    private final BindMounts mounts = new BindMounts();

    @AfterEach
    void unmount() throws Exception {
        // Unmount before @TempDir cleans up, so its cleanup never walks into the mounted tree.
        mounts.close();
    }

    @Test
    void aBindMountInsideAStoreIsLeftAloneTheStoreFailsAndTheOtherExpiredStoresAreDeleted() throws Exception {
        Fixture smp = new Fixture(tmp.toRealPath());
        smp.expired("A-PC", 12, smp.store("A", 100));
        smp.expired("B-PC", 11, smp.store("B", 100));
        smp.expired("C-PC", 10, smp.store("C", 100));
        Path elsewhere = Files.createDirectories(tmp.toRealPath().resolve("profiles-share"));
        Path theirs = Files.writeString(elsewhere.resolve("theirs.txt"), "keep me");
        Files.createDirectories(elsewhere.resolve("deep"));
        Path deep = Files.writeString(elsewhere.resolve("deep").resolve("also.txt"), "keep me too");
        Path mountPoint = Files.createDirectories(smp.path("B").resolve("USMT").resolve("mnt"));
        mounts.bind(elsewhere, mountPoint);
        assertTrue(Files.exists(mountPoint.resolve("theirs.txt")), "the bind mount shows the other tree");

        CleanupReport report;
        try (Database db = ScratchDatabases.h2()) {
            StateMigrationStorage storage = StateMigrationStorage.jdbc(db);
            storage.associations().save(smp.associations);
            CleanupPlan plan = new CleanupPlanner(Fixture.clock()).plan(smp.reconcile(smp.settings()), List.of());
            assertEquals(3, plan.deletions().size());
            report = new RunCleanup(storage.journal(), storage.locks(), storage.holds(), DeletionFileSystem.nio(), Fixture.clock(),
                    Actor.of("tester", ""), LockTiming.DEFAULT).run(smp.settings(), plan, false);
            ComputerAssociation b = storage.associations().all().stream().filter(a -> a.sourceName().equals("B-PC")).findFirst().orElseThrow();
            assertNull(b.storeDeletionDate(), "the store that failed keeps its record");
        }

        StoreOutcome b = report.outcomes().stream().filter(o -> o.computers().startsWith("B-PC")).findFirst().orElseThrow();
        assertEquals(StepState.FAILED, b.state());
        assertTrue(b.reason().contains(mountPoint + " is a mount point") && b.reason().contains("left alone"), b.reason());
        assertEquals("keep me", Files.readString(theirs));
        assertEquals("keep me too", Files.readString(deep));
        assertTrue(Files.exists(mountPoint.resolve("theirs.txt")), "still mounted, still whole");
        assertFalse(Files.exists(smp.path("A")));
        assertFalse(Files.exists(smp.path("C")));
        assertEquals(2, report.count(StepState.DELETED));
        assertTrue(report.anyFailed());
    }
}
