package org.osdkit.drivers.distribution;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.PackageId;
import org.osdkit.core.files.ConfinedDeletion;
import org.osdkit.core.files.ConfinedPaths;
import org.osdkit.core.files.DeletionResult;
import org.osdkit.drivers.catalog.DriverErrors;
import org.osdkit.drivers.catalog.DriverFile;
import org.osdkit.drivers.catalog.FileHasher;

/**
 * A package's content folder on one distribution point ({@code <share>\<PackageID>}) and the two folders
 * beside it that make a change all-or-nothing: {@code <PackageID>.osdkit-staging}, where the next version
 * is copied and verified, and {@code <PackageID>.osdkit-old}, where the previous version waits during the
 * switch. The content folder only ever holds one complete version: it is never written to, only renamed
 * away and replaced by the verified staging folder. The one moment it is absent, between the switch's two
 * renames, leaves both complete versions beside it, and {@link #recover} puts the previous one back.
 * Every deletion is confined to the share (core's {@link ConfinedDeletion}).
 */
final class DpContent {

    static final String STAGING = ".osdkit-staging";
    static final String OLD = ".osdkit-old";

    private static final ConfinedDeletion DELETION = ConfinedDeletion.nio();

    private final Path share;
    private final Path target;
    private final Path staging;
    private final Path old;

    DpContent(Path share, PackageId id) {
        this.share = share;
        this.target = inside(share, id.value());
        this.staging = inside(share, id + STAGING);
        this.old = inside(share, id + OLD);
    }

