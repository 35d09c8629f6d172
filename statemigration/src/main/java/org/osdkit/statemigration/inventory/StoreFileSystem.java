package org.osdkit.statemigration.inventory;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The file operations a cleanup and a health check need, as a port: the real adapter is
 * {@link #nio()}; tests put a double in front of it to fail chosen paths. Deleting through it never
 * follows a link: a link is removed, its target is left alone.
 */
public interface StoreFileSystem {

    /** The canonical path, links resolved ({@link Path#toRealPath}). */
    Path realPath(Path path) throws IOException;

    /** Deletes one file, link or empty folder; a link itself, never its target. */
    void delete(Path entry) throws IOException;

    /** The volume's size and free space. */
    FolderSpace space(Path folder) throws IOException;

    /** True when a file can be created and removed in {@code folder}. */
    boolean writable(Path folder);

    /** The adapter over {@code java.nio.file}. */
    static StoreFileSystem nio() {
        return new NioStoreFileSystem();
    }
}
