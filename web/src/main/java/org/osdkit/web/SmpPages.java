package org.osdkit.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.osdkit.statemigration.cleanup.CleanupPlan;
import org.osdkit.statemigration.cleanup.Hold;
import org.osdkit.statemigration.cleanup.HoldRepository;
import org.osdkit.statemigration.cleanup.JournalRun;
import org.osdkit.statemigration.cleanup.JournalStep;
import org.osdkit.statemigration.cleanup.PlaceHold;
import org.osdkit.statemigration.cleanup.PlanAction;
import org.osdkit.statemigration.cleanup.PlanCleanup;
import org.osdkit.statemigration.cleanup.PlanItem;
import org.osdkit.statemigration.cleanup.RemoveHold;
import org.osdkit.statemigration.health.CapacitySample;
import org.osdkit.statemigration.health.HealthStatus;
import org.osdkit.statemigration.health.SmpHealth;
import org.osdkit.statemigration.settings.SmpSettings;

/**
 * The State migration pages: every SMP with its last health check; an SMP's capacity per storage folder over
 * time (an SVG chart from the kept checks), the cleanup plan, holds (place and remove), the cleanup with a
 * what-if first and per-store progress while it runs in the server, and the journal of each run. Every action
 * calls the same use cases as {@code osdkit smp}; a page load reads the database and the stores (the plan, as
 * {@code osdkit smp plan} does), never deletes or probes.
 */
final class SmpPages {

    /** Runs listed on an SMP's page; the journal route pages through all of them. */
    static final int RUNS_SHOWN = 20;

    private final SmpResource smp;
    private final SmpActions actions;
    private final ActingAs acting;
    private final Layout layout;

    SmpPages(SmpResource smp, SmpActions actions, ActingAs acting, Layout layout) {
        this.smp = smp;
        this.actions = actions;
        this.acting = acting;
        this.layout = layout;
    }

    private static Principal caller(Context ctx) {
        return Principal.of(ctx).orElse(null);
    }

    private static String base(String server) {
        return "/smp/" + Layout.url(server);
    }

    /** {@code GET /smp}: every configured SMP and its last health check. */
    void list(Context ctx) {
        List<SmpHealth> all = smp.all();
        StringBuilder b = new StringBuilder(assets());
        if (all.isEmpty()) {
            b.append(Layout.empty("No State Migration Point is configured (osdkit smp settings set <server> adds one); once it is,",
                    "osdkit smp health"));
        } else {
            b.append("<div class=\"scroll\"><table id=\"smp-list\"><thead><tr><th>SMP</th><th>Status</th><th>Checked</th><th class=\"num\">Backlog</th>"
                    + "<th class=\"num\">Overdue</th><th>Cleanup</th><th>Findings</th></tr></thead><tbody>\n");
            for (SmpHealth h : all) {
                b.append("<tr").append(rowClass(h.status())).append("><td><a href=\"").append(base(h.server())).append("\">").append(Html.escape(h.server()))
                        .append("</a></td><td><span class=\"badge ").append(badge(h.status())).append("\">").append(h.status()).append("</span></td><td>")
                        .append(h.checkedAt() == null ? "never" : Pages.time(h.checkedAt())).append("</td><td class=\"num\">")
                        .append(h.backlogStores()).append("</td><td class=\"num\">").append(h.overdueStores()).append("</td><td>")
                        .append(h.cleanup() == null ? "" : h.cleanup()).append("</td><td>").append(h.problems().size()).append("</td></tr>\n");
            }
            b.append("</tbody></table></div>\n");
        }
        layout.page(ctx, Layout.Nav.SMP, "State migration", b.toString());
    }

