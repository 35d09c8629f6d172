package org.osdkit.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osdkit.statemigration.cleanup.CleanupJournal;
import org.osdkit.statemigration.cleanup.CleanupPlan;
import org.osdkit.statemigration.cleanup.CleanupReport;
import org.osdkit.statemigration.cleanup.HoldRepository;
import org.osdkit.statemigration.cleanup.JournalRun;
import org.osdkit.statemigration.cleanup.JournalStep;
import org.osdkit.statemigration.cleanup.PlaceHold;
import org.osdkit.statemigration.cleanup.PlanCleanup;
import org.osdkit.statemigration.cleanup.RemoveHold;
import org.osdkit.statemigration.cleanup.RunCleanup;
import org.osdkit.statemigration.cleanup.StepState;
import org.osdkit.statemigration.settings.FindSmp;
import org.osdkit.statemigration.settings.SmpSettings;

/**
 * The State Migration Point actions of {@code osdkit smp plan / cleanup / hold}: the plan (changes
 * nothing), the confirmed cleanup run and holds, through the same use cases, as the signed-in caller.
 */
final class SmpActions {

    private final ActingAs acting;
    private final CleanupJobs jobs;

    SmpActions(ActingAs acting, CleanupJobs jobs) {
        this.acting = acting;
        this.jobs = jobs;
    }

    ActingAs acting() {
        return acting;
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

    /**
     * {@code POST /api/v1/smp/{server}/cleanup/start}: without {@code "confirm": true} the what-if plan, as {@link #cleanup};
     * with it the run starts in the server and this answers at once (202) with where to follow it. Refused before
     * anything starts while another run holds the SMP or one is interrupted, as on the command line.
     */
    void start(Context ctx, Principal caller) {
        RequestBody body = RequestBody.of(ctx);
        SmpSettings settings = acting.get(caller, FindSmp.class).find(ctx.pathParam("server"));
        if (!body.yes("confirm")) {
            ObjectNode plan = (ObjectNode) Responses.tree(acting.get(caller, PlanCleanup.class).plan(settings));
            plan.put("whatIf", true);
            Paging.of(ctx).serveField(ctx, plan, "items");
            return;
        }
        CleanupJobs.Job job = startRun(caller, settings);
        ctx.status(202);
        ctx.header("Location", progressPath(settings.server()));
        Responses.json(ctx, Map.of("whatIf", false, "started", job.startedAt, "actor", job.actor, "progress", progressPath(settings.server())));
    }

    /** Starts the confirmed run of {@code settings}' SMP in the background, after the same early refusals as the command line. */
    CleanupJobs.Job startRun(Principal caller, SmpSettings settings) {
        RunCleanup runner = acting.get(caller, RunCleanup.class);
        runner.check(settings, false);
        CleanupPlan plan = acting.get(caller, PlanCleanup.class).plan(settings);
        return jobs.start(settings.server(), caller.actor().toString(), () -> runner.run(settings, plan, false));
    }

    static String progressPath(String server) {
        return "/api/v1/smp/" + TimelineRequest.url(server) + "/cleanup/progress";
    }

    /**
     * {@code GET /api/v1/smp/{server}/cleanup/progress}: the SMP's current (or newest) cleanup run as its journal
     * holds it, store by store (steps paged), with the dashboard job that started it; what the page polls.
     */
    void progress(Context ctx, Principal caller) {
        Paging.of(ctx).serveField(ctx, progressOf(caller, ctx.pathParam("server")), "steps");
    }

    /** Where a cleanup of the SMP stands: job, run, counts per step state, and every step (the caller pages them). */
    Map<String, Object> progressOf(Principal caller, String server) {
        SmpSettings settings = acting.get(caller, FindSmp.class).find(server);
        CleanupJournal journal = acting.get(caller, CleanupJournal.class);
        CleanupJobs.Job job = jobs.last(settings.server()).orElse(null);
        // One read of the job's outcome decides both the run shown and the state: read twice, a job ending in between
        // answered FINISHED with the running job's (already ended, so absent) run.
        CleanupJobs.Outcome outcome = job == null ? null : job.outcome().orElse(null);
        JournalRun run;
        if (job == null) {
            run = journal.unfinished(settings.server()).orElseGet(() -> journal.runs(settings.server(), 1).stream().findFirst().orElse(null));
        } else if (outcome != null && outcome.report() != null && outcome.report().runId() != null) {
            run = journal.run(outcome.report().runId()).orElse(null);
        } else {
            // Running (or stopped by a failure): the job's run is the SMP's newest one begun since the job started, if any
            // yet; unfinished while it works, ended in the moment between its journal's end and the job's outcome.
            run = journal.unfinished(settings.server()).or(() -> journal.runs(settings.server(), 1).stream().findFirst())
                    .filter(r -> !r.startedAt().isBefore(job.startedAt)).orElse(null);
        }
        List<JournalStep> steps = run == null ? List.of() : journal.steps(run.runId());
        Map<String, Long> counts = new LinkedHashMap<>();
        for (StepState s : StepState.values()) {
            counts.put(s.name(), steps.stream().filter(st -> st.state() == s).count());
        }
        String state;
        if (job != null && outcome == null) {
            state = "RUNNING";
        } else if (outcome != null && outcome.state() == CleanupJobs.State.FAILED) {
            state = "FAILED";
        } else if (run == null) {
            state = "IDLE";
        } else {
            state = run.finished() ? "FINISHED" : "UNFINISHED";
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("server", settings.server());
        body.put("state", state);
        if (job != null) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("state", outcome == null ? CleanupJobs.State.RUNNING.name() : outcome.state().name());
            j.put("actor", job.actor);
            j.put("startedAt", job.startedAt);
            j.put("endedAt", outcome == null ? null : outcome.endedAt());
            j.put("problemCode", outcome == null ? null : outcome.problemCode());
            j.put("problem", outcome == null ? null : outcome.problem());
            body.put("job", j);
        } else {
            body.put("job", null);
        }
        body.put("run", run);
        body.put("planned", steps.size());
        body.put("done", steps.stream().filter(st -> st.state().isFinal()).count());
        body.put("bytesDeleted", steps.stream().mapToLong(st -> st.bytesDeleted() == null ? 0 : st.bytesDeleted()).sum());
        body.put("counts", counts);
        body.put("steps", steps);
        return body;
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
