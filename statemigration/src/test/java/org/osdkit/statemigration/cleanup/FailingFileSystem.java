package org.osdkit.statemigration.cleanup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.osdkit.statemigration.inventory.FolderSpace;
import org.osdkit.statemigration.inventory.StoreFileSystem;

/**
 * The real NIO adapter with a seam: deleting a chosen path fails with a chosen exception (what a
 * locked file or an access-denied ACL does on a Windows SMP), or the process "dies" (an {@link Error})
 * at a chosen deletion. Records every deletion it let through.
 */
class FailingFileSystem implements StoreFileSystem {

    /** What the simulated kill throws: an Error, so no per-store handler may swallow it. */
    static final class Killed extends Error {
        private static final long serialVersionUID = 1L;

        Killed() {
            super("simulated kill");
        }
    }

    private final StoreFileSystem real = StoreFileSystem.nio();
    private Predicate<Path> failing = p -> false;
    private IOException failure;
    private Predicate<Path> killAt = p -> false;
    final List<Path> deleted = new ArrayList<>();

    FailingFileSystem failDeleting(Predicate<Path> which, IOException with) {
        this.failing = which;
        this.failure = with;
        return this;
    }

    FailingFileSystem killWhenDeleting(Predicate<Path> which) {
        this.killAt = which;
        return this;
    }

    @Override
    public Path realPath(Path path) throws IOException {
        return real.realPath(path);
    }

    @Override
    public void delete(Path entry) throws IOException {
        if (killAt.test(entry)) {
            throw new Killed();
        }
        if (failing.test(entry)) {
            throw failure;
        }
        real.delete(entry);
        deleted.add(entry);
    }

    @Override
    public FolderSpace space(Path folder) throws IOException {
        return real.space(folder);
    }

    @Override
    public boolean writable(Path folder) {
        return real.writable(folder);
    }
}