    /** {@code GET /smp/{server}}: capacity over time, health findings, the plan, cleanup, holds and the journal. */
    void server(Context ctx) {
        SmpSettings settings = smp.settings(ctx.pathParam("server"));
        String server = settings.server();
        SmpHealth health = smp.all().stream().filter(h -> h.server().equals(server)).findFirst().orElse(null);
        StringBuilder b = new StringBuilder(assets());
        b.append("<p><a href=\"/smp\">All SMPs</a></p>\n");
        if (health != null) {
            b.append("<p id=\"health\">Last health check: <span class=\"badge ").append(badge(health.status())).append("\">").append(health.status())
                    .append("</span> ").append(health.checkedAt() == null ? "never" : Pages.time(health.checkedAt()) + " UTC")
                    .append(health.restoreOnly() ? " (restore-only mode)" : "").append("</p>\n");
            if (!health.problems().isEmpty()) {
                b.append("<ul class=\"findings\" id=\"health-problems\">\n");
                for (String p : health.problems()) {
                    b.append("<li class=\"").append(health.status() == HealthStatus.ERROR ? "problem" : "banner warning").append("\">")
                            .append(Html.escape(shown(ctx, p))).append("</li>\n");
                }
                b.append("</ul>\n");
            }
        }
        b.append("<h2>Capacity over time</h2>\n").append(capacity(ctx, server));
        // The plan reads every store folder (as 'osdkit smp plan' does): fetched after the page, so a big SMP never holds the page up.
        b.append("<h2>Cleanup plan</h2>\n").append(Layout.loading("plan-part", base(server) + "/plan"));
        b.append("<h2>Cleanup</h2>\n");
        b.append(layout.actionOrSignIn(ctx, Layout.form(ctx, base(server) + "/cleanup", "cleanup-form", "<p>Deletes the stores the plan marks "
                + "DELETE; you see exactly which first, and confirm.</p>\n"
                + "<button type=\"submit\" id=\"cleanup-whatif\">Show what the cleanup deletes</button>\n")));
        b.append("<p><a href=\"").append(base(server)).append("/cleanup\" id=\"progress-link\">Progress of the current or last run</a></p>\n");
        b.append("<h2>Holds</h2>\n").append(holds(ctx, server));
        b.append("<h2>Journal</h2>\n").append(journal(server));
        layout.page(ctx, Layout.Nav.SMP, "State migration: " + server, b.toString());
    }

    private String capacity(Context ctx, String server) {
        List<CapacitySample> samples = smp.capacityOf(server, SmpResource.DEFAULT_CHECKS);
        if (samples.isEmpty()) {
            return Layout.empty("No health check kept yet.", "osdkit smp health --smp " + server);
        }
        Map<String, List<CapacitySample>> perFolder = new LinkedHashMap<>();
        samples.forEach(s -> perFolder.computeIfAbsent(s.directory(), d -> new ArrayList<>()).add(s));
        StringBuilder b = new StringBuilder("<div class=\"charts\">\n");
        int i = 0;
        for (Map.Entry<String, List<CapacitySample>> e : perFolder.entrySet()) {
            String folder = shown(ctx, e.getKey());
            b.append("<figure class=\"card\">").append(CapacityChart.svg("capacity-" + i++, folder, e.getValue()))
                    .append("<figcaption>").append(Html.escape(folder)).append(": ").append(CapacityChart.caption(e.getValue().get(e.getValue().size() - 1)))
                    .append("</figcaption></figure>\n");
        }
        return b.append("</div>\n").toString();
    }

    /** {@code GET /smp/{server}/plan}: the cleanup plan as a page part (an HTML fragment); reads the stores, changes nothing. */
    void planPart(Context ctx) {
        SmpSettings settings = smp.settings(ctx.pathParam("server"));
        ctx.contentType("text/html; charset=utf-8").result(plan(acting.get(caller(ctx), PlanCleanup.class).plan(settings)));
    }

