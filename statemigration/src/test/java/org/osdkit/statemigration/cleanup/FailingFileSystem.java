package org.osdkit.statemigration.cleanup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.osdkit.core.files.DeletionFileSystem;
import org.osdkit.core.files.EntryFacts;

/**
 * Core's real deletion port with seams: deleting a chosen path fails with a chosen exception (what a
 * locked file or an access-denied ACL does on a Windows SMP), the process "dies" (an {@link Error}) at a
 * chosen deletion, a folder is told to be a mount point, a junction or on another volume (what only a
 * Windows SMP or root on Linux can show for real), or something happens just before a chosen deletion.
 * Records every deletion it let through. Not final: a lock test overrides one deletion to act in the
 * middle of a run (a heartbeat stolen, a slow store).
 */
class FailingFileSystem implements DeletionFileSystem {

    /** What the simulated kill throws: an Error, so no per-store handler may swallow it. */
    static final class Killed extends Error {
        private static final long serialVersionUID = 1L;

        Killed() {
            super("simulated kill");
        }
    }

    private final DeletionFileSystem real = DeletionFileSystem.nio();
    private Predicate<Path> failing = p -> false;
    private IOException failure;
    private Predicate<Path> killAt = p -> false;
    private final Set<Path> mounts = new HashSet<>();
    private final Set<Path> reparsePoints = new HashSet<>();
    private final Map<Path, String> volumes = new HashMap<>();
    private final Map<Path, Consumer<Path>> before = new HashMap<>();
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

    FailingFileSystem mountPoint(Path dir) {
        mounts.add(dir);
        return this;
    }

    FailingFileSystem reparsePoint(Path dir) {
        reparsePoints.add(dir);
        return this;
    }

    FailingFileSystem onVolume(Path dir, String volume) {
        volumes.put(dir, volume);
        return this;
    }

    /** Runs {@code action} right before {@code path} is deleted, once. */
    FailingFileSystem beforeDeleting(Path path, Consumer<Path> action) {
        before.put(path, action);
        return this;
    }

    @Override
    public Path realPath(Path path) throws IOException {
        return real.realPath(path);
    }

    @Override
    public EntryFacts facts(Path path) throws IOException {
        EntryFacts f = real.facts(path);
        return new EntryFacts(f.kind(), f.size(), volumes.getOrDefault(path, f.volume()), f.reparsePoint() || reparsePoints.contains(path));
    }

    @Override
    public List<Path> list(Path dir) throws IOException {
        return real.list(dir);
    }

    @Override
    public void delete(Path entry) throws IOException {
        Consumer<Path> action = before.remove(entry);
        if (action != null) {
            action.accept(entry);
        }
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
    public Set<Path> mountPointsWithin(Path tree) throws IOException {
        Set<Path> all = new HashSet<>(real.mountPointsWithin(tree));
        mounts.stream().filter(m -> m.startsWith(tree)).forEach(all::add);
        return all;
    }
}
