package org.osdkit.statemigration.inventory;

import org.osdkit.statemigration.associations.ComputerAssociation;
import org.osdkit.statemigration.associations.StoreState;

/**
 * One association of an SMP with its store folder on disk, if found.
 *
 * @param association the association
 * @param location    where its store path points
 * @param store       the store folder found there, or {@code null}
 * @param unverified  a storage folder of the SMP could not be read, so a store not found may still be there
 */
public record InventoryEntry(ComputerAssociation association, StoreLocation location, StoreFolder store, boolean unverified) {

    /** An entry whose storage folders were all read. */
    public InventoryEntry(ComputerAssociation association, StoreLocation location, StoreFolder store) {
        this(association, location, store, false);
    }

    /**
     * The association expects a store on this SMP (captured, released or odd dates with a path) but none is
     * there. Never while a storage folder is unreachable: the store may be on it, and one unreachable folder is
     * one finding, not every record stale.
     */
    public boolean isStale() {
        StoreState s = association.state();
        return store == null && !unverified && location.where() == StoreLocation.Where.THIS_SMP
                && (s == StoreState.CAPTURED || s == StoreState.RELEASED || s == StoreState.INCONSISTENT);
    }
}