    private static String plan(CleanupPlan plan) {
        if (plan.items().isEmpty() && plan.orphans().isEmpty()) {
            return Layout.empty("No computer associations for this SMP.", "osdkit smp import <export.csv>");
        }
        StringBuilder b = new StringBuilder("<p id=\"plan-summary\">").append(plan.with(PlanAction.DELETE).size()).append(" to delete (")
                .append(bytes(plan.bytesToFree())).append("), ").append(plan.with(PlanAction.KEEP).size()).append(" kept, ")
                .append(plan.with(PlanAction.REVIEW).size()).append(" to review, ").append(plan.orphans().size()).append(" orphan folders.</p>\n");
        b.append("<div class=\"scroll\"><table id=\"plan\"><thead><tr><th>Action</th><th>Computers</th><th>Store</th><th class=\"num\">Size</th>"
                + "<th>Eligible</th><th>Reason</th></tr></thead><tbody>\n");
        for (PlanItem i : plan.items()) {
            String css = switch (i.action()) {
                case DELETE -> " class=\"delete\"";
                case REVIEW -> " class=\"warning-row\"";
                case KEEP -> "";
            };
            b.append("<tr").append(css).append("><td><span class=\"badge ").append(i.action() == PlanAction.DELETE ? "error" : i.action() == PlanAction.REVIEW
                    ? "warn" : "ok").append("\">").append(i.action()).append("</span></td><td>").append(Html.escape(i.association().displayName()))
                    .append("</td><td class=\"mono\">").append(i.store() == null ? "" : Html.escape(i.store().key())).append("</td><td class=\"num\">")
                    .append(i.store() == null ? "" : bytes(i.store().bytes())).append("</td><td>").append(Pages.time(i.eligibleAt()))
                    .append("</td><td>").append(i.reason() == null ? "" : Html.escape(i.reason().name()))
                    .append(i.hold() == null ? "" : " (hold on " + Html.escape(i.hold().target()) + ")").append("</td></tr>\n");
        }
        return b.append("</tbody></table></div>\n").toString();
    }

    private String holds(Context ctx, String server) {
        List<Hold> holds = acting.get(caller(ctx), HoldRepository.class).all();
        StringBuilder b = new StringBuilder();
        if (holds.isEmpty()) {
            b.append(Layout.empty("No holds.", "osdkit smp hold place <computer or store>"));
        } else {
            b.append("<div class=\"scroll\"><table id=\"holds\"><thead><tr><th>Target</th><th>Reason</th><th>By</th><th>Placed</th><th>Covers</th><th></th>"
                    + "</tr></thead><tbody>\n");
            for (Hold h : holds) {
                b.append("<tr><td>").append(Html.escape(h.target())).append("</td><td>").append(Html.escape(h.reason())).append("</td><td>")
                        .append(Html.escape(h.actor().toString())).append("</td><td>").append(Pages.time(h.placed())).append("</td><td>")
                        .append(h.covered().size()).append("</td><td>").append(layout.actionOrSignIn(ctx, Layout.form(ctx, base(server) + "/holds/remove",
                                "remove-" + Math.abs(h.target().hashCode()), "<input type=\"hidden\" name=\"target\" value=\"" + Html.escape(h.target()) + "\">"
                                        + "<button type=\"submit\" class=\"secondary\">Remove</button>\n"))).append("</td></tr>\n");
            }
            b.append("</tbody></table></div>\n");
        }
        b.append(layout.actionOrSignIn(ctx, Layout.form(ctx, base(server) + "/holds", "hold-form", "<p class=\"filters\"><label>Computer or store "
                + "<input name=\"target\" id=\"hold-target\" required></label> <label>Reason <input name=\"reason\" id=\"hold-reason\"></label> "
                + "<button type=\"submit\" id=\"hold-place\">Place hold</button></p>\n")));
        return b.toString();
    }

    private String journal(String server) {
        List<JournalRun> runs = smp.runsOf(server, RUNS_SHOWN);
        if (runs.isEmpty()) {
            return Layout.empty("No cleanup has run on this SMP.", "osdkit smp cleanup --smp " + server);
        }
        StringBuilder b = new StringBuilder("<div class=\"scroll\"><table id=\"runs\"><thead><tr><th>Run</th><th>Started</th><th>Finished</th><th>By</th>"
                + "<th class=\"num\">Stores</th></tr></thead><tbody>\n");
        for (JournalRun r : runs) {
            b.append("<tr").append(r.finished() ? "" : " class=\"warning-row\"").append("><td><a class=\"mono\" href=\"").append(base(server)).append("/runs/")
                    .append(Layout.url(r.runId())).append("\">").append(Html.escape(r.runId())).append("</a></td><td>").append(Pages.time(r.startedAt())).append("</td><td>")
                    .append(r.finished() ? Pages.time(r.finishedAt()) : "INTERRUPTED or running").append("</td><td>").append(Html.escape(r.actor()))
                    .append("</td><td class=\"num\">").append(r.planned()).append("</td></tr>\n");
        }
        return b.append("</tbody></table></div>\n").toString();
    }

