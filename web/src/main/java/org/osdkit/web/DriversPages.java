package org.osdkit.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.osdkit.core.OsTarget;
import org.osdkit.core.PackageId;
import org.osdkit.core.whatif.PlannedOperation;
import org.osdkit.drivers.distribution.DistributionPoint;
import org.osdkit.drivers.distribution.DistributionPointGroup;
import org.osdkit.drivers.distribution.DistributionResult;
import org.osdkit.drivers.distribution.DistributionState;
import org.osdkit.drivers.distribution.DistributionStore;
import org.osdkit.drivers.distribution.DpContentCount;
import org.osdkit.drivers.distribution.DpContentStatus;
import org.osdkit.drivers.distribution.PackageContentCount;
import org.osdkit.drivers.distribution.PackageFilter;
import org.osdkit.drivers.packages.DriverPackage;
import org.osdkit.drivers.packages.PackageSummary;

/**
 * {@code /drivers} (packages per model and OS, content status per DP as a chart, filters) and
 * {@code /drivers/packages/{id}} (drivers, warnings, DPs, and the distribute and redistribute forms:
 * what-if first, then a confirmation page). The forms run {@link DriversActions}, the CLI's use case.
 */
final class DriversPages {

    private final DriversResource drivers;
    private final DriversActions actions;
    private final Layout layout;

    DriversPages(DriversResource drivers, DriversActions actions, Layout layout) {
        this.drivers = drivers;
        this.actions = actions;
        this.layout = layout;
    }

    /**
     * {@code GET /drivers?model=&os=&state=&limit=&offset=}: one page of the packages the filters match, read as one
     * bounded query; the chart from the matching packages' content rows counted per DP in the database, the badges from
     * the page's own packages' rows counted the same way, and the OS choices from the distinct OS targets.
     */
    void list(Context ctx) {
        Paging page = Paging.of(ctx);
        String model = param(ctx, "model");
        String os = param(ctx, "os");
        ContentBucket state = bucket(param(ctx, "state"));
        List<OsTarget> targets = drivers.packageStore().targets();
        StringBuilder b = new StringBuilder();
        b.append(filters(targets, model, os, state));
        if (targets.isEmpty()) {
            b.append(Layout.empty("No driver package yet.", "osdkit drivers package create --site <code> --manufacturer <m> --model <m> --os <os> ..."));
            layout.page(ctx, Layout.Nav.DRIVERS, "Drivers", b.toString());
            return;
        }
        PackageFilter filter = new PackageFilter(model, os, state == null ? Set.of() : state.states(), state != null && state.behind());
        DistributionStore store = drivers.store();
        List<PackageSummary> shown = store.packages(filter, page.offset(), page.limit() + 1);
        boolean more = shown.size() > page.limit();
        List<PackageSummary> rows = more ? shown.subList(0, page.limit()) : shown;
        b.append("<h2>Content status per distribution point</h2>\n").append(chart(store.countsPerPoint(filter)));
        b.append("<h2>Packages per model and OS</h2>\n");
        if (rows.isEmpty() && page.offset() > 0) {
            b.append("<p class=\"empty\" id=\"past-last\">No package on this page: it is past the last.</p>\n")
                    .append(Pages.pager("/drivers", query(model, os, state), page, false));
        } else if (rows.isEmpty()) {
            b.append("<p class=\"empty\" id=\"no-match\">No package matches these filters.</p>\n");
        } else {
            Map<PackageId, Map<ContentBucket, Integer>> byPackage = new HashMap<>();
            for (PackageContentCount c : store.countsPerPackage(rows.stream().map(PackageSummary::id).toList())) {
                byPackage.computeIfAbsent(c.packageId(), k -> ContentBucket.counts(List.of()))
                        .merge(ContentBucket.of(c.state(), c.behind()), c.rows(), Integer::sum);
            }
            b.append("<div class=\"scroll\"><table id=\"packages-table\"><thead><tr><th>Model</th><th>OS</th><th>PackageID</th><th>Name</th>"
                    + "<th class=\"num\">Drivers</th><th class=\"num\">SourceVersion</th><th>Content status</th></tr></thead><tbody>\n");
            for (PackageSummary p : rows) {
                var counts = byPackage.getOrDefault(p.id(), ContentBucket.counts(List.of()));
                boolean failed = counts.get(ContentBucket.FAILED) > 0;
                b.append("<tr").append(failed ? " class=\"problem-row\"" : "").append("><td>").append(Html.escape(p.model().displayName())).append("</td><td>")
                        .append(Html.escape(osLabel(p))).append("</td><td><a href=\"/drivers/packages/").append(Layout.url(p.id().value())).append("\">")
                        .append(Html.escape(p.id().value())).append("</a></td><td>").append(Html.escape(p.name())).append("</td><td class=\"num\">")
                        .append(p.driverCount()).append("</td><td class=\"num\">").append(p.sourceVersion()).append("</td><td>").append(badges(counts))
                        .append("</td></tr>\n");
            }
            b.append("</tbody></table></div>\n");
            b.append(Pages.pager("/drivers", query(model, os, state), page, more));
        }
        layout.page(ctx, Layout.Nav.DRIVERS, "Drivers", b.toString());
    }

