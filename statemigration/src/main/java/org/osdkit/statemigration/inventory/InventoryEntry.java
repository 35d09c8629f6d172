package org.osdkit.statemigration.inventory;

import org.osdkit.statemigration.associations.ComputerAssociation;
import org.osdkit.statemigration.associations.StoreState;

/**
 * One association of an SMP with its store folder on disk, if found.
 *
 * @param association the association
 * @param location    where its store path points
 * @param store       the store folder found there, or {@code null}
 */
public record InventoryEntry(ComputerAssociation association, StoreLocation location, StoreFolder store) {

    /** The association expects a store on this SMP (captured, released or odd dates with a path) but none is there. */
    public boolean isStale() {
        StoreState s = association.state();
        return store == null && location.where() == StoreLocation.Where.THIS_SMP
                && (s == StoreState.CAPTURED || s == StoreState.RELEASED || s == StoreState.INCONSISTENT);
    }
}
