package org.osdkit.web;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import org.osdkit.core.audit.AuditJournal;

/** {@code GET /api/v1/audit?limit=50&offset=0}: the recent activity list, newest first. */
final class AuditResource {

    private final AuditJournal journal;

    @Inject
    AuditResource(AuditJournal journal) {
        this.journal = journal;
    }

    void recent(Context ctx) {
        Paging.of(ctx).serve(ctx, journal::recent);
    }
}
