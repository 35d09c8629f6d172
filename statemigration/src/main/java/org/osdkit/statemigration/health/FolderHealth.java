package org.osdkit.statemigration.health;

import org.osdkit.statemigration.capacity.FolderCapacity;

/**
 * Health of one storage folder.
 *
 * @param directory  its {@code Directory}
 * @param accessPath where osdkit reached it
 * @param reachable  it exists and can be listed
 * @param writable   a file can be created and removed in it
 * @param capacity   its capacity (status FULL/WARNING/OK/UNREACHABLE)
 */
public record FolderHealth(String directory, String accessPath, boolean reachable, boolean writable, FolderCapacity capacity) {
}
