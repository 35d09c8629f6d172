package org.osdkit.core.files;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Deletes a folder tree (or one file) inside a root folder and nothing outside it; every deletion osdkit
 * does goes through here.
 *
 * <ul>
 *   <li>The target's real path (links resolved) must lie strictly inside the root's real path: never the
 *       root itself, never outside it, also when the text path looks inside but a link leads out.</li>
 *   <li>A target that is itself a symbolic link is refused: what the caller named is not a folder of its own.</li>
 *   <li>Inside, a symbolic link is removed as a link; its target is never touched or counted.</li>
 *   <li>A directory that is a mount point (also a bind mount of the same file system), lives on another
 *       file system than the root, or is a Windows reparse point (junction, mount folder) is not entered and
 *       not removed: it and what is under it are left alone, and the target is reported {@link DeletionOutcome#FAILED}
 *       with the reason naming it. A junction is left alone too, because without its reparse tag it cannot be
 *       told from a mount folder.</li>
 *   <li>A failure on one entry does not stop the walk: the rest is deleted, every problem is reported, and
 *       the caller decides what a failed target means.</li>
 * </ul>
 *
 * A new walk per target keeps no state from one target to the next. Known limit: someone who swaps a
 * folder for a link while the walk is inside it can race the check made before each folder is listed.
 */
public final class ConfinedDeletion {

    private final DeletionFileSystem fs;

    public ConfinedDeletion(DeletionFileSystem fs) {
        this.fs = Objects.requireNonNull(fs, "fs");
    }

    /** Over the real file system. */
    public static ConfinedDeletion nio() {
        return new ConfinedDeletion(DeletionFileSystem.nio());
    }

    /** Deletes {@code target}, which must lie strictly inside {@code root}. */
    public DeletionResult delete(Path root, Path target) {
        return delete(List.of(root), target);
    }

    /**
     * Deletes {@code target}, which must lie strictly inside one of {@code roots} (e.g. an SMP's storage
     * folders); a root that cannot be resolved contains nothing.
     */
    public DeletionResult delete(Collection<Path> roots, Path target) {
        Objects.requireNonNull(target, "target");
        EntryFacts named;
        Path real;
        try {
            named = fs.facts(target);
            if (named.kind() == EntryKind.LINK) {
                return DeletionResult.refused(target, target + " is a symbolic link; a link is never deleted through, nor taken for the folder it points to");
            }
            real = fs.realPath(target);
        } catch (NoSuchFileException e) {
            return new DeletionResult(target, DeletionOutcome.ABSENT, 0, 0, 0, List.of());
        } catch (IOException e) {
            return DeletionResult.failed(target, target, DeletionReasons.of(target, e));
        }
        Path root = null;
        boolean isRoot = false;
        for (Path r : roots) {
            try {
                Path rr = fs.realPath(r);
                isRoot |= real.equals(rr);
                if (root == null && real.startsWith(rr) && !real.equals(rr)) {
                    root = rr;
                }
            } catch (IOException unreachable) {
                // A root that cannot be resolved contains nothing.
            }
        }
        if (root == null || isRoot) {
            return DeletionResult.refused(target, isRoot
                    ? target + " is a root folder itself; only what is inside a root is ever deleted"
                    : target + " resolves to " + real + ", outside " + (roots.size() == 1 ? "the root folder " + roots.iterator().next() : "every root folder"));
        }
        Set<Path> mounts;
        String volume;
        try {
            mounts = fs.mountPointsWithin(root);
            volume = fs.facts(root).volume();
        } catch (IOException e) {
            // Not knowing where the mounts are is reason enough not to start.
            return DeletionResult.failed(target, root, "cannot tell the mount points under " + root + ": " + DeletionReasons.of(root, e));
        }
        for (Path m : mounts) {
            if (!m.equals(root) && real.startsWith(m)) {
                return DeletionResult.failed(target, m, target + " is (or is reached through) the mount point " + m + "; it and what is under it are left alone");
            }
        }
        return new Walk(target, volume, mounts).run(real);
    }

    /** One target's walk: depth first with an explicit stack, so a deep tree cannot overflow the call stack. */
    private final class Walk {
        private final Path target;
        private final String volume;
        private final Set<Path> mounts;
        private final List<DeletionProblem> problems = new ArrayList<>();
        private long files;
        private long directories;
        private long bytes;

        Walk(Path target, String volume, Set<Path> mounts) {
            this.target = target;
            this.volume = volume;
            this.mounts = mounts;
        }

        DeletionResult run(Path real) {
            try {
                EntryFacts facts = fs.facts(real);
                if (facts.kind() != EntryKind.DIRECTORY) {
                    remove(real, facts);
                } else if (enterable(real, facts)) {
                    tree(real);
                }
            } catch (NoSuchFileException e) {
                return new DeletionResult(target, DeletionOutcome.ABSENT, 0, 0, 0, List.of());
            } catch (IOException e) {
                problem(real, DeletionReasons.of(real, e));
            }
            return new DeletionResult(target, problems.isEmpty() ? DeletionOutcome.DELETED : DeletionOutcome.FAILED, files, directories, bytes, problems);
        }

        private void tree(Path top) {
            Deque<Frame> stack = new ArrayDeque<>();
            Frame first = open(top);
            if (first == null) {
                return;
            }
            stack.push(first);
            while (!stack.isEmpty()) {
                Frame frame = stack.peek();
                if (frame.children.hasNext()) {
                    Path child = frame.children.next();
                    EntryFacts facts;
                    try {
                        facts = fs.facts(child);
                    } catch (NoSuchFileException gone) {
                        continue;
                    } catch (IOException e) {
                        problem(child, DeletionReasons.of(child, e));
                        frame.blocked = true;
                        continue;
                    }
                    if (facts.kind() != EntryKind.DIRECTORY) {
                        frame.blocked |= !remove(child, facts);
                    } else if (!enterable(child, facts)) {
                        frame.blocked = true;
                    } else {
                        Frame sub = open(child);
                        if (sub == null) {
                            frame.blocked = true;
                        } else {
                            stack.push(sub);
                        }
                    }
                } else {
                    stack.pop();
                    // A folder that still holds what was left alone or failed stays; its problem is already reported.
                    boolean removed = !frame.blocked && removeDirectory(frame.dir);
                    if (!removed && !stack.isEmpty()) {
                        stack.peek().blocked = true;
                    }
                }
            }
        }

        private boolean enterable(Path dir, EntryFacts facts) {
            if (facts.reparsePoint()) {
                problem(dir, dir + " is a junction, mount folder or other reparse point; it and what is under it are left alone");
                return false;
            }
            if (mounts.contains(dir)) {
                problem(dir, dir + " is a mount point; it and what is under it are left alone");
                return false;
            }
            if (!volume.isEmpty() && !facts.volume().isEmpty() && !facts.volume().equals(volume)) {
                problem(dir, dir + " is on another file system (" + facts.volume() + "; the root is on " + volume + "); it and what is under it are left alone");
                return false;
            }
            return true;
        }

        /** Lists {@code dir} after checking its path still holds no link; {@code null} when that fails (reported). */
        private Frame open(Path dir) {
            try {
                if (!fs.realPath(dir).equals(dir)) {
                    problem(dir, dir + " became a link while it was being deleted; left alone");
                    return null;
                }
                return new Frame(dir, fs.list(dir).iterator());
            } catch (NoSuchFileException gone) {
                return new Frame(dir, List.<Path>of().iterator());
            } catch (IOException e) {
                problem(dir, DeletionReasons.of(dir, e));
                return null;
            }
        }

        private boolean remove(Path entry, EntryFacts facts) {
            try {
                fs.delete(entry);
            } catch (NoSuchFileException gone) {
                return true;
            } catch (IOException e) {
                problem(entry, DeletionReasons.of(entry, e));
                return false;
            }
            files++;
            if (facts.kind() == EntryKind.FILE || facts.kind() == EntryKind.OTHER) {
                bytes += facts.size();
            }
            return true;
        }

        private boolean removeDirectory(Path dir) {
            try {
                fs.delete(dir);
            } catch (NoSuchFileException gone) {
                return true;
            } catch (IOException e) {
                problem(dir, DeletionReasons.of(dir, e));
                return false;
            }
            directories++;
            return true;
        }

        private void problem(Path path, String reason) {
            problems.add(new DeletionProblem(path, reason));
        }
    }

    private static final class Frame {
        final Path dir;
        final Iterator<Path> children;
        boolean blocked;

        Frame(Path dir, Iterator<Path> children) {
            this.dir = dir;
            this.children = children;
        }
    }
}
