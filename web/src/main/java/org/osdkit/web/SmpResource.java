package org.osdkit.web;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import org.osdkit.statemigration.health.ShowHealth;

/**
 * State Migration Point health: the last check {@code osdkit smp health} made and kept, the same
 * document as its {@code --output json}, with the time it was made. A page load reads the database
 * only: it never probes a storage folder (which writes a file into it) nor walks the stores.
 */
final class SmpResource {

    private final ShowHealth health;

    @Inject
    SmpResource(ShowHealth health) {
        this.health = health;
    }

    /** {@code GET /api/v1/smp/health}: one document per configured SMP. */
    void health(Context ctx) {
        Paging.of(ctx).serve(ctx, health.all());
    }
}
