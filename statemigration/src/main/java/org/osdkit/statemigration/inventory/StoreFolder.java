package org.osdkit.statemigration.inventory;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A store folder found on disk under a storage folder.
 *
 * @param storageFolder the storage folder's {@code Directory} it sits in
 * @param path          where osdkit reaches it
 * @param key           its path below the storage folder, lower case with {@code /}: what associations are matched on
 * @param bytes         total size of its regular files (links are not followed)
 * @param lastWrite     the newest modification time inside it
 * @param layout        which USMT store files it holds
 * @param link          true when the store folder itself is a link or junction (never descended, never deleted through)
 */
public record StoreFolder(String storageFolder, Path path, String key, long bytes, Instant lastWrite, UsmtLayout layout, boolean link) {
}
