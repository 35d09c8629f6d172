package org.osdkit.web;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import org.osdkit.sites.description.ChangeHistory;
import org.osdkit.sites.hierarchy.SiteInventory;

/** The imported site hierarchy and the description changes osdkit made. */
final class SitesResource {

    private final SiteInventory inventory;
    private final ChangeHistory history;

    @Inject
    SitesResource(SiteInventory inventory, ChangeHistory history) {
        this.inventory = inventory;
        this.history = history;
    }

    /** {@code GET /api/v1/sites}: sites with the hierarchy problems found in them. */
    void hierarchy(Context ctx) {
        Paging.of(ctx).serveField(ctx, inventory.load(), "sites");
    }

    SiteInventory inventory() {
        return inventory;
    }

    ChangeHistory history() {
        return history;
    }

    /** {@code GET /api/v1/sites/changes?limit=50}: newest first. */
    void changes(Context ctx) {
        Paging.of(ctx).serve(ctx, limit -> history.list(null, limit));
    }
}