    /** True when the content folder exists: the DP holds a version of the package. */
    boolean present() {
        return Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Undoes what a killed run left half done. Killed between the two renames of a switch (the content
     * folder absent, the previous version in {@code .osdkit-old}): the previous version goes back, so the
     * DP holds a complete version again before anything else happens. Killed after the switch: the
     * previous version is no longer needed and is deleted. A staging folder is kept, to be resumed.
     */
    void recover() throws IOException {
        for (Path p : List.of(target, staging, old)) {
            if (Files.isSymbolicLink(p)) {
                throw new OsdkitException(DriverErrors.DISTRIBUTION_FAILED, p + " is a symbolic link, not a folder osdkit wrote; it is left alone.",
                        "Remove the link on the distribution point, then distribute again.");
            }
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(old, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
        } else {
            delete(old);
        }
    }

    /**
     * True when the content folder holds exactly {@code files} (manifest first), every one with its
     * SHA-256: a run killed after its switch, or the same version sent again. A different version has a
     * different manifest, so only then is everything read.
     */
    boolean holds(List<DriverFile> files) throws IOException {
        return present() && matches(inside(target, files.get(0).relativePath()), files.get(0)) && exactly(target, files, true);
    }

    /**
     * Fills the staging folder with {@code files} and verifies each by SHA-256. Only what changed is copied
     * from {@code source}: a file already in staging with the right hash (a killed run's) is kept, and one
     * the DP's current version holds unchanged is taken from there (a hard link where the file system has
     * them, else a copy on the DP), never written into: the current version stays complete until the switch.
     * Everything else in staging is deleted. Returns {copied from the source, reused}.
     */
    int[] stage(Path source, List<DriverFile> files, String dpName, DistributionListener listener) throws IOException {
        int copied = 0;
        int reused = 0;
        for (DriverFile f : files) {
            Path to = inside(staging, f.relativePath());
            if (matches(to, f)) {
                reused++;
            } else {
                try {
                    Files.createDirectories(to.getParent());
                    Path current = inside(target, f.relativePath());
                    if (present() && matches(current, f)) {
                        reuseVerified(current, to, f);
                        reused++;
                    } else {
                        copyVerified(inside(source, f.relativePath()), to, f);
                        copied++;
                    }
                } catch (IOException e) {
                    throw cannotWrite(to, e);
                }
            }
            listener.fileDone(dpName, f.relativePath(), f.size());
        }
        removeStrays(files);
        if (!exactly(staging, files, false)) {
            throw new IOException("the staging folder " + staging + " changed while it was being filled; nothing was switched");
        }
        return new int[] {copied, reused};
    }

    /**
     * A failed write into staging, naming the file (a full share's "No space left on device" names none):
     * its partial copy is removed, so a full share gets back what it can; the files already staged stay
     * for the next run, and the DP keeps serving its current version, which nothing has touched.
     */
    private static IOException cannotWrite(Path to, IOException e) {
        Path partial = to.resolveSibling(to.getFileName() + ".part");
        try {
            Files.deleteIfExists(partial);
        } catch (IOException ignored) {
            // What is left is removed by the next run's staging.
        }
        String reason = e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null ? fse.getReason() : e.getMessage();
        return new IOException("cannot write " + to + ": " + reason + "; nothing was switched, the distribution point keeps its current version"
                + " (free space on its share, then run again: what is staged is kept)", e);
    }

    /**
     * Puts an unchanged file of the current version into staging: a hard link to it (nothing copied; neither
     * name is ever written to, only renamed or deleted), or where links are not possible a copy made under a
     * temporary name and checked by hash.
     */
    private static void reuseVerified(Path current, Path to, DriverFile expected) throws IOException {
        Path partial = to.resolveSibling(to.getFileName() + ".part");
        Files.deleteIfExists(partial);
        try {
            Files.createLink(partial, current);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(current, partial, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.move(partial, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        if (!matches(to, expected)) {
            throw new IOException("the copy of " + expected.relativePath() + " taken from the current version does not match its SHA-256");
        }
    }

    /**
     * Puts the verified staging folder in place of the content folder: up to the first rename the DP holds
     * the previous version, from the second the new one. Returns the reason the previous version could not
     * be deleted afterwards ({@code null} when it was), which leaves the new content in place.
     */
    String switchToStaged() throws IOException {
        if (present()) {
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        DeletionResult leftover = DELETION.delete(share, old);
        return leftover.gone() ? null : leftover.reason();
    }

    /** Deletes a staging folder that is no longer needed; the reason when something of it is left, else {@code null}. */
    String dropStaging() {
        DeletionResult result = DELETION.delete(share, staging);
        return result.gone() ? null : result.reason();
    }

    /** True when {@code folder} holds regular files at exactly the paths of {@code files} (and their hashes, when {@code hashes}). */
    private static boolean exactly(Path folder, List<DriverFile> files, boolean hashes) throws IOException {
        Set<Path> wanted = new HashSet<>();
        for (DriverFile f : files) {
            Path p = inside(folder, f.relativePath());
            wanted.add(p);
            if (hashes ? !matches(p, f) : !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
        }
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).allMatch(wanted::contains);
        }
    }

    /** Files and folders a killed run of another version left in staging must not be distributed. */
    private void removeStrays(List<DriverFile> files) throws IOException {
        Set<Path> wanted = new HashSet<>();
        for (DriverFile f : files) {
            for (Path p = inside(staging, f.relativePath()); !p.equals(staging); p = p.getParent()) {
                wanted.add(p);
            }
        }
        List<Path> strays;
        try (Stream<Path> all = Files.walk(staging)) {
            strays = all.filter(p -> !p.equals(staging) && !wanted.contains(p)).toList();
        }
        for (Path stray : strays) {
            // A stray folder comes before its content in the walk, and takes it along: that content is absent by its turn.
            if (Files.exists(stray, LinkOption.NOFOLLOW_LINKS)) {
                delete(stray);
            }
        }
    }

    private static boolean matches(Path file, DriverFile expected) throws IOException {
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) == expected.size()
                && FileHasher.hash(file).sha256().equals(expected.sha256());
    }

    /** Copies under a temporary name, checks the source's hash on the way and the copy's after the rename. */
    private static void copyVerified(Path from, Path to, DriverFile expected) throws IOException {
        MessageDigest sha = FileHasher.sha256();
        Path partial = to.resolveSibling(to.getFileName() + ".part");
        try (InputStream in = new DigestInputStream(Files.newInputStream(from), sha)) {
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
        }
        if (!HexFormat.of().formatHex(sha.digest()).equals(expected.sha256())) {
            Files.deleteIfExists(partial);
            throw new OsdkitException(DriverErrors.SOURCE_CHANGED, from + " no longer matches the package manifest.",
                    "Rebuild the package with 'osdkit drivers package update' before distributing it.");
        }
        Files.move(partial, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        if (!matches(to, expected)) {
            throw new IOException("the copy of " + expected.relativePath() + " on the distribution point does not match its SHA-256");
        }
    }

    /** {@code relative} under {@code root}; {@code DRV-PATH-OUTSIDE-ROOT} when it leaves it. */
    private static Path inside(Path root, String relative) {
        return ConfinedPaths.resolve(root, relative).orElseThrow(() -> DriverErrors.outsideRoot(root, relative));
    }

    /** Deletes inside the share; what is left fails the distribution with the reason. */
    private void delete(Path path) throws IOException {
        DeletionResult result = DELETION.delete(share, path);
        if (!result.gone()) {
            throw new IOException(result.reason());
        }
    }
}
