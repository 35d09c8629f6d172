package org.osdkit.statemigration.inventory;

/**
 * Size and free space of the volume holding a storage folder.
 *
 * @param totalBytes  the volume's size
 * @param usableBytes the bytes this process may still write
 */
public record FolderSpace(long totalBytes, long usableBytes) {
}
