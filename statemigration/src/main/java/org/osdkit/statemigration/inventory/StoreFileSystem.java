package org.osdkit.statemigration.inventory;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What the store scan and the health probe ask of the file system, as a port: the real adapter is
 * {@link #nio()}; tests put a double in front of it. Deleting is not here: a cleanup deletes through
 * core's {@code org.osdkit.core.files.ConfinedDeletion}.
 */
public interface StoreFileSystem {

    /** The volume's size and free space. */
    FolderSpace space(Path folder) throws IOException;

    /**
     * True when a file can be created and removed in {@code folder}. This writes into the folder: only
     * {@code osdkit smp health} calls it, never a page of the dashboard.
     */
    boolean writable(Path folder);

    /** The adapter over {@code java.nio.file}. */
    static StoreFileSystem nio() {
        return new NioStoreFileSystem();
    }
}
