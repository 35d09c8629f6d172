package org.osdkit.drivers.catalog;

/**
 * A file's size, modification time and SHA-256, as the hash cache keeps them.
 *
 * @param size           bytes
 * @param modifiedMillis last-modified time in epoch milliseconds
 * @param sha256         lower-case hex
 */
public record FileDigest(long size, long modifiedMillis, String sha256) {
}
