package org.osdkit.core.files;

import java.util.Objects;

/**
 * What the walk needs to know of one entry, read without following links.
 *
 * @param kind         what the entry is in itself
 * @param size         its size in bytes (counted for regular files only)
 * @param volume       an identity of the file system the entry lives on (the device number on Linux and
 *                     macOS, the volume serial number on Windows): two entries on one file system have equal
 *                     values; empty when it cannot be told
 * @param reparsePoint a Windows reparse point that is not a symbolic link (a junction, a mount folder,
 *                     a cloud placeholder): never entered
 */
public record EntryFacts(EntryKind kind, long size, String volume, boolean reparsePoint) {

    public EntryFacts {
        Objects.requireNonNull(kind, "kind");
        volume = volume == null ? "" : volume;
    }

    /** A regular file of {@code size} bytes on {@code volume}. */
    public static EntryFacts file(long size, String volume) {
        return new EntryFacts(EntryKind.FILE, size, volume, false);
    }

    /** A plain directory on {@code volume}. */
    public static EntryFacts directory(String volume) {
        return new EntryFacts(EntryKind.DIRECTORY, 0, volume, false);
    }

    /** A symbolic link. */
    public static EntryFacts link(String volume) {
        return new EntryFacts(EntryKind.LINK, 0, volume, false);
    }
}