    /** {@code GET /drivers/packages/{id}}. */
    void packagePage(Context ctx) {
        Paging page = Paging.of(ctx);
        DriversResource.PackageDetail d = drivers.detail(PackageId.of(ctx.pathParam("id")));
        DriverPackage p = d.driverPackage();
        StringBuilder b = new StringBuilder("<p><a href=\"/drivers\">\u2190 Drivers</a></p>\n");
        b.append("<dl id=\"package-properties\">\n");
        prop(b, "PackageID", p.id().value());
        prop(b, "Model", p.model().displayName());
        prop(b, "OS", osLabel(p));
        prop(b, "SourceVersion", Integer.toString(p.sourceVersion()));
        prop(b, "PkgSourcePath", Pages.shown(ctx, String.valueOf(p.source())));
        prop(b, "Categories", String.join(", ", p.categories()));
        prop(b, "Updated", Pages.time(p.updated()) + " UTC");
        b.append("</dl>\n");
        if (!d.warnings().isEmpty()) {
            b.append("<div id=\"warnings\">\n");
            d.warnings().forEach(w -> b.append(w.startsWith("Distribution failed") ? Layout.problem(w) : Layout.warning(w)));
            b.append("</div>\n");
        }
        b.append("<h2>Distribution points</h2>\n");
        if (d.distribution().isEmpty()) {
            b.append(Layout.empty("Not on any distribution point yet.", "osdkit drivers distribute --package " + p.id().value() + " --dp <fqdn>"));
        } else {
            b.append("<div class=\"scroll\"><table id=\"dp-table\"><thead><tr><th>Distribution point</th><th>State</th><th class=\"num\">SourceVersion</th>"
                    + "<th>Updated (UTC)</th><th>Message</th></tr></thead><tbody>\n");
            for (DpContentStatus s : d.distribution()) {
                ContentBucket bucket = ContentBucket.of(s);
                b.append("<tr").append(bucket == ContentBucket.FAILED ? " class=\"problem-row\"" : "").append(" data-dp=\"").append(Html.escape(s.dpName()))
                        .append("\"><td>").append(Html.escape(s.dpName())).append("</td><td><span class=\"badge ").append(bucket.badge()).append("\">")
                        .append(Html.escape(s.summary())).append("</span></td><td class=\"num\">").append(s.sourceVersion()).append("</td><td>")
                        .append(Pages.time(s.updated())).append("</td><td>").append(Html.escape(Pages.shown(ctx, s.message()))).append("</td></tr>\n");
            }
            b.append("</tbody></table></div>\n");
        }
        b.append("<h2>Actions</h2>\n").append(layout.actionOrSignIn(ctx, actionForms(ctx, p)));
        b.append("<h2>Drivers (").append(d.drivers().size()).append(")</h2>\n");
        if (d.drivers().isEmpty()) {
            b.append(Layout.empty("The package holds no driver.", "osdkit drivers package update " + p.id().value() + " --category <name>"));
        } else {
            b.append("<div class=\"scroll\"><table id=\"drivers-table\"><thead><tr><th>Driver</th><th>INF</th><th>Name</th><th>Provider</th><th>Class</th>"
                    + "<th>DriverVer</th><th>Signed</th><th>Notes</th></tr></thead><tbody>\n");
            List<DriversResource.PackageDriver> rows = d.drivers().subList(Math.min(page.offset(), d.drivers().size()),
                    Math.min(page.offset() + page.limit(), d.drivers().size()));
            for (DriversResource.PackageDriver r : rows) {
                List<String> notes = new ArrayList<>();
                if (!r.inCatalog()) {
                    notes.add("not in the catalog");
                }
                if (r.inCatalog() && !r.signed()) {
                    notes.add("unsigned");
                }
                if (r.bootCritical()) {
                    notes.add("boot-critical");
                }
                if (r.inCatalog() && !r.enabled()) {
                    notes.add("disabled");
                }
                b.append("<tr").append(notes.isEmpty() ? "" : " class=\"warning-row\"").append("><td class=\"mono\">")
                        .append(Html.escape(r.driverHash().substring(0, Math.min(12, r.driverHash().length())))).append("</td><td>")
                        .append(Html.escape(r.infName())).append("</td><td>").append(Html.escape(r.name())).append("</td><td>").append(Html.escape(r.provider()))
                        .append("</td><td>").append(Html.escape(r.className())).append("</td><td>").append(Html.escape(r.driverVer())).append("</td><td>")
                        .append(r.inCatalog() ? (r.signed() ? "yes" : "<span class=\"warn\">no</span>") : "").append("</td><td>")
                        .append(Html.escape(String.join(", ", notes))).append("</td></tr>\n");
            }
            b.append("</tbody></table></div>\n");
            b.append(Pages.pager("/drivers/packages/" + Layout.url(p.id().value()), "", page, d.drivers().size() > page.offset() + page.limit()));
        }
        layout.page(ctx, Layout.Nav.DRIVERS, p.name(), b.toString());
    }

