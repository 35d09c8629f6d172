package org.osdkit.statemigration;

import jakarta.inject.Inject;

/** Scans an SMP's storage folders and reconciles them with the imported associations. */
public final class ReconcileSmp {

    private final AssociationRepository associations;
    private final StoreFileSystem fileSystem;

    @Inject
    public ReconcileSmp(AssociationRepository associations, StoreFileSystem fileSystem) {
        this.associations = associations;
        this.fileSystem = fileSystem;
    }

    public Reconciliation reconcile(SmpSettings settings) {
        return new Reconciler(new StoreScanner(fileSystem)).reconcile(settings, associations.all());
    }
}
