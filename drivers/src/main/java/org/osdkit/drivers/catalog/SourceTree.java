package org.osdkit.drivers.catalog;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.osdkit.core.OsdkitException;
import org.osdkit.drivers.inf.InfFinding;
import org.osdkit.drivers.inf.InfRule;

/**
 * Walks a driver source tree without following links: links that lead outside the tree are reported
 * and ignored, unreadable folders are reported and skipped, and the walk goes on.
 */
final class SourceTree {

    /** One folder with the INF files and other files directly in it. */
    record Folder(Path dir, String relativePath, List<Path> infs, List<Path> files, List<InfFinding> findings) {
    }

    private SourceTree() {
    }

    static Path requireFolder(Path root) {
        if (!Files.isDirectory(root)) {
            throw new OsdkitException(DriverErrors.SOURCE_NOT_FOUND, "The driver source folder " + root + " does not exist or is not a folder.",
                    "Check the path; sources live under <share>\\_OriginalSources_\\<OS>\\<Model>.");
        }
        return root.toAbsolutePath().normalize();
    }

    static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }

    static boolean isInf(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".inf") || n.endsWith(".inx");
    }

    static List<Folder> walk(Path rootFolder) {
        Path root = requireFolder(rootFolder);
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            throw new OsdkitException(DriverErrors.SOURCE_UNREADABLE, "Cannot read the driver source folder " + root + ": " + e.getMessage() + ".", null, e);
        }
        Map<Path, Builder> folders = new LinkedHashMap<>();
        try {
            Files.walkFileTree(root, EnumSet.noneOf(java.nio.file.FileVisitOption.class), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    folders.put(dir, new Builder(dir));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    Builder folder = folders.computeIfAbsent(file.getParent(), Builder::new);
                    if (attrs.isSymbolicLink() && !insideRoot(file, realRoot)) {
                        folder.findings.add(new InfFinding(InfRule.LINK_OUTSIDE, relative(root, file), 0,
                                "The link " + relative(root, file) + " points outside the source folder; it is ignored."));
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isSymbolicLink() && !Files.isRegularFile(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (isInf(file)) {
                        folder.infs.add(file);
                    } else {
                        folder.files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    folders.computeIfAbsent(file.getParent() == null ? file : file.getParent(), Builder::new).findings.add(
                            new InfFinding(InfRule.UNREADABLE, relative(root, file), 0, "Cannot read " + relative(root, file) + ": " + e.getMessage() + "; skipped."));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new OsdkitException(DriverErrors.SOURCE_UNREADABLE, "Cannot walk the driver source folder " + root + ": " + e.getMessage() + ".", null, e);
        }
        List<Folder> out = new ArrayList<>();
        for (Builder b : folders.values()) {
            b.infs.sort(Comparator.naturalOrder());
            b.files.sort(Comparator.naturalOrder());
            out.add(new Folder(b.dir, relative(root, b.dir), b.infs, b.files, b.findings));
        }
        out.sort(Comparator.comparing(Folder::relativePath));
        return out;
    }

    private static boolean insideRoot(Path link, Path realRoot) {
        try {
            return link.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return false;
        }
    }

    private static final class Builder {
        final Path dir;
        final List<Path> infs = new ArrayList<>();
        final List<Path> files = new ArrayList<>();
        final List<InfFinding> findings = new ArrayList<>();

        Builder(Path dir) {
            this.dir = dir;
        }
    }
}
