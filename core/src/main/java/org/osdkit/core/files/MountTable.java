package org.osdkit.core.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The mount points the kernel lists in {@code /proc/self/mountinfo}. A bind mount of a folder of the
 * same file system has the same device number as its parent, so only this table tells it is there.
 * Read afresh on every call: mounts come and go while osdkit runs.
 */
final class MountTable {

    private final Path source;

    MountTable(Path source) {
        this.source = source;
    }

    static MountTable linux() {
        return new MountTable(Path.of("/proc/self/mountinfo"));
    }

    /** Mount points at or below {@code tree}; empty where there is no table (not Linux). */
    Set<Path> within(Path tree) throws IOException {
        String table;
        try {
            // Not readAllLines: a mount point's name need not be valid UTF-8, and a bad byte must not hide the rest.
            table = new String(Files.readAllBytes(source), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Set.of();
        }
        Set<Path> found = new LinkedHashSet<>();
        for (String line : table.split("\n")) {
            String point = mountPoint(line);
            if (point != null) {
                Path p = tree.getFileSystem().getPath(point);
                if (p.startsWith(tree)) {
                    found.add(p);
                }
            }
        }
        return found;
    }

    /** The fifth field of a mountinfo line ({@code id parent major:minor root mount-point ...}), unescaped. */
    static String mountPoint(String line) {
        String[] fields = line.split(" ");
        return fields.length < 5 ? null : unescape(fields[4]);
    }

    /** The kernel writes space, tab, newline and backslash in a path as three-digit octal escapes ({@code \040}). */
    static String unescape(String field) {
        if (field.indexOf('\\') < 0) {
            return field;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] raw = field.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '\\' && i + 3 < raw.length && isOctal(raw[i + 1]) && isOctal(raw[i + 2]) && isOctal(raw[i + 3])) {
                bytes.write((raw[i + 1] - '0') * 64 + (raw[i + 2] - '0') * 8 + (raw[i + 3] - '0'));
                i += 3;
            } else {
                bytes.write(raw[i]);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isOctal(byte b) {
        return b >= '0' && b <= '7';
    }
}
