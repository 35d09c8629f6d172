package org.osdkit.drivers.packages;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.files.ConfinedDeletion;
import org.osdkit.core.files.ConfinedPaths;
import org.osdkit.core.files.DeletionResult;
import org.osdkit.drivers.catalog.DriverDetail;
import org.osdkit.drivers.catalog.DriverErrors;
import org.osdkit.drivers.catalog.DriverFile;
import org.osdkit.drivers.catalog.FileHasher;

/**
 * The content of a package source folder: one folder per driver named by its hash, holding the INF
 * and its files, and the manifest ({@link PackageManifest}). Every copy is verified by hash;
 * a driver folder appears only complete (copied under a temporary name, then renamed). Paths from
 * stored relative paths never leave the package folder, and deletions go through core's
 * {@link ConfinedDeletion}: no link or mount point is followed.
 */
final class PackageContent {

    private static final ConfinedDeletion DELETION = ConfinedDeletion.nio();

    private PackageContent() {
    }

    /** Copies a driver's content into the package unless it is already there intact; true when copied. */
    static boolean copyDriver(DriverDetail d, Path packageFolder) throws IOException {
        Path target = inside(packageFolder, d.driver().driverHash());
        if (Files.isDirectory(target) && intact(target, d.files())) {
            return false;
        }
        Path staging = inside(packageFolder, d.driver().driverHash() + DriverPackage.PARTIAL);
        delete(packageFolder, staging);
        Path sourceFolder = Path.of(d.driver().sourceFolder()).resolve(d.driver().infPath()).normalize().getParent();
        for (DriverFile f : d.files()) {
            Path from = inside(sourceFolder, f.relativePath());
            Path to = inside(staging, f.relativePath());
            Files.createDirectories(to.getParent());
            String sha = copyHashing(from, to, d);
            if (!sha.equals(f.sha256())) {
                throw new OsdkitException(DriverErrors.SOURCE_CHANGED, from + " changed since the driver " + d.driver().infName() + " (" + d.driver().shortHash()
                        + ") was imported; its content no longer matches the catalog.", "Re-import the model's sources, then build the package again.");
            }
        }
        delete(packageFolder, target);
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        return true;
    }

    private static String copyHashing(Path from, Path to, DriverDetail d) throws IOException {
        if (!Files.isRegularFile(from)) {
            throw new OsdkitException(DriverErrors.SOURCE_CHANGED, from + " is gone: the source of " + d.driver().infName() + " was moved or deleted after import.",
                    "Restore the source folder " + d.driver().sourceFolder() + " or re-import the drivers from where they are now.");
        }
        MessageDigest sha = FileHasher.sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(from), sha)) {
            Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** True when every file is there with its size and hash. */
    static boolean intact(Path folder, List<DriverFile> files) throws IOException {
        for (DriverFile f : files) {
            Path p = inside(folder, f.relativePath());
            if (!Files.isRegularFile(p) || Files.size(p) != f.size() || !FileHasher.hash(p).sha256().equals(f.sha256())) {
                return false;
            }
        }
        return true;
    }

    static void removeDriver(Path packageFolder, String driverHash) throws IOException {
        delete(packageFolder, inside(packageFolder, driverHash));
    }

    /** {@code relative} under {@code root}; {@code DRV-PATH-OUTSIDE-ROOT} when it leaves it. */
    static Path inside(Path root, String relative) {
        return ConfinedPaths.resolve(root, relative).orElseThrow(() -> DriverErrors.outsideRoot(root, relative));
    }

    /** Deletes {@code target} inside {@code root}; what could not be deleted (or was left alone) fails the build with the reason. */
    private static void delete(Path root, Path target) throws IOException {
        DeletionResult result = DELETION.delete(root, target);
        if (!result.gone()) {
            throw new IOException(result.reason());
        }
    }
}