    /** {@code GET /smp/{server}/runs/{runId}}: one run store by store, as journalled. */
    void run(Context ctx) {
        JournalRun run = smp.runOf(ctx.pathParam("server"), ctx.pathParam("runId"));
        StringBuilder b = new StringBuilder(assets());
        b.append("<p><a href=\"").append(base(run.server())).append("\">").append(Html.escape(run.server())).append("</a></p>\n<dl><dt>Started</dt><dd>")
                .append(Pages.time(run.startedAt())).append(" UTC by ").append(Html.escape(run.actor())).append("</dd><dt>Finished</dt><dd>")
                .append(run.finished() ? Pages.time(run.finishedAt()) + " UTC" : "not finished (interrupted or running)").append("</dd><dt>Retention</dt><dd>")
                .append(run.deletionDelayMinutes()).append(" minutes after release</dd></dl>\n");
        b.append(steps(smp.journal().steps(run.runId())));
        layout.page(ctx, Layout.Nav.SMP, "Cleanup run " + run.runId(), b.toString());
    }

    /** The steps of a run as a table, each row coloured by its state; the progress script rewrites the same table. */
    static String steps(List<JournalStep> steps) {
        StringBuilder b = new StringBuilder("<div class=\"scroll\"><table id=\"steps\"><thead><tr><th class=\"num\">#</th><th>Computers</th><th>Store</th>"
                + "<th>State</th><th class=\"num\">Planned</th><th class=\"num\">Deleted</th><th>Reason</th></tr></thead><tbody>\n");
        for (JournalStep s : steps) {
            b.append("<tr class=\"step ").append(s.state()).append("\" data-seq=\"").append(s.seq()).append("\"><td class=\"num\">").append(s.seq())
                    .append("</td><td>").append(Html.escape(s.computers())).append("</td><td class=\"mono\">").append(Html.escape(tail(s.storePath())))
                    .append("</td><td class=\"state\">").append(s.state()).append("</td><td class=\"num\">").append(bytes(s.plannedBytes()))
                    .append("</td><td class=\"num\">").append(s.bytesDeleted() == null ? "" : bytes(s.bytesDeleted())).append("</td><td>")
                    .append(Html.escape(s.reason())).append("</td></tr>\n");
        }
        return b.append("</tbody></table></div>\n").toString();
    }

    /**
     * {@code POST /smp/{server}/cleanup}: without {@code confirm} the what-if (the stores the run would delete, and a
     * confirm form); with it the run starts in the server and the browser goes to its progress page.
     */
    void cleanup(Context ctx) {
        Principal caller = caller(ctx);
        SmpSettings settings = smp.settings(ctx.pathParam("server"));
        String server = settings.server();
        if (RequestBody.of(ctx).yes("confirm")) {
            actions.startRun(caller, settings);
            ctx.redirect(base(server) + "/cleanup", io.javalin.http.HttpStatus.SEE_OTHER);
            return;
        }
        CleanupPlan plan = acting.get(caller, PlanCleanup.class).plan(settings);
        List<PlanItem> deletions = plan.deletions();
        StringBuilder b = new StringBuilder(assets());
        b.append("<p class=\"banner warning\" id=\"whatif\">What if: nothing is deleted until you confirm. The run re-checks every store and every hold "
                + "right before deleting it.</p>\n");
        if (deletions.isEmpty()) {
            b.append("<p class=\"empty\" id=\"nothing\">Nothing to delete: no store is released and past the deletion delay.</p>\n");
        } else {
            b.append("<ol class=\"steps\" id=\"whatif-stores\">\n");
            for (PlanItem i : deletions) {
                b.append("<li>Delete state store <code>").append(Html.escape(i.store().key())).append("</code> of ")
                        .append(Html.escape(i.association().displayName())).append(" (").append(bytes(i.store().bytes())).append(")</li>\n");
            }
            b.append("</ol>\n").append(Layout.form(ctx, base(server) + "/cleanup", "confirm-form", "<input type=\"hidden\" name=\"confirm\" value=\"true\">"
                    + "<button type=\"submit\" class=\"danger\" id=\"cleanup-confirm\">Delete " + deletions.size() + " stores (" + bytes(plan.bytesToFree())
                    + ")</button>\n"));
        }
        b.append("<p><a href=\"").append(base(server)).append("\">Back to ").append(Html.escape(server)).append("</a></p>\n");
        layout.page(ctx, Layout.Nav.SMP, "Cleanup of " + server + ": what if", b.toString());
    }

