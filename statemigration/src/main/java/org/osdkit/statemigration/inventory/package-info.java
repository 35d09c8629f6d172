/**
 * What is on an SMP's disk: the store folders found by one scan of the storage folders (links never
 * followed), and their reconciliation with the associations (orphans, stale records, stuck captures).
 * {@link org.osdkit.statemigration.inventory.StoreFileSystem} is the file-system port.
 */
package org.osdkit.statemigration.inventory;
