package org.osdkit.core.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.osdkit.core.files.Trees.exists;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.testing.FakedFileSystem;

/**
 * Mount points, other volumes and Windows reparse points told through the port: a folder the fake says
 * is one is never entered nor removed, the rest of the target goes, and the target is FAILED naming it.
 */
class ConfinedDeletionPortTest {

    @TempDir
    Path tmp;
    Path root;
    Path store;
    Path inner;

    @BeforeEach
    void setUp() throws IOException {
        root = Files.createDirectories(tmp.toRealPath().resolve("root"));
        store = Trees.store(root.resolve("S1"), 100);
        inner = Files.createDirectories(store.resolve("mounted"));
        Files.writeString(inner.resolve("someone-elses.txt"), "not ours");
    }

    private void assertLeftAloneAndRestDeleted(DeletionResult result, String because) {
        assertEquals(DeletionOutcome.FAILED, result.outcome());
        assertEquals(1, result.problems().size(), result.problems().toString());
        assertEquals(inner, result.problems().get(0).path());
        assertTrue(result.reason().contains(inner.toString()) && result.reason().contains(because) && result.reason().contains("left alone"), result.reason());
        assertTrue(Files.exists(inner.resolve("someone-elses.txt")), "the mounted tree is untouched");
        assertFalse(exists(store.resolve("USMT")), "the rest of the store is deleted");
        assertTrue(exists(store), "the store folder still holds the mount point");
    }

    @Test
    void aFolderOnAnotherVolumeIsLeftAlone() {
        FakedFileSystem fs = new FakedFileSystem().onVolume(inner, "dev:999");
        assertLeftAloneAndRestDeleted(new ConfinedDeletion(fs).delete(root, store), "another file system");
        assertFalse(fs.deleted().contains(inner));
    }

    @Test
    void aReparsePointIsLeftAlone() {
        FakedFileSystem fs = new FakedFileSystem().reparsePoint(inner);
        assertLeftAloneAndRestDeleted(new ConfinedDeletion(fs).delete(root, store), "reparse point");
    }

    @Test
    void aMountPointOnTheSameVolumeIsLeftAlone() {
        FakedFileSystem fs = new FakedFileSystem().mountPoint(inner);
        assertLeftAloneAndRestDeleted(new ConfinedDeletion(fs).delete(root, store), "is a mount point");
    }

    @Test
    void aTargetThatIsOrLiesUnderAMountPointIsNotStarted() {
        FakedFileSystem fs = new FakedFileSystem().mountPoint(store);
        DeletionResult result = new ConfinedDeletion(fs).delete(root, store.resolve("USMT"));
        assertEquals(DeletionOutcome.FAILED, result.outcome());
        assertTrue(result.reason().contains("mount point " + store), result.reason());
        assertTrue(fs.deleted().isEmpty());

        assertEquals(DeletionOutcome.FAILED, new ConfinedDeletion(fs).delete(root, store).outcome());
        assertTrue(Files.exists(store.resolve("USMT").resolve("USMT.MIG")));
    }

    @Test
    void aTargetOnAnotherVolumeThanItsRootIsNotEntered() {
        FakedFileSystem fs = new FakedFileSystem().onVolume(store, "dev:999");
        DeletionResult result = new ConfinedDeletion(fs).delete(root, store);
        assertEquals(DeletionOutcome.FAILED, result.outcome());
        assertTrue(result.reason().contains("another file system"), result.reason());
        assertTrue(fs.deleted().isEmpty());
    }

    @Test
    void anUnreadableMountTableStopsBeforeAnythingIsDeleted() {
        FakedFileSystem fs = new FakedFileSystem().mountTableUnreadable(new IOException("permission denied"));
        DeletionResult result = new ConfinedDeletion(fs).delete(root, store);
        assertEquals(DeletionOutcome.FAILED, result.outcome());
        assertTrue(result.reason().startsWith("cannot tell the mount points under " + root), result.reason());
        assertTrue(fs.deleted().isEmpty());
    }

    @Test
    void aFileOnAnotherVolumeIsJustAFile() throws IOException {
        // Only folders are compared: a file cannot hold anything, and deleting it never reaches further.
        Path file = store.resolve("USMT").resolve("USMT.MIG");
        FakedFileSystem fs = new FakedFileSystem().onVolume(file, "dev:999");
        Files.delete(inner.resolve("someone-elses.txt"));
        assertEquals(DeletionOutcome.DELETED, new ConfinedDeletion(fs).delete(root, store).outcome());
    }
}
