package org.osdkit.core.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.osdkit.core.files.Trees.exists;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.testing.BindMounts;

/**
 * Real mounts inside a store folder (Linux, as root): a bind mount of a folder of the same file system,
 * which no device number tells apart, and a tmpfs, which is another file system. The mounted tree's
 * files must be untouched and the store reported FAILED. Skipped, with the reason printed, where this
 * process cannot mount.
 */
@EnabledOnOs(OS.LINUX)
class RealMountTest {

    @TempDir
    Path tmp;
    Path root;
    Path store;
    Path mountPoint;
    private final BindMounts mounts = new BindMounts();

    @BeforeEach
    void setUp() throws IOException {
        tmp = tmp.toRealPath();
        root = Files.createDirectories(tmp.resolve("USMT"));
        store = Trees.store(root.resolve("SMPSTORE$").resolve("S1"), 100);
        mountPoint = Files.createDirectories(store.resolve("mnt"));
    }

    @AfterEach
    void unmount() throws Exception {
        // Unmount before @TempDir cleans up, so its cleanup never walks into the mounted tree.
        mounts.close();
    }

    @Test
    void aBindMountOfTheSameFileSystemInsideAStoreIsLeftAloneAndTheStoreFails() throws Exception {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Path theirs = Files.writeString(elsewhere.resolve("theirs.txt"), "keep me");
        Files.createDirectories(elsewhere.resolve("deep"));
        Files.writeString(elsewhere.resolve("deep").resolve("also.txt"), "keep me too");
        mounts.bind(elsewhere, mountPoint);
        assertTrue(Files.exists(mountPoint.resolve("theirs.txt")), "the bind mount shows the other tree");

        DeletionResult result = ConfinedDeletion.nio().delete(root, store);

        assertEquals(DeletionOutcome.FAILED, result.outcome());
        assertTrue(result.reason().contains(mountPoint + " is a mount point") && result.reason().contains("left alone"), result.reason());
        assertEquals("keep me", Files.readString(theirs));
        assertEquals("keep me too", Files.readString(elsewhere.resolve("deep").resolve("also.txt")));
        assertFalse(exists(store.resolve("USMT")), "the store's own files are deleted");
    }

    @Test
    void aTmpfsInsideAStoreIsLeftAloneAndTheStoreFails() throws Exception {
        mounts.tmpfs(mountPoint, "1m");
        Path theirs = Files.writeString(mountPoint.resolve("theirs.txt"), "keep me");

        DeletionResult result = ConfinedDeletion.nio().delete(root, store);

        assertEquals(DeletionOutcome.FAILED, result.outcome());
        assertTrue(result.reason().contains(mountPoint.toString()) && result.reason().contains("left alone"), result.reason());
        assertEquals("keep me", Files.readString(theirs));
        assertFalse(exists(store.resolve("USMT")));
    }

    @Test
    void aStoreReachedThroughAMountIsNotStarted() throws Exception {
        Path elsewhere = Trees.store(tmp.resolve("elsewhere"), 5);
        Path share = Files.createDirectories(root.resolve("SMPSTORE2$"));
        mounts.bind(elsewhere, share);

        DeletionResult result = ConfinedDeletion.nio().delete(root, share.resolve("USMT"));

        assertEquals(DeletionOutcome.FAILED, result.outcome());
        assertTrue(result.reason().contains("mount point " + share), result.reason());
        assertTrue(Files.exists(elsewhere.resolve("USMT").resolve("USMT.MIG")));
    }
}
