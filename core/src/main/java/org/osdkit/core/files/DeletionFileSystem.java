package org.osdkit.core.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The file-system facts and operations a {@link ConfinedDeletion} uses, as a port: {@link #nio()} is the
 * real one; a test puts a fake in front of it to report a mount point, a junction, another volume, or a
 * deletion that fails. None of the methods follows a link in the last path element.
 */
public interface DeletionFileSystem {

    /** The canonical path with every link resolved ({@link Path#toRealPath}). */
    Path realPath(Path path) throws IOException;

    /** What {@code path} is in itself (not what a link points to). */
    EntryFacts facts(Path path) throws IOException;

    /** The entries of a directory, as paths under {@code dir}. */
    List<Path> list(Path dir) throws IOException;

    /** Deletes one file, link or empty directory; a link itself, never its target. */
    void delete(Path path) throws IOException;

    /**
     * The mount points at or below {@code tree} (a real path), including bind mounts of the same file
     * system, which no device number tells apart; empty where the system does not list its mounts
     * (then the device and reparse-point checks still apply).
     */
    Set<Path> mountPointsWithin(Path tree) throws IOException;

    /** The adapter over {@code java.nio.file} (and {@code /proc/self/mountinfo} on Linux). */
    static DeletionFileSystem nio() {
        return new NioDeletionFileSystem();
    }
}
