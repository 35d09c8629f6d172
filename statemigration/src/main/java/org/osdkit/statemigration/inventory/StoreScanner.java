package org.osdkit.statemigration.inventory;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.osdkit.statemigration.settings.SmpSettings;
import org.osdkit.statemigration.settings.StorageFolder;

/**
 * Walks the storage folders of an SMP once and hands every store folder (the folders {@code storeDepth}
 * levels down) to a consumer with its size, last write and USMT files, so memory does not grow with
 * the number of files. Links are never followed: a linked store folder is reported as a link. The depth
 * is where the orphan scan looks; a store an association names at another depth is measured by
 * {@link #find(StorageFolder, String)}.
 */
public final class StoreScanner {

    private final StoreFileSystem fileSystem;

    public StoreScanner(StoreFileSystem fileSystem) {
        this.fileSystem = fileSystem;
    }

    /** Scans every storage folder of {@code settings}; one unreachable folder does not stop the others. */
    public List<StorageFolderScan> scan(SmpSettings settings, Consumer<StoreFolder> stores) {
        List<StorageFolderScan> scans = new ArrayList<>();
        for (StorageFolder folder : settings.folders()) {
            scans.add(scan(folder, settings.storeDepth(), stores));
        }
        return scans;
    }

    private StorageFolderScan scan(StorageFolder folder, int storeDepth, Consumer<StoreFolder> stores) {
        Path root = folder.accessPath();
        if (!Files.isDirectory(root)) {
            return new StorageFolderScan(folder, false, root + " does not exist or is not a folder", null, 0);
        }
        Walker walker = new Walker(folder, root, storeDepth, stores);
        try {
            Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, walker);
            FolderSpace space = fileSystem.space(root);
            return new StorageFolderScan(folder, true, walker.problem, space, walker.count);
        } catch (IOException e) {
            return new StorageFolderScan(folder, false, root + " cannot be read: " + e, null, walker.count);
        }
    }

    /**
     * The store folder at {@code key} inside {@code folder}, measured like a scanned one, when it exists:
     * for an association whose store is not at the scanned depth. Each name of the key is matched without
     * regard to case (keys are lower case, the disk keeps its own case); a link on the way, or at the end,
     * is reported as a link and never descended.
     */
    public Optional<StoreFolder> find(StorageFolder folder, String key) {
        Path at = folder.accessPath();
        String[] names = key.split("/");
        for (int i = 0; i < names.length; i++) {
            Path next = child(at, names[i]);
            if (next == null) {
                return Optional.empty();
            }
            at = next;
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(at, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                return Optional.empty();
            }
            if (attrs.isSymbolicLink() || attrs.isOther()) {
                // A link or junction on the way or at the end: the store is reached through it, so it is never deleted through.
                Path through = at;
                for (int j = i + 1; j < names.length; j++) {
                    through = through.resolve(names[j]);
                }
                return Optional.of(new StoreFolder(folder.directory(), through, key, 0, attrs.lastModifiedTime().toInstant(), UsmtLayout.NONE, true));
            }
            if (!attrs.isDirectory()) {
                return Optional.empty();
            }
        }
        Path store = at;
        List<StoreFolder> found = new ArrayList<>(1);
        try {
            Files.walkFileTree(store, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, new Walker(folder, store, 0, found::add));
        } catch (IOException e) {
            return Optional.empty();
        }
        return found.stream().findFirst().map(f -> new StoreFolder(folder.directory(), store, key, f.bytes(), f.lastWrite(), f.layout(), f.link()));
    }

    /** The entry of {@code dir} called {@code name}, the same spelling first, else one differing only in case; or {@code null}. */
    private static Path child(Path dir, String name) {
        Path same = dir.resolve(name);
        if (Files.exists(same, LinkOption.NOFOLLOW_LINKS)) {
            return same;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                if (entry.getFileName().toString().equalsIgnoreCase(name)) {
                    return entry;
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            return null;
        }
        return null;
    }

    /** The store key of a folder below the storage folder: its names, lower case, joined by '/'. */
    static String key(Path root, Path store) {
        // String work rather than Path.relativize: this runs once per store, 100,000 times on a big SMP.
        String rel = store.toString().substring(root.toString().length());
        String sep = store.getFileSystem().getSeparator();
        if (rel.startsWith(sep)) {
            rel = rel.substring(sep.length());
        }
        return (sep.equals("/") ? rel : rel.replace(sep, "/")).toLowerCase(Locale.ROOT);
    }

    private static final class Walker extends SimpleFileVisitor<Path> {
        private final StorageFolder folder;
        private final Path root;
        private final int storeDepth;
        private final Consumer<StoreFolder> sink;
        private int depth = -1;
        private int count;
        private String problem;
        private long bytes;
        private FileTime lastWrite;
        private UsmtLayout layout;

        Walker(StorageFolder folder, Path root, int storeDepth, Consumer<StoreFolder> sink) {
            this.folder = folder;
            this.root = root;
            this.storeDepth = storeDepth;
            this.sink = sink;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            depth++;
            if (depth == storeDepth) {
                bytes = 0;
                lastWrite = attrs.lastModifiedTime();
                layout = UsmtLayout.NONE;
            } else if (depth > storeDepth) {
                seen(attrs);
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            int fileDepth = depth + 1;
            if (fileDepth == storeDepth && (attrs.isSymbolicLink() || attrs.isOther())) {
                count++;
                sink.accept(new StoreFolder(folder.directory(), file, key(root, file), 0, attrs.lastModifiedTime().toInstant(), UsmtLayout.NONE, true));
            } else if (fileDepth > storeDepth) {
                seen(attrs);
                if (attrs.isRegularFile()) {
                    bytes += attrs.size();
                    if (fileDepth <= storeDepth + 2) {
                        layout(file.getFileName().toString().toLowerCase(Locale.ROOT));
                    }
                }
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException exc) {
            if (depth + 1 <= storeDepth && Files.isSymbolicLink(file)) {
                return FileVisitResult.CONTINUE;
            }
            if (problem == null) {
                problem = "cannot read " + file + ": " + exc;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
            if (depth == storeDepth) {
                count++;
                sink.accept(new StoreFolder(folder.directory(), dir, key(root, dir), bytes, lastWrite.toInstant(), layout, false));
            }
            depth--;
            return FileVisitResult.CONTINUE;
        }

        private void seen(BasicFileAttributes attrs) {
            FileTime t = attrs.lastModifiedTime();
            if (t.compareTo(lastWrite) > 0) {
                lastWrite = t;
            }
        }

        private void layout(String name) {
            if (name.equals("usmt.mig")) {
                layout = UsmtLayout.USMT_MIG;
            } else if (name.equals("usmt3.mig") && layout != UsmtLayout.USMT_MIG) {
                layout = UsmtLayout.USMT3_MIG;
            } else if ((name.equals("catalog.mig") || name.equals("migstate.dat")) && layout == UsmtLayout.NONE) {
                layout = UsmtLayout.UNCOMPRESSED;
            }
        }
    }
}
