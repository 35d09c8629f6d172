package org.osdkit.statemigration.associations;

import java.time.Instant;
import java.util.List;

/** Where osdkit keeps the imported computer associations (the {@code smp_associations} table). */
public interface AssociationRepository {

    /**
     * Adds new associations and updates known ones (same source and restore resource IDs). A
     * deletion date osdkit recorded is kept when the export has none, since ConfigMgr does not know it.
     *
     * @return how many were new
     */
    int save(List<ComputerAssociation> associations);

    /** Every association, in key order. */
    List<ComputerAssociation> all();

    /** Records that the store of the association {@code key} ({@code source/restore}) is gone. */
    void markDeleted(String key, Instant deletedAt);
}