    /** {@code POST /drivers/packages/{id}/distribute} (form): the what-if page to confirm, or with {@code confirm} the result. */
    void distribute(Context ctx, Principal caller) {
        act(ctx, caller, "distribute");
    }

    /** {@code POST /drivers/packages/{id}/redistribute} (form): the same for {@code osdkit drivers redistribute}. */
    void redistribute(Context ctx, Principal caller) {
        act(ctx, caller, "redistribute");
    }

    private void act(Context ctx, Principal caller, String verb) {
        RequestBody body = RequestBody.of(ctx);
        PackageId id = PackageId.of(ctx.pathParam("id"));
        List<String> dps = body.list("dps");
        List<String> groups = verb.equals("distribute") ? body.list("groups") : List.of();
        String back = "/drivers/packages/" + Layout.url(id.value());
        StringBuilder b = new StringBuilder("<p><a href=\"" + back + "\">\u2190 " + Html.escape(id.value()) + "</a></p>\n");
        String title = (verb.equals("distribute") ? "Distribute " : "Redistribute ") + id.value();
        if (!body.yes("confirm")) {
            List<PlannedOperation> plan = verb.equals("distribute") ? actions.planDistribute(caller, id, dps, groups).operations()
                    : actions.planRedistribute(caller, id, dps).operations();
            if (plan.isEmpty()) {
                b.append("<p class=\"banner ok\" id=\"nothing-to-do\">Every distribution point of ").append(Html.escape(id.value()))
                        .append(" is up to date: nothing to do.</p>\n");
                layout.page(ctx, Layout.Nav.DRIVERS, title, b.toString());
                return;
            }
            b.append("<p>What-if: nothing is copied until you confirm. This would:</p>\n<ul id=\"plan\">\n");
            plan.forEach(o -> b.append("<li>").append(Html.escape(o.operation())).append(" \u2192 <span class=\"mono\">")
                    .append(Html.escape(Pages.shown(ctx, o.target()))).append("</span></li>\n"));
            b.append("</ul>\n");
            StringBuilder hidden = new StringBuilder();
            dps.forEach(dp -> hidden.append("<input type=\"hidden\" name=\"dps\" value=\"").append(Html.escape(dp)).append("\">\n"));
            groups.forEach(g -> hidden.append("<input type=\"hidden\" name=\"groups\" value=\"").append(Html.escape(g)).append("\">\n"));
            hidden.append("<input type=\"hidden\" name=\"confirm\" value=\"true\">\n<button type=\"submit\" id=\"confirm\">Confirm: ")
                    .append(verb).append(" to ").append(plan.size()).append(" DP").append(plan.size() == 1 ? "" : "s").append("</button> <a href=\"")
                    .append(back).append("\" id=\"cancel\">Cancel</a>\n");
            b.append(Layout.form(ctx, back + "/" + verb, "confirm-form", hidden.toString()));
            layout.page(ctx, Layout.Nav.DRIVERS, title + ": confirm", b.toString());
            return;
        }
        List<DistributionResult> results = verb.equals("distribute") ? actions.runDistribute(caller, id, dps, groups) : actions.runRedistribute(caller, id, dps);
        if (results.isEmpty()) {
            b.append("<p class=\"banner ok\" id=\"nothing-to-do\">Nothing to do: every distribution point is up to date.</p>\n");
        } else {
            b.append("<div class=\"scroll\"><table id=\"results-table\"><thead><tr><th>Distribution point</th><th>State</th><th class=\"num\">SourceVersion</th>"
                    + "<th class=\"num\">Copied</th><th class=\"num\">Reused</th><th>Message</th></tr></thead><tbody>\n");
            for (DistributionResult r : results) {
                boolean failed = r.state() == DistributionState.DISTRIBUTION_FAILED;
                b.append("<tr").append(failed ? " class=\"problem-row\"" : "").append("><td>").append(Html.escape(r.dpName())).append("</td><td><span class=\"badge ")
                        .append(failed ? "error" : "ok").append("\">").append(Html.escape(r.state().word())).append("</span></td><td class=\"num\">")
                        .append(r.sourceVersion()).append("</td><td class=\"num\">").append(r.copied()).append("</td><td class=\"num\">").append(r.reused())
                        .append("</td><td>").append(Html.escape(Pages.shown(ctx, r.message()))).append("</td></tr>\n");
            }
            b.append("</tbody></table></div>\n");
        }
        b.append("<p><a href=\"").append(back).append("\" id=\"back-to-package\">Back to the package</a></p>\n");
        layout.page(ctx, Layout.Nav.DRIVERS, title + ": done", b.toString());
    }

