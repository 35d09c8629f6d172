package org.osdkit.web;

import io.javalin.http.Context;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.osdkit.core.audit.AuditEntry;
import org.osdkit.web.OverviewResource.Overview;

/**
 * {@code /}: one tile per domain, each linking to its page, drawn from {@link OverviewResource} (the
 * same document {@code /api/v1/overview} serves); the recent changes are fetched after the page.
 */
final class OverviewPage {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd", Locale.ROOT);

    private final OverviewResource overview;
    private final Layout layout;

    OverviewPage(OverviewResource overview, Layout layout) {
        this.overview = overview;
        this.layout = layout;
    }

    void page(Context ctx) {
        Overview o = overview.load();
        StringBuilder b = new StringBuilder("<div class=\"tiles\">\n");
        b.append(Layout.tile("tile-database", "Database", "/api/v1/health", database(ctx, o)));
        b.append(Layout.tile("tile-drivers", "Drivers", "/drivers", drivers(o)));
        b.append(Layout.tile("tile-sites", "Sites", "/sites", sites(o)));
        b.append(Layout.tile("tile-smp", "State migration", "/smp", smp(ctx, o)));
        b.append(Layout.tile("tile-logs", "Logs", "/logs", logs(o)));
        b.append(Layout.tile("tile-changes", "Recent changes", "/api/v1/audit", Layout.loading("recent-changes", "/overview/recent")));
        b.append("</div>\n");
        layout.page(ctx, Layout.Nav.OVERVIEW, "Overview", b.toString());
    }

    /** {@code GET /overview/recent}: the recent-changes table, an HTML fragment the overview fetches. */
    void recent(Context ctx) {
        List<AuditEntry> entries = overview.recent();
        String html;
        if (entries.isEmpty()) {
            html = Layout.empty("Nothing recorded yet: every change osdkit makes is journaled here.", "osdkit drivers import <folder>");
        } else {
            StringBuilder b = new StringBuilder("<div class=\"scroll\"><table id=\"recent-table\"><thead><tr><th>When (UTC)</th><th>By</th>"
                    + "<th>Action</th><th>Target</th><th>Outcome</th></tr></thead><tbody>\n");
            for (AuditEntry e : entries) {
                boolean failed = e.outcome() != null && (e.outcome().startsWith("failed") || e.outcome().startsWith("refused"));
                b.append("<tr").append(failed ? " class=\"problem-row\"" : "").append("><td>").append(Pages.time(e.at())).append("</td><td>")
                        .append(Html.escape(e.actor())).append("</td><td>").append(Html.escape(e.action())).append("</td><td>")
                        .append(Html.escape(Pages.shown(ctx, e.target()))).append("</td><td>").append(Html.escape(Pages.shown(ctx, e.outcome()))).append("</td></tr>\n");
            }
            html = b.append("</tbody></table></div>\n").toString();
        }
        ctx.contentType("text/html; charset=utf-8").result(html);
    }

    private static String database(Context ctx, Overview o) {
        var d = o.database();
        return "<dl>\n<dt>Status</dt><dd id=\"status\" class=\"" + (d.reachable() ? "UP" : "DOWN") + "\">" + Html.escape(d.status()) + "</dd>\n"
                + "<dt>Version</dt><dd id=\"version\">" + Html.escape(d.version()) + "</dd>\n"
                + "<dt>Database</dt><dd id=\"database\">" + Html.escape(d.kind()) + "</dd>\n"
                + "<dt>URL</dt><dd class=\"mono\">" + Html.escape(Pages.shown(ctx, d.url())) + "</dd>\n"
                + "<dt>Answered in</dt><dd>" + d.answeredMillis() + " ms</dd>\n</dl>\n";
    }

    private static String drivers(Overview o) {
        Map<String, Integer> c = o.counts();
        StringBuilder b = new StringBuilder(counts(List.of(c.get("driverPackages"), c.get("driversInPackages"), c.get("distributionPoints"),
                c.get("distributionPointGroups")), List.of("packages", "drivers in packages", "distribution points", "DP groups")));
        if (c.get("driverPackages") == 0) {
            return b.append(Layout.empty("No driver package yet.", "osdkit drivers package create ...")).toString();
        }
        int rows = o.contentStatus().values().stream().mapToInt(Integer::intValue).sum();
        if (rows == 0) {
            return b.append(Layout.empty("Nothing distributed yet.", "osdkit drivers distribute --package <id> --dp <fqdn>")).toString();
        }
        List<Charts.Part> parts = new ArrayList<>();
        for (ContentBucket bucket : ContentBucket.values()) {
            parts.add(new Charts.Part(bucket.label, o.contentStatus().get(bucket.label), bucket.css));
        }
        b.append("<h3>Content status (package \u00d7 DP)</h3>\n")
                .append(Charts.stacked("content-summary", "Content status of every package on every DP", List.of(new Charts.Row("All DPs", "/drivers", parts)),
                        ContentBucket.legend(), 60, 240));
        int failed = o.contentStatus().get(ContentBucket.FAILED.label);
        int behind = o.contentStatus().get(ContentBucket.BEHIND.label);
        if (failed > 0) {
            b.append("<p class=\"problem\" id=\"content-failed\">").append(failed).append(" failed: see <a href=\"/drivers?state=Failed\">Drivers</a>.</p>\n");
        }
        if (behind > 0) {
            b.append("<p class=\"banner warning\">").append(behind).append(" behind the package's SourceVersion: redistribute them.</p>\n");
        }
        return b.toString();
    }

