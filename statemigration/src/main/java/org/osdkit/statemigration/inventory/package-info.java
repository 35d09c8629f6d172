/**
 * What is on an SMP's disk: the store folders found by one scan of the storage folders (links never
 * followed), their reconciliation with the associations (orphans, stale records, stuck captures), and
 * {@link org.osdkit.statemigration.inventory.StoreLocation}, the one normalisation of store paths the
 * planner and the holds share. {@link org.osdkit.statemigration.inventory.StoreFileSystem} is the file-system port.
 */
package org.osdkit.statemigration.inventory;