    private String actionForms(Context ctx, DriverPackage p) {
        List<DistributionPoint> points = drivers.store().points();
        List<DistributionPointGroup> groups = drivers.store().groups();
        String base = "/drivers/packages/" + Layout.url(p.id().value());
        if (points.isEmpty()) {
            return Layout.empty("No distribution point is registered.", "osdkit drivers dp add --name <fqdn> --site <code> --share <folder>");
        }
        StringBuilder dist = new StringBuilder("<fieldset><legend>Distribution points</legend>\n");
        for (DistributionPoint dp : points) {
            dist.append("<label class=\"check\"><input type=\"checkbox\" name=\"dps\" value=\"").append(Html.escape(dp.name())).append("\"> ")
                    .append(Html.escape(dp.name())).append("</label><br>\n");
        }
        dist.append("</fieldset>\n");
        if (!groups.isEmpty()) {
            dist.append("<fieldset><legend>Distribution point groups</legend>\n");
            for (DistributionPointGroup g : groups) {
                dist.append("<label class=\"check\"><input type=\"checkbox\" name=\"groups\" value=\"").append(Html.escape(g.name())).append("\"> ")
                        .append(Html.escape(g.name())).append(" (").append(g.members().size()).append(")</label><br>\n");
            }
            dist.append("</fieldset>\n");
        }
        dist.append("<p><button type=\"submit\" id=\"distribute\">Distribute (what-if first)</button></p>\n");
        StringBuilder redist = new StringBuilder("<p>Brings the DPs that hold an older version, failed or are pending up to date; tick DPs to limit it to them.</p>\n"
                + "<fieldset><legend>Only these (optional)</legend>\n");
        for (DistributionPoint dp : points) {
            redist.append("<label class=\"check\"><input type=\"checkbox\" name=\"dps\" value=\"").append(Html.escape(dp.name())).append("\"> ")
                    .append(Html.escape(dp.name())).append("</label><br>\n");
        }
        redist.append("</fieldset>\n<p><button type=\"submit\" id=\"redistribute\">Redistribute (what-if first)</button></p>\n");
        return "<div class=\"actions\">\n<div class=\"card\"><h3>Distribute</h3>\n" + Layout.form(ctx, base + "/distribute", "distribute-form", dist.toString())
                + "</div>\n<div class=\"card\"><h3>Redistribute</h3>\n" + Layout.form(ctx, base + "/redistribute", "redistribute-form", redist.toString())
                + "</div>\n</div>\n";
    }

