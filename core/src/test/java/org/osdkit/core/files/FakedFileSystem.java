package org.osdkit.core.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The real adapter with facts told otherwise for chosen paths: a folder on another volume, a reparse
 * point, a mount point, a deletion that fails. Records every deletion it let through.
 */
final class FakedFileSystem implements DeletionFileSystem {

    private final DeletionFileSystem real = DeletionFileSystem.nio();
    private final Map<Path, String> volumes = new HashMap<>();
    private final Set<Path> reparsePoints = new HashSet<>();
    private final Set<Path> mounts = new HashSet<>();
    private final Map<Path, IOException> failingDeletes = new HashMap<>();
    private IOException mountTableFailure;
    final List<Path> deleted = new ArrayList<>();

    FakedFileSystem onVolume(Path dir, String volume) {
        volumes.put(dir, volume);
        return this;
    }

    FakedFileSystem reparsePoint(Path dir) {
        reparsePoints.add(dir);
        return this;
    }

    FakedFileSystem mountPoint(Path dir) {
        mounts.add(dir);
        return this;
    }

    FakedFileSystem failDeleting(Path path, IOException with) {
        failingDeletes.put(path, with);
        return this;
    }

    FakedFileSystem mountTableUnreadable(IOException with) {
        mountTableFailure = with;
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
    public void delete(Path path) throws IOException {
        IOException failure = failingDeletes.get(path);
        if (failure != null) {
            throw failure;
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
