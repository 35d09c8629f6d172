package org.osdkit.core.files;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@link DeletionFileSystem} over {@code java.nio.file}: the {@code unix} attribute view where there is one, else the DOS view. */
final class NioDeletionFileSystem implements DeletionFileSystem {

    /** FILE_ATTRIBUTE_REPARSE_POINT of the Win32 API. */
    private static final int REPARSE_POINT = 0x400;

    private final MountTable mounts = MountTable.linux();

    @Override
    public Path realPath(Path path) throws IOException {
        return path.toRealPath();
    }

    @Override
    public EntryFacts facts(Path path) throws IOException {
        Set<String> views = path.getFileSystem().supportedFileAttributeViews();
        if (views.contains("unix")) {
            // One stat call gives kind, size and device; st_dev is what tells a mounted file system apart.
            Map<String, Object> a = Files.readAttributes(path, "unix:dev,size,isDirectory,isSymbolicLink,isRegularFile", LinkOption.NOFOLLOW_LINKS);
            return new EntryFacts(kind(a.get("isSymbolicLink"), a.get("isDirectory"), a.get("isRegularFile")), (Long) a.get("size"),
                    "dev:" + a.get("dev"), false);
        }
        BasicFileAttributes b = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        EntryKind kind = kind(b.isSymbolicLink(), b.isDirectory(), b.isRegularFile());
        boolean reparse = kind != EntryKind.LINK && (reparseBit(path, views) || (b.isDirectory() && b.isOther()));
        return new EntryFacts(kind, b.size(), kind == EntryKind.DIRECTORY && !reparse ? volume(path) : "", reparse);
    }

    private static EntryKind kind(Object link, Object directory, Object regular) {
        if (Boolean.TRUE.equals(link)) {
            return EntryKind.LINK;
        }
        if (Boolean.TRUE.equals(directory)) {
            return EntryKind.DIRECTORY;
        }
        return Boolean.TRUE.equals(regular) ? EntryKind.FILE : EntryKind.OTHER;
    }

    /** Windows keeps the reparse bit in the raw attributes; Java shows it only as {@code dos:attributes}. */
    private static boolean reparseBit(Path path, Set<String> views) {
        if (!views.contains("dos")) {
            return false;
        }
        try {
            return Files.getAttribute(path, "dos:attributes", LinkOption.NOFOLLOW_LINKS) instanceof Integer i && (i & REPARSE_POINT) != 0;
        } catch (IOException | IllegalArgumentException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** The volume serial number where the file store tells it, else its name and type. */
    private static String volume(Path path) throws IOException {
        FileStore store = Files.getFileStore(path);
        try {
            return "vsn:" + store.getAttribute("volume:vsn");
        } catch (IOException | IllegalArgumentException | UnsupportedOperationException e) {
            return "store:" + store.name() + ":" + store.type();
        }
    }

    @Override
    public List<Path> list(Path dir) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(entries::add);
        }
        return entries;
    }

    @Override
    public void delete(Path path) throws IOException {
        // Files.delete removes a symbolic link itself, never what it points to.
        Files.delete(path);
    }

    @Override
    public Set<Path> mountPointsWithin(Path tree) throws IOException {
        return mounts.within(tree);
    }
}