    private static String chart(List<DpContentCount> counted) {
        Map<String, Map<ContentBucket, Integer>> perDp = new LinkedHashMap<>();
        for (DpContentCount c : counted) {
            perDp.computeIfAbsent(c.dpName(), k -> ContentBucket.counts(List.of())).merge(ContentBucket.of(c.state(), c.behind()), c.rows(), Integer::sum);
        }
        if (perDp.isEmpty()) {
            return Layout.empty("Nothing distributed yet.", "osdkit drivers distribute --package <id> --dp <fqdn>");
        }
        List<Charts.Row> rows = new ArrayList<>();
        perDp.forEach((dp, counts) -> {
            List<Charts.Part> parts = new ArrayList<>();
            for (ContentBucket bucket : ContentBucket.values()) {
                parts.add(new Charts.Part(bucket.label, counts.get(bucket), bucket.css));
            }
            rows.add(new Charts.Row(dp, null, parts));
        });
        return "<div class=\"card\">" + Charts.stacked("dp-chart", "Packages per content state on each distribution point", rows, ContentBucket.legend()) + "</div>\n";
    }

    private static String filters(List<OsTarget> targets, String model, String os, ContentBucket state) {
        TreeSet<String> systems = targets.stream().map(DriversPages::osLabel).collect(Collectors.toCollection(TreeSet::new));
        StringBuilder b = new StringBuilder("<form method=\"get\" action=\"/drivers\" class=\"filters\" id=\"filters\">\n");
        b.append("<label>Model contains<input name=\"model\" id=\"filter-model\" value=\"").append(Html.escape(model == null ? "" : model)).append("\"></label>\n");
        b.append("<label>OS<select name=\"os\" id=\"filter-os\"><option value=\"\">any</option>");
        systems.forEach(s -> b.append("<option").append(s.equals(os) ? " selected" : "").append(">").append(Html.escape(s)).append("</option>"));
        b.append("</select></label>\n<label>Content state<select name=\"state\" id=\"filter-state\"><option value=\"\">any</option>");
        for (ContentBucket c : ContentBucket.values()) {
            b.append("<option value=\"").append(c.label).append('"').append(c == state ? " selected" : "").append(">").append(c.label).append("</option>");
        }
        return b.append("</select></label>\n<button type=\"submit\" id=\"apply-filters\">Filter</button> <a href=\"/drivers\">Clear</a>\n</form>\n").toString();
    }

    private static String badges(Map<ContentBucket, Integer> counts) {
        String s = counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> "<span class=\"badge " + e.getKey().badge() + "\">" + e.getValue() + " " + Html.escape(e.getKey().label) + "</span>")
                .collect(Collectors.joining(" "));
        return s.isEmpty() ? "<span class=\"note\">not distributed</span>" : s;
    }

    private static void prop(StringBuilder b, String name, String value) {
        b.append("<dt>").append(Html.escape(name)).append("</dt><dd>").append(Html.escape(value)).append("</dd>\n");
    }

    static String osLabel(DriverPackage p) {
        return osLabel(p.os());
    }

    static String osLabel(PackageSummary p) {
        return osLabel(p.os());
    }

    static String osLabel(OsTarget os) {
        return os.name() + " " + os.architecture().label();
    }

    private static String param(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static ContentBucket bucket(String label) {
        if (label == null) {
            return null;
        }
        for (ContentBucket b : ContentBucket.values()) {
            if (b.label.equalsIgnoreCase(label)) {
                return b;
            }
        }
        throw new org.osdkit.core.OsdkitException(WebErrors.INVALID_INPUT, "state must be Distributed, Pending, Failed or behind, was \"" + label + "\".");
    }

    private static String query(String model, String os, ContentBucket state) {
        StringBuilder q = new StringBuilder();
        if (model != null) {
            q.append("&model=").append(Layout.url(model));
        }
        if (os != null) {
            q.append("&os=").append(Layout.url(os));
        }
        if (state != null) {
            q.append("&state=").append(Layout.url(state.label));
        }
        return q.toString();
    }
}
