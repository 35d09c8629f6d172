package org.osdkit.drivers.catalog;

/**
 * One file of a driver's content: the INF, its catalog or a file its SourceDisksFiles list.
 *
 * @param relativePath path relative to the INF's folder, {@code /}-separated, as found on disk
 * @param size         bytes
 * @param sha256       lower-case hex
 */
public record DriverFile(String relativePath, long size, String sha256) {
}
