package org.osdkit.core.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Locale;

/** Turns a failed file operation into the reason an admin can act on: what kind of failure, on which path. */
final class DeletionReasons {

    private DeletionReasons() {
    }

    static String of(Path path, IOException e) {
        String detail = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : String.valueOf(e.getMessage());
        String lower = detail.toLowerCase(Locale.ROOT);
        if (e instanceof AccessDeniedException) {
            return "access denied: " + path;
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "folder not empty (written to during deletion?): " + path;
        }
        // Windows words a sharing violation this way; a file open in another process cannot be deleted there.
        if (lower.contains("used by another process") || lower.contains("locked")) {
            return "locked by another process: " + path;
        }
        if (lower.contains("too long")) {
            return "path too long: " + path + " (" + detail + ")";
        }
        if (lower.contains("busy")) {
            return "busy (a mount point or an open file?): " + path + " (" + detail + ")";
        }
        return path + ": " + detail;
    }
}
