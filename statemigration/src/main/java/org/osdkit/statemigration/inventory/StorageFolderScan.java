package org.osdkit.statemigration.inventory;

import org.osdkit.statemigration.settings.StorageFolder;

/**
 * How scanning one storage folder went.
 *
 * @param folder    the storage folder
 * @param reachable false when it does not exist or cannot be listed
 * @param problem   why it is unreachable or incomplete, or {@code null}
 * @param space     its volume's space, or {@code null} when unreachable
 * @param stores    store folders found
 */
public record StorageFolderScan(StorageFolder folder, boolean reachable, String problem, FolderSpace space, int stores) {
}
