package org.osdkit.drivers.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Hashes files with SHA-256; the catalog's import wraps it in a cache keyed by path, size and time. */
public interface FileHasher {

    FileDigest digest(Path file) throws IOException;

    /** Reads and hashes every byte, every time. */
    static FileHasher direct() {
        return FileHasher::hash;
    }

    static FileDigest hash(Path file) throws IOException {
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
        MessageDigest sha = sha256();
        byte[] buffer = ReadBuffer.get();
        long size = 0;
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
                size += n;
            }
        }
        return new FileDigest(size, attrs.lastModifiedTime().toMillis(), HexFormat.of().formatHex(sha.digest()));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }
}
