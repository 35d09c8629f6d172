package org.osdkit.web;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.osdkit.core.OsdkitException;
import org.osdkit.statemigration.SmpErrors;
import org.osdkit.statemigration.cleanup.CleanupJournal;
import org.osdkit.statemigration.cleanup.JournalRun;
import org.osdkit.statemigration.health.CapacitySample;
import org.osdkit.statemigration.health.ShowCapacityHistory;
import org.osdkit.statemigration.health.ShowHealth;
import org.osdkit.statemigration.health.SmpHealth;
import org.osdkit.statemigration.settings.FindSmp;
import org.osdkit.statemigration.settings.SmpSettings;

/**
 * State Migration Point health: the last check {@code osdkit smp health} made and kept, the same
 * document as its {@code --output json}, with the time it was made. A page load reads the database
 * only: it never probes a storage folder (which writes a file into it) nor walks the stores.
 */
final class SmpResource {

    /** Health checks charted by default. */
    static final int DEFAULT_CHECKS = 100;

    private final ShowHealth health;
    private final ShowCapacityHistory capacity;
    private final CleanupJournal journal;
    private final FindSmp find;

    @Inject
    SmpResource(ShowHealth health, ShowCapacityHistory capacity, CleanupJournal journal, FindSmp find) {
        this.health = health;
        this.capacity = capacity;
        this.journal = journal;
        this.find = find;
    }

    /** {@code GET /api/v1/smp/health}: one document per configured SMP. */
    void health(Context ctx) {
        Paging.of(ctx).serve(ctx, health.all());
    }

    List<SmpHealth> all() {
        return health.all();
    }

    SmpSettings settings(String server) {
        return find.find(server);
    }

    /**
     * {@code GET /api/v1/smp/{server}/capacity?checks=100}: capacity per storage folder over the newest {@code checks}
     * kept health checks (1 to 1000), oldest first: the capacity chart's data.
     */
    void capacity(Context ctx) {
        Responses.json(ctx, capacityOf(settings(ctx.pathParam("server")).server(), checks(ctx)));
    }

    List<CapacitySample> capacityOf(String server, int checks) {
        return capacity.history(server, checks);
    }

    static int checks(Context ctx) {
        String text = ctx.queryParam("checks");
        if (text == null || text.isBlank()) {
            return DEFAULT_CHECKS;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 1 && n <= ShowCapacityHistory.MAX_CHECKS) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new OsdkitException(WebErrors.INVALID_LIMIT, "checks must be a whole number from 1 to " + ShowCapacityHistory.MAX_CHECKS
                + ", was \"" + text + "\".");
    }

    /** {@code GET /api/v1/smp/{server}/runs}: the SMP's cleanup runs, newest first (osdkit smp journal). */
    void runs(Context ctx) {
        String server = settings(ctx.pathParam("server")).server();
        Paging.of(ctx).serve(ctx, limit -> journal.runs(server, limit));
    }

    List<JournalRun> runsOf(String server, int limit) {
        return journal.runs(server, limit);
    }

    /** {@code GET /api/v1/smp/{server}/runs/{runId}}: one run with every store as journalled (steps paged; osdkit smp journal RUN). */
    void run(Context ctx) {
        JournalRun run = runOf(ctx.pathParam("server"), ctx.pathParam("runId"));
        Paging.of(ctx).serveField(ctx, Map.of("run", run, "steps", journal.steps(run.runId())), "steps");
    }

    /** The run {@code runId} of {@code server}; not found when it is another SMP's. */
    JournalRun runOf(String server, String runId) {
        String smp = settings(server).server();
        return journal.run(runId).filter(r -> r.server().equalsIgnoreCase(smp))
                .orElseThrow(() -> new OsdkitException(SmpErrors.RUN_NOT_FOUND, "There is no cleanup run " + runId + " of " + smp + "."));
    }

    CleanupJournal journal() {
        return journal;
    }
}
