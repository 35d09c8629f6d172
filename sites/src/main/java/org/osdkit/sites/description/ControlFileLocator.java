package org.osdkit.sites.description;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.osdkit.core.OsdkitException;
import org.osdkit.sites.SiteErrors;

/**
 * Finds the site control file an admin points at: the file itself, or its {@code sitectrl.box} folder.
 * Accepts Microsoft's {@code sitectrl.ct0} (zero) and the {@code sitectrl.cto} (letter o) spelling of
 * the seed blog post, and says which one it found.
 */
final class ControlFileLocator {

    /**
     * The file and a note on how it was found.
     *
     * @param file    the site control file
     * @param foundAs e.g. {@code sitectrl.ct0}
     */
    record Located(Path file, String foundAs) {
    }

    private ControlFileLocator() {
    }

    public static Located locate(Path given) {
        Path path = given.toAbsolutePath().normalize();
        if (Files.isDirectory(path)) {
            return child(path, "sitectrl.ct0").or(() -> child(path, "sitectrl.cto"))
                    .map(ControlFileLocator::describe)
                    .orElseThrow(() -> missing(path, "holds neither sitectrl.ct0 nor sitectrl.cto"));
        }
        if (Files.isRegularFile(path)) {
            return describe(path);
        }
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        String other = name.equals("sitectrl.cto") ? "sitectrl.ct0" : name.equals("sitectrl.ct0") ? "sitectrl.cto" : null;
        if (other != null && path.getParent() != null) {
            Optional<Path> sibling = child(path.getParent(), other);
            if (sibling.isPresent()) {
                return describe(sibling.get());
            }
        }
        throw missing(path, "does not exist");
    }

    private static Located describe(Path file) {
        String name = file.getFileName().toString();
        String note = name.toLowerCase(Locale.ROOT).endsWith(".cto")
                ? name + " (letter o, as the 2009 blog post wrote it; Microsoft documents sitectrl.ct0 with a zero)"
                : name;
        return new Located(file, note);
    }

    private static Optional<Path> child(Path folder, String name) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().equalsIgnoreCase(name) && Files.isRegularFile(f)).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static OsdkitException missing(Path path, String why) {
        return new OsdkitException(SiteErrors.FILE_UNREADABLE, path + " " + why + ".",
                "Give the site control file, normally <install>\\Inboxes\\sitectrl.box\\sitectrl.ct0, or its sitectrl.box folder.");
    }

    /** The inbox's {@code incoming} folder beside the file, whatever its case. */
    public static Path incomingFolder(Path file) {
        Path box = file.getParent();
        try (Stream<Path> children = Files.list(box)) {
            return children.filter(c -> c.getFileName().toString().equalsIgnoreCase("incoming") && Files.isDirectory(c))
                    .findFirst().orElse(box.resolve("incoming"));
        } catch (IOException e) {
            return box.resolve("incoming");
        }
    }

    /** The inbox's {@code history} folder beside the file, whatever its case. */
    public static Path historyFolder(Path file) {
        Path box = file.getParent();
        try (Stream<Path> children = Files.list(box)) {
            return children.filter(c -> c.getFileName().toString().equalsIgnoreCase("history") && Files.isDirectory(c))
                    .findFirst().orElse(box.resolve("history"));
        } catch (IOException e) {
            return box.resolve("history");
        }
    }
}
