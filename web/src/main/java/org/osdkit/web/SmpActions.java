package org.osdkit.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Map;
import org.osdkit.statemigration.cleanup.CleanupPlan;
import org.osdkit.statemigration.cleanup.CleanupReport;
import org.osdkit.statemigration.cleanup.HoldRepository;
import org.osdkit.statemigration.cleanup.PlaceHold;
import org.osdkit.statemigration.cleanup.PlanCleanup;
import org.osdkit.statemigration.cleanup.RemoveHold;
import org.osdkit.statemigration.cleanup.RunCleanup;
import org.osdkit.statemigration.settings.FindSmp;
import org.osdkit.statemigration.settings.SmpSettings;

/**
 * The State Migration Point actions of {@code osdkit smp plan / cleanup / hold}: the plan (changes
 * nothing), the confirmed cleanup run and holds, through the same use cases, as the signed-in caller.
 */
final class SmpActions {

    private final ActingAs acting;

    SmpActions(ActingAs acting) {
        this.acting = acting;
    }

    /** {@code GET /api/v1/smp/{server}/plan}: what a cleanup would delete, keep and review; items paged. Reads the stores, writes nothing. */
    void plan(Context ctx, Principal caller) {
        SmpSettings settings = acting.get(caller, FindSmp.class).find(ctx.pathParam("server"));
        Paging.of(ctx).serveField(ctx, acting.get(caller, PlanCleanup.class).plan(settings), "items");
    }

    /**
     * {@code POST /api/v1/smp/{server}/cleanup}: without {@code "confirm": true} the plan again (a what-if, nothing
     * deleted); with it the cleanup run, refused while another runs, each deletion journalled and audited.
     */
    void cleanup(Context ctx, Principal caller) {
        RequestBody body = RequestBody.of(ctx);
        SmpSettings settings = acting.get(caller, FindSmp.class).find(ctx.pathParam("server"));
        RunCleanup runner = acting.get(caller, RunCleanup.class);
        if (!body.yes("confirm")) {
            ObjectNode plan = (ObjectNode) Responses.tree(acting.get(caller, PlanCleanup.class).plan(settings));
            plan.put("whatIf", true);
            Paging.of(ctx).serveField(ctx, plan, "items");
            return;
        }
        runner.check(settings, false);
        CleanupPlan plan = acting.get(caller, PlanCleanup.class).plan(settings);
        CleanupReport report = runner.run(settings, plan, false);
        Responses.json(ctx, Map.of("whatIf", false, "report", report));
    }

    /** {@code GET /api/v1/smp/holds}: every hold with what it covers. */
    void holds(Context ctx, Principal caller) {
        Paging.of(ctx).serve(ctx, acting.get(caller, HoldRepository.class).all());
    }

    /** {@code POST /api/v1/smp/holds}: {@code target}, {@code reason}, {@code server}; refused when it matches nothing. */
    void placeHold(Context ctx, Principal caller) {
        RequestBody body = RequestBody.of(ctx);
        ctx.status(201);
        Responses.json(ctx, acting.get(caller, PlaceHold.class).place(body.required("target"), body.text("reason"), body.text("server")));
    }

    /** {@code POST /api/v1/smp/holds/remove}: {@code target}, in any spelling of the same store. */
    void removeHold(Context ctx, Principal caller) {
        Responses.json(ctx, acting.get(caller, RemoveHold.class).remove(RequestBody.of(ctx).required("target")));
    }
}
