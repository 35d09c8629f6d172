package org.osdkit.statemigration.cleanup;

import java.time.Instant;
import org.osdkit.core.whatif.PlannedOperation;
import org.osdkit.statemigration.associations.ComputerAssociation;
import org.osdkit.statemigration.inventory.StoreFolder;

/**
 * What the plan does with one association's store, and why.
 *
 * @param association the association
 * @param store       its store folder, or {@code null} when none was found
 * @param action      delete, keep or review
 * @param reason      why it is kept or listed; {@code null} for a deletion
 * @param eligibleAt  when the store becomes (or became) eligible: release date plus delay; {@code null} when not released
 * @param hold        the hold that covers it, or {@code null}; with {@link KeepReason#HELD} it is why the store is kept
 */
public record PlanItem(ComputerAssociation association, StoreFolder store, PlanAction action, KeepReason reason, Instant eligibleAt,
                       Hold hold) {

    /** The operation that deletes this item's store: {@code Delete state store} on its path, with the computers and the bytes. */
    public static final String DELETE_OPERATION = "Delete state store";

    /**
     * This deletion as core's planned operation, what a what-if run lists and {@code --confirm} asks about.
     *
     * @throws IllegalStateException when the item is not a deletion
     */
    public PlannedOperation operation() {
        if (action != PlanAction.DELETE || store == null) {
            throw new IllegalStateException(association.key() + " is kept (" + action + "), not deleted");
        }
        return new PlannedOperation(DELETE_OPERATION, store.path().toString(), association.displayName() + ", " + store.bytes() + " bytes");
    }

    /** Bytes this item frees when deleted, else 0. */
    public long bytesFreed() {
        return action == PlanAction.DELETE && store != null ? store.bytes() : 0;
    }
}
