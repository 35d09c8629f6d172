package org.osdkit.statemigration.cleanup;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.osdkit.statemigration.inventory.StoreFileSystem;

/**
 * Deletes one store folder and nothing outside it. The folder is resolved canonically and must lie
 * strictly inside a storage folder's canonical path; the walk never follows links: a link (or junction)
 * met inside is removed itself, and a folder whose canonical path leaves the store is not entered.
 * A new instance per store keeps no state from one store to the next (the KB961269 class of bug).
 */
final class ConfinedDeletion {

    /** The outcome of deleting one store. */
    record Result(StepState state, long bytes, String reason) {
    }

    private static final int MAX_TEXT = 400;

    private final StoreFileSystem fs;
    private final List<Path> storageFolders;
    private long bytes;

    ConfinedDeletion(StoreFileSystem fs, List<Path> storageFolders) {
        this.fs = fs;
        this.storageFolders = storageFolders;
    }

    Result delete(Path store) {
        Path real;
        try {
            real = fs.realPath(store);
        } catch (NoSuchFileException e) {
            return new Result(StepState.FAILED, 0, abbreviate("the store folder vanished before deletion: " + store));
        } catch (IOException e) {
            return new Result(StepState.FAILED, 0, reason(e));
        }
        if (Files.isSymbolicLink(store) || !Files.isDirectory(store, LinkOption.NOFOLLOW_LINKS)) {
            return new Result(StepState.REFUSED, 0, abbreviate(store + " is a link or not a folder; links are never deleted through"));
        }
        if (!insideStorageFolder(real)) {
            return new Result(StepState.REFUSED, 0, abbreviate(store + " resolves to " + real + ", outside every storage folder"));
        }
        try {
            Files.walkFileTree(real, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, new Remover(real));
            return new Result(StepState.DELETED, bytes, null);
        } catch (IOException e) {
            return new Result(StepState.FAILED, bytes, reason(e));
        }
    }

    private boolean insideStorageFolder(Path real) {
        for (Path folder : storageFolders) {
            try {
                Path root = fs.realPath(folder);
                if (real.startsWith(root) && real.getNameCount() > root.getNameCount()) {
                    return true;
                }
            } catch (IOException unreachable) {
                // An unreachable storage folder contains nothing.
            }
        }
        return false;
    }

    private final class Remover extends SimpleFileVisitor<Path> {
        private final Path store;

        Remover(Path store) {
            this.store = store;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
            if (dir.equals(store)) {
                return FileVisitResult.CONTINUE;
            }
            // A junction or mount point can look like a folder; if its real path leaves the store, remove the entry only.
            if (attrs.isSymbolicLink() || attrs.isOther() || !fs.realPath(dir).startsWith(store)) {
                fs.delete(dir);
                return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            fs.delete(file);
            if (attrs.isRegularFile()) {
                bytes += attrs.size();
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
            throw exc;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
            if (exc != null) {
                throw exc;
            }
            fs.delete(dir);
            return FileVisitResult.CONTINUE;
        }
    }

    /** The reason an admin can act on: what kind of failure, on which file. */
    static String reason(IOException e) {
        String file = abbreviate(e instanceof FileSystemException f && f.getFile() != null ? f.getFile() : "");
        String detail = abbreviate(e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : String.valueOf(e.getMessage()));
        String lower = detail.toLowerCase(Locale.ROOT);
        if (e instanceof NoSuchFileException) {
            return "vanished during deletion: " + file;
        }
        if (e instanceof AccessDeniedException) {
            return "access denied: " + file;
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "folder not empty (written to during deletion?): " + file;
        }
        if (lower.contains("used by another process") || lower.contains("locked")) {
            return "locked by another process: " + file;
        }
        if (lower.contains("too long")) {
            return "path too long: " + file + " (" + detail + ")";
        }
        return (file.isEmpty() ? "" : file + ": ") + detail;
    }

    /** Keeps reasons readable and within the journal's and audit's columns: a 4,000-character path shows its start and end. */
    static String abbreviate(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT / 2) + "..." + text.substring(text.length() - MAX_TEXT / 2 + 3);
    }
}
