package org.osdkit.statemigration.inventory;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@link StoreFileSystem} over {@code java.nio.file}; reached through {@link StoreFileSystem#nio()}. */
final class NioStoreFileSystem implements StoreFileSystem {

    @Override
    public FolderSpace space(Path folder) throws IOException {
        FileStore store = Files.getFileStore(folder);
        return new FolderSpace(store.getTotalSpace(), store.getUsableSpace());
    }

    @Override
    public boolean writable(Path folder) {
        try {
            Path probe = Files.createTempFile(folder, ".osdkit-probe-", ".tmp");
            Files.delete(probe);
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
