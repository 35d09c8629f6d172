package org.osdkit.core.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.osdkit.core.files.DeletionFileSystem;
import org.osdkit.core.files.EntryFacts;

/**
 * Core's real deletion port with facts told otherwise for chosen paths, what only a Windows server or
 * root on Linux shows for real: a folder on another volume, a reparse point (junction), a mount point,
 * an unreadable mount table; deleting a chosen path fails with a chosen exception (a locked file, an
 * access-denied ACL), the process "dies" (an {@link Error}) at a chosen deletion, or something happens
 * just before one. Records every deletion it let through. Not final: a test overrides
 * {@link #delete(Path)} to act in the middle of a run (a heartbeat stolen, a slow store).
 */
public class FakedFileSystem implements DeletionFileSystem {

    /** What the simulated kill throws: an Error, so no per-entry handler may swallow it. */
    public static final class Killed extends Error {
        private static final long serialVersionUID = 1L;

        public Killed() {
            super("simulated kill");
        }
    }

    private final DeletionFileSystem real = DeletionFileSystem.nio();
    private final Map<Path, String> volumes = new HashMap<>();
    private final Set<Path> reparsePoints = new HashSet<>();
    private final Set<Path> mounts = new HashSet<>();
    private final Map<Predicate<Path>, IOException> failingDeletes = new LinkedHashMap<>();
    private final Map<Path, Consumer<Path>> before = new HashMap<>();
    private Predicate<Path> killAt = p -> false;
    private IOException mountTableFailure;
    private final List<Path> deleted = new ArrayList<>();

    /** {@code dir} is told to be on {@code volume} (another device, or another volume serial number). */
    public FakedFileSystem onVolume(Path dir, String volume) {
        volumes.put(dir, volume);
        return this;
    }

    /** {@code dir} is told to be a reparse point (a junction or a symbolic link on Windows). */
    public FakedFileSystem reparsePoint(Path dir) {
        reparsePoints.add(dir);
        return this;
    }

    /** {@code dir} is told to be a mount point. */
    public FakedFileSystem mountPoint(Path dir) {
        mounts.add(dir);
        return this;
    }

    /** Deleting {@code path} fails with {@code with}. */
    public FakedFileSystem failDeleting(Path path, IOException with) {
        return failDeleting(path::equals, with);
    }

    /** Deleting any path {@code which} accepts fails with {@code with}. */
    public FakedFileSystem failDeleting(Predicate<Path> which, IOException with) {
        failingDeletes.put(which, with);
        return this;
    }

    /** Deleting any path {@code which} accepts throws {@link Killed}: the process dies there. */
    public FakedFileSystem killWhenDeleting(Predicate<Path> which) {
        this.killAt = which;
        return this;
    }

    /** Runs {@code action} right before {@code path} is deleted, once. */
    public FakedFileSystem beforeDeleting(Path path, Consumer<Path> action) {
        before.put(path, action);
        return this;
    }

    /** Reading the mount table fails with {@code with}. */
    public FakedFileSystem mountTableUnreadable(IOException with) {
        mountTableFailure = with;
        return this;
    }

    /** Every path deleted so far, in order. */
    public List<Path> deleted() {
        return deleted;
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
    public void delete(Path path) throws IOException {
        Consumer<Path> action = before.remove(path);
        if (action != null) {
            action.accept(path);
        }
        if (killAt.test(path)) {
            throw new Killed();
        }
        for (Map.Entry<Predicate<Path>, IOException> failing : failingDeletes.entrySet()) {
            if (failing.getKey().test(path)) {
                throw failing.getValue();
            }
        }
        real.delete(path);
        deleted.add(path);
    }

    @Override
    public Set<Path> mountPointsWithin(Path tree) throws IOException {
        if (mountTableFailure != null) {
            throw mountTableFailure;
        }
        Set<Path> found = new HashSet<>(real.mountPointsWithin(tree));
        mounts.stream().filter(m -> m.startsWith(tree)).forEach(found::add);
        return found;
    }
}
