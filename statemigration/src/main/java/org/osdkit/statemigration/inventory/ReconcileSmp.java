package org.osdkit.statemigration.inventory;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.osdkit.statemigration.associations.AssociationRepository;
import org.osdkit.statemigration.associations.ComputerAssociation;
import org.osdkit.statemigration.settings.SmpSettings;

/** Scans an SMP's storage folders and reconciles them with the imported associations. */
public final class ReconcileSmp {

    private final AssociationRepository associations;
    private final StoreFileSystem fileSystem;

    public ReconcileSmp(AssociationRepository associations, StoreFileSystem fileSystem) {
        this.associations = associations;
        this.fileSystem = fileSystem;
    }

    public Reconciliation reconcile(SmpSettings settings) {
        // The database answers while the disk is walked: the two waits overlap instead of adding up.
        CompletableFuture<List<ComputerAssociation>> loaded = CompletableFuture.supplyAsync(associations::all);
        return new Reconciler(new StoreScanner(fileSystem)).reconcile(settings, () -> join(loaded));
    }

    private static List<ComputerAssociation> join(CompletableFuture<List<ComputerAssociation>> loaded) {
        try {
            return loaded.join();
        } catch (CompletionException e) {
            // The caller gets the database's own error (an OsdkitException with its code), not the wrapper.
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
