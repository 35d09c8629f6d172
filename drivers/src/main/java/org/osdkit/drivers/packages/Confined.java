package org.osdkit.drivers.packages;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import org.osdkit.core.OsdkitException;
import org.osdkit.drivers.catalog.DriverErrors;

/**
 * Paths and deletions that can never leave their root folder, whatever a stored relative path says.
 * Public only because the distribution use cases copy to and delete on distribution points with the
 * same guard; it gives way to core's confined deletion once that exists.
 */
public final class Confined {

    private Confined() {
    }

    /** {@code relative} resolved under {@code root}; {@code DRV-PATH-OUTSIDE-ROOT} when it leaves it or is the root itself. */
    public static Path resolve(Path root, String relative) {
        Path resolved = root.resolve(relative.replace('\\', '/')).normalize();
        if (!resolved.startsWith(root.normalize()) || resolved.equals(root.normalize())) {
            throw new OsdkitException(DriverErrors.PATH_OUTSIDE_ROOT, "The path " + relative + " leaves " + root + "; refused.");
        }
        return resolved;
    }

    /** Deletes {@code folder} and everything in it; links are removed, never followed. */
    public static void deleteTree(Path root, Path folder) throws IOException {
        Path f = folder.normalize();
        if (!f.startsWith(root.normalize()) || f.equals(root.normalize())) {
            throw new OsdkitException(DriverErrors.PATH_OUTSIDE_ROOT, "Refusing to delete " + folder + ": it is not inside " + root + ".");
        }
        if (!Files.exists(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(f, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