    private static String sites(Overview o) {
        int sites = o.counts().get("sites");
        if (sites == 0) {
            return Layout.empty("No hierarchy imported.", "osdkit sites import <folder|file>");
        }
        int errors = o.siteProblems().get("error");
        int warnings = o.siteProblems().get("warning");
        return counts(List.of(sites, errors, warnings), List.of("sites", "rule errors", "warnings"))
                + (errors > 0 ? "<p class=\"problem\">The hierarchy breaks " + errors + " rule" + (errors == 1 ? "" : "s") + ": see <a href=\"/sites\">Sites</a>.</p>\n"
                : "");
    }

    private static String smp(Context ctx, Overview o) {
        if (o.smp().isEmpty()) {
            return Layout.empty("No State Migration Point configured.", "osdkit smp settings set --server <name> --folder ...");
        }
        StringBuilder b = new StringBuilder(counts(List.of(o.counts().get("stateMigrationPoints"), o.counts().get("backlogStores")),
                List.of("SMPs", "stores waiting for cleanup")));
        for (var s : o.smp()) {
            String css = switch (s.status()) {
                case "OK" -> "ok";
                case "ERROR" -> "error";
                default -> "warn";
            };
            b.append("<p><strong>").append(Html.escape(s.server())).append("</strong> <span class=\"badge ").append(css).append("\">")
                    .append(Html.escape(s.status())).append("</span> ")
                    .append(s.checkedAt() == null ? "<span class=\"note\">never checked: <code class=\"command\">osdkit smp health</code></span>"
                            : "<span class=\"note\">checked " + Pages.time(s.checkedAt()) + " UTC</span>")
                    .append("</p>\n");
            if (s.overdueStores() > 0) {
                b.append("<p class=\"problem\">").append(s.overdueStores()).append(" overdue stores on ").append(Html.escape(s.server()))
                        .append(": the SMP's own cleanup is not working (KB961269).</p>\n");
            }
        }
        if (!o.gauges().isEmpty()) {
            b.append("<div class=\"gauges\">\n");
            int i = 0;
            for (var g : o.gauges()) {
                String css = switch (g.status()) {
                    case "OK" -> "ok";
                    case "WARNING" -> "warn";
                    default -> "error";
                };
                String folder = Pages.shown(ctx, g.directory());
                String last = folder.substring(Math.max(folder.lastIndexOf('/'), folder.lastIndexOf('\\')) + 1);
                b.append(Charts.gauge("gauge-" + i++, g.server() + " " + folder + ": " + Math.round(g.usedPercent()) + "% of the volume used, "
                        + g.clients() + " of " + g.maxClients() + " clients (" + g.status() + ")", g.usedPercent(), css, g.server() + " " + last));
            }
            b.append("</div>\n");
        }
        return b.toString();
    }

    private static String logs(Overview o) {
        int runs = o.counts().get("diagnosisRuns");
        if (runs == 0) {
            return Layout.empty("No diagnosis run yet.", "osdkit logs diagnose <folder>");
        }
        int findings = o.findingsPerDay().stream().mapToInt(OverviewResource.Day::findings).sum();
        List<Charts.Part> bars = o.findingsPerDay().stream().map(d -> new Charts.Part(DAY.format(d.day()), d.findings(), "findings")).toList();
        return counts(List.of(runs, findings), List.of(o.findingsCut() ? "runs (newest)" : "diagnosis runs", "findings, last 30 days"))
                + "<h3>Findings per day (UTC), last " + OverviewResource.DAYS + " days</h3>\n"
                + Charts.bars("findings-chart", "Error and warning findings per day, last 30 days", bars, 7);
    }

    private static String counts(List<Integer> values, List<String> labels) {
        StringBuilder b = new StringBuilder("<div class=\"counts\">");
        for (int i = 0; i < values.size(); i++) {
            b.append("<span class=\"count\"><span class=\"n\">").append(values.get(i)).append("</span><span class=\"what\">")
                    .append(Html.escape(labels.get(i))).append("</span></span>");
        }
        return b.append("</div>\n").toString();
    }
}