    /** {@code GET /smp/{server}/cleanup}: the current or newest run store by store; the script polls the progress route while it runs. */
    @SuppressWarnings("unchecked")
    void progress(Context ctx) {
        Map<String, Object> p = actions.progressOf(caller(ctx), ctx.pathParam("server"));
        String server = (String) p.get("server");
        StringBuilder b = new StringBuilder(assets()).append("<script src=\"/assets/smp.js\" defer></script>\n");
        b.append("<p><a href=\"").append(base(server)).append("\">Back to ").append(Html.escape(server)).append("</a></p>\n");
        b.append("<div id=\"progress\" data-progress=\"").append(Html.escape(SmpActions.progressPath(server))).append("\" data-state=\"")
                .append(p.get("state")).append("\">\n<p>State: <strong id=\"progress-state\">").append(p.get("state")).append("</strong>, <span id=\"progress-done\">")
                .append(p.get("done")).append("</span> of <span id=\"progress-planned\">").append(p.get("planned")).append("</span> stores finished, <span id=\"progress-bytes\">")
                .append(bytes((Long) p.get("bytesDeleted"))).append("</span> deleted.</p>\n");
        Map<String, Object> job = (Map<String, Object>) p.get("job");
        String problem = job == null ? null : (String) job.get("problem");
        b.append("<p class=\"problem\" id=\"progress-problem\"").append(problem == null ? " hidden" : "").append(">").append(Html.escape(problem)).append("</p>\n");
        b.append(steps((List<JournalStep>) p.get("steps"))).append("</div>\n");
        layout.page(ctx, Layout.Nav.SMP, "Cleanup of " + server, b.toString());
    }

    /** {@code POST /smp/{server}/holds}: place a hold, back to the SMP's page. */
    void placeHold(Context ctx) {
        RequestBody body = RequestBody.of(ctx);
        String server = smp.settings(ctx.pathParam("server")).server();
        acting.get(caller(ctx), PlaceHold.class).place(body.required("target"), body.text("reason"), server);
        ctx.redirect(base(server) + "#holds", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** {@code POST /smp/{server}/holds/remove}: remove a hold, back to the SMP's page. */
    void removeHold(Context ctx) {
        String server = smp.settings(ctx.pathParam("server")).server();
        acting.get(caller(ctx), RemoveHold.class).remove(RequestBody.of(ctx).required("target"));
        ctx.redirect(base(server) + "#holds", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** The style sheet of the State migration and Logs pages (their own file, so the shared one stays the layout's). */
    static String assets() {
        return "<link rel=\"stylesheet\" href=\"/assets/smp-logs.css\">\n";
    }

    /** A server path only for the signed in, as the JSON routes do. */
    static String shown(Context ctx, String text) {
        return Principal.signedIn(ctx) ? text : PathRedaction.text(text);
    }

    private static String rowClass(HealthStatus s) {
        return s == HealthStatus.ERROR ? " class=\"problem-row\"" : s == HealthStatus.WARNING ? " class=\"warning-row\"" : "";
    }

    static String badge(HealthStatus s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warn";
            case OK -> "ok";
            case NOT_CHECKED -> "pending";
        };
    }

    /** The last two parts of a store path: enough to tell stores apart, no server path in full. */
    static String tail(String path) {
        if (path == null) {
            return "";
        }
        String p = path.replace('\\', '/');
        int last = p.lastIndexOf('/');
        int before = last <= 0 ? -1 : p.lastIndexOf('/', last - 1);
        return before < 0 ? p : "\u2026" + p.substring(before);
    }

    static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB", "PB"};
        double v = n;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }
}
