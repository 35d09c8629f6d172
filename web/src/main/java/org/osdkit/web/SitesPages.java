package org.osdkit.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.stream.Collectors;
import org.osdkit.core.SiteCode;
import org.osdkit.sites.description.DescriptionChangePlan;
import org.osdkit.sites.description.SiteChange;
import org.osdkit.sites.description.SupportedWays;
import org.osdkit.sites.hierarchy.HierarchyProblem;
import org.osdkit.sites.hierarchy.Site;
import org.osdkit.sites.hierarchy.SiteHierarchy;

/**
 * {@code /sites} (the hierarchy as a tree with its rule problems marked, the recent changes) and
 * {@code /sites/{code}} (the site, its problems and changes, the description form and revert buttons):
 * every change is a what-if page first (the one-line diff, the steps, Microsoft's support warning),
 * then a confirmation, through {@link SitesActions}, the CLI's use cases.
 */
final class SitesPages {

    private static final int CHANGES = 50;

    private final SitesResource sites;
    private final SitesActions actions;
    private final ServerFiles files;
    private final Layout layout;

    SitesPages(SitesResource sites, SitesActions actions, ServerFiles files, Layout layout) {
        this.sites = sites;
        this.actions = actions;
        this.files = files;
        this.layout = layout;
    }

    /** {@code GET /sites}. */
    void tree(Context ctx) {
        SiteHierarchy h = sites.inventory().load();
        StringBuilder b = new StringBuilder();
        if (h.sites().isEmpty()) {
            b.append(Layout.empty("No hierarchy imported.", "osdkit sites import <folder|file>"));
            layout.page(ctx, Layout.Nav.SITES, "Sites", b.toString());
            return;
        }
        long errors = h.problems().stream().filter(HierarchyProblem::error).count();
        long warnings = h.problems().size() - errors;
        b.append("<p>").append(h.sites().size()).append(" sites; ");
        b.append(errors > 0 ? "<span class=\"badge error\">" + errors + " rule error" + (errors == 1 ? "" : "s") + "</span> " : "");
        b.append(warnings > 0 ? "<span class=\"badge warn\">" + warnings + " warning" + (warnings == 1 ? "" : "s") + "</span>" : "");
        b.append(h.problems().isEmpty() ? "<span class=\"badge ok\">no rule problem</span>" : "").append("</p>\n");
        b.append("<div class=\"card\"><ul class=\"tree\" id=\"site-tree\">\n");
        for (SiteHierarchy.Node n : h.tree()) {
            node(b, h, n);
        }
        b.append("</ul></div>\n");
        List<HierarchyProblem> fileProblems = h.problems().stream().filter(p -> p.site() == null).toList();
        if (!fileProblems.isEmpty()) {
            b.append("<h2>Problems of the import</h2>\n");
            fileProblems.forEach(p -> b.append(p.error() ? Layout.problem(Pages.shown(ctx, p.message())) : Layout.warning(Pages.shown(ctx, p.message()))));
        }
        b.append("<h2>Recent description changes</h2>\n").append(changes(ctx, sites.history().list(null, 20), false));
        layout.page(ctx, Layout.Nav.SITES, "Sites", b.toString());
    }

    private static void node(StringBuilder b, SiteHierarchy h, SiteHierarchy.Node n) {
        Site s = n.site();
        List<HierarchyProblem> problems = h.problemsOf(s.code());
        boolean error = problems.stream().anyMatch(HierarchyProblem::error);
        b.append("<li data-site=\"").append(Html.escape(s.code().value())).append("\"><a href=\"/sites/").append(Layout.url(s.code().value())).append("\"><strong>")
                .append(Html.escape(s.code().value())).append("</strong></a> ").append(Html.escape(s.name())).append(" <span class=\"note\">")
                .append(Html.escape(s.type().label())).append(s.version() == null ? "" : ", " + Html.escape(s.version())).append("</span>");
        if (!problems.isEmpty()) {
            b.append(" <span class=\"badge ").append(error ? "error" : "warn").append(" problem-mark\" title=\"")
                    .append(Html.escape(problems.stream().map(HierarchyProblem::message).collect(Collectors.joining("; ")))).append("\">")
                    .append(error ? "\u2716 " : "\u26a0 ").append(Html.escape(problems.get(0).message())).append(problems.size() > 1 ? " (+" + (problems.size() - 1) + ")" : "")
                    .append("</span>");
        }
        if (!n.children().isEmpty()) {
            b.append("\n<ul>\n");
            n.children().forEach(c -> node(b, h, c));
            b.append("</ul>\n");
        }
        b.append("</li>\n");
    }

    /** {@code GET /sites/{code}}. */
    void site(Context ctx) {
        SiteCode code = SiteCode.of(ctx.pathParam("code"));
        SiteHierarchy h = sites.inventory().load();
        Site s = h.find(code).orElseThrow(() -> new org.osdkit.core.OsdkitException(WebErrors.NOT_FOUND, "There is no site " + code.value()
                + " in the imported hierarchy.", "Import it with 'osdkit sites import <folder|file>'."));
        StringBuilder b = new StringBuilder("<p><a href=\"/sites\">\u2190 Sites</a></p>\n<dl id=\"site-properties\">\n");
        prop(b, "Site code", s.code().value());
        prop(b, "Name (description)", s.name());
        prop(b, "Type", s.type().label());
        prop(b, "Parent", s.parent() == null ? "" : s.parent().value());
        prop(b, "Site server", s.siteServer() == null ? "" : s.siteServer());
        prop(b, "Version", s.version() == null ? "" : s.version());
        prop(b, "Path to the top", h.pathToTop(code).stream().map(SiteCode::value).collect(Collectors.joining(" \u2192 ")));
        b.append("</dl>\n");
        h.problemsOf(code).forEach(p -> b.append(p.error() ? Layout.problem(p.message()) : Layout.warning(p.message())));
        b.append("<h2>Change the description</h2>\n").append(Layout.warning(SupportedWays.UNSUPPORTED_WARNING).replace("<p class=\"banner warning\"",
                "<p class=\"banner warning\" id=\"unsupported-warning\""));
        b.append(layout.actionOrSignIn(ctx, descriptionForm(ctx, s)));
        b.append("<h2>Changes of ").append(Html.escape(code.value())).append("</h2>\n").append(changes(ctx, sites.history().list(code, CHANGES), true));
        layout.page(ctx, Layout.Nav.SITES, "Site " + code.value(), b.toString());
    }

    private String descriptionForm(Context ctx, Site s) {
        if (files.roots().isEmpty()) {
            return Layout.empty("The dashboard has no root holding site control files.", "osdkit web --root sites=<folder>");
        }
        StringBuilder f = new StringBuilder("<p><label for=\"root\">Root</label><br><select name=\"root\" id=\"root\">");
        files.roots().keySet().forEach(r -> f.append("<option>").append(Html.escape(r)).append("</option>"));
        f.append("</select></p>\n<p><label for=\"controlFile\">Site control file, inside the root</label><br><input name=\"controlFile\" id=\"controlFile\" size=\"50\""
                + " required placeholder=\"inboxes/sitectrl.box/sitectrl.ct0\"></p>\n");
        f.append("<p><label for=\"description\">New description</label><br><input name=\"description\" id=\"description\" size=\"50\" required value=\"")
                .append(Html.escape(s.name())).append("\"></p>\n");
        f.append("<p><label for=\"configmgrVersion\">ConfigMgr version (when the file does not say)</label><br><select name=\"configmgrVersion\" id=\"configmgrVersion\">"
                + "<option value=\"\">from the file</option><option>2003</option><option>2007</option><option>2012</option></select></p>\n");
        f.append("<p><button type=\"submit\" id=\"preview\">Show the change (what-if)</button></p>\n");
        return Layout.form(ctx, "/sites/" + Layout.url(s.code().value()) + "/description", "description-form", f.toString());
    }

    /** {@code POST /sites/{code}/description} (form): the what-if page with its confirmation, or with {@code confirm} the change made. */
    void describe(Context ctx, Principal caller) {
        SiteCode code = SiteCode.of(ctx.pathParam("code"));
        RequestBody body = RequestBody.of(ctx);
        SitesActions.Answer a = actions.change(caller, body, code);
        String back = "/sites/" + Layout.url(code.value());
        StringBuilder hidden = new StringBuilder();
        for (String field : List.of("root", "controlFile", "description", "configmgrVersion")) {
            String v = body.text(field);
            if (v != null) {
                hidden.append("<input type=\"hidden\" name=\"").append(field).append("\" value=\"").append(Html.escape(v)).append("\">\n");
            }
        }
        answer(ctx, a, "Description of " + code.value(), back, back + "/description", hidden.toString());
    }

    /** {@code POST /sites/changes/{id}/revert} (form): the same for a revert of a recorded change. */
    void revert(Context ctx, Principal caller) {
        long id = SitesActions.changeId(ctx);
        SiteChange recorded = actions.recorded(caller, id);
        SitesActions.Answer a = actions.revert(caller, id, RequestBody.of(ctx));
        String back = "/sites/" + Layout.url(recorded.site().value());
        answer(ctx, a, "Revert change " + id + " of " + recorded.site().value(), back, "/sites/changes/" + id + "/revert", "");
    }

    private void answer(Context ctx, SitesActions.Answer a, String title, String back, String action, String hidden) {
        StringBuilder b = new StringBuilder("<p><a href=\"" + back + "\">\u2190 back to the site</a></p>\n");
        var outcome = a.outcome();
        if (outcome.unchanged()) {
            b.append("<p class=\"banner ok\" id=\"unchanged\">The site already has that description: nothing to change.</p>\n");
            layout.page(ctx, Layout.Nav.SITES, title, b.toString());
            return;
        }
        DescriptionChangePlan plan = outcome.plan();
        if (plan != null) {
            b.append("<h2>The one line that changes</h2>\n<pre class=\"diff\" id=\"diff\">").append("<span class=\"note\">").append(Html.escape(Pages.shown(ctx,
                    plan.controlFile().toString()))).append(", line ").append(plan.line()).append("</span>\n<span class=\"del\">- ")
                    .append(Html.escape(plan.oldLine())).append("</span>\n<span class=\"add\">+ ").append(Html.escape(plan.newLine())).append("</span></pre>\n");
            b.append("<h2>Steps</h2>\n<ol class=\"steps\" id=\"steps\">\n");
            plan.steps().forEach(s -> b.append("<li>").append(Html.escape(Pages.shown(ctx, s))).append("</li>\n"));
            b.append("</ol>\n");
        }
        if (a.whatIf()) {
            b.append(Layout.warning(SupportedWays.UNSUPPORTED_WARNING));
            String confirm = hidden + "<input type=\"hidden\" name=\"confirm\" value=\"true\">\n"
                    + "<p><label class=\"check\"><input type=\"checkbox\" name=\"acceptUnsupported\" value=\"true\" id=\"acceptUnsupported\" required> "
                    + "I understand this edit is not supported by Microsoft, and I have a backup plan</label></p>\n"
                    + "<p><button type=\"submit\" id=\"confirm\" class=\"danger\">Confirm: make this change</button> <a href=\"" + back + "\" id=\"cancel\">Cancel</a></p>\n";
            b.append("<p>What-if: the file is not touched until you confirm.</p>\n").append(Layout.form(ctx, action, "confirm-form", confirm));
            layout.page(ctx, Layout.Nav.SITES, title + ": confirm", b.toString());
            return;
        }
        SiteChange c = outcome.applied();
        if (c != null) {
            b.append("<p class=\"banner ok\" id=\"changed\">Changed: \u201c").append(Html.escape(c.oldValue())).append("\u201d \u2192 \u201c")
                    .append(Html.escape(c.newValue())).append("\u201d (change ").append(c.id()).append("). The backup is ")
                    .append(Html.escape(Pages.shown(ctx, c.backupFile()))).append(".</p>\n");
        } else {
            b.append("<p class=\"refused\" id=\"not-changed\">Nothing was changed.</p>\n");
        }
        if (!a.steps().isEmpty()) {
            b.append("<h2>What was done</h2>\n<ol class=\"steps\" id=\"done-steps\">\n");
            a.steps().forEach(s -> b.append("<li>").append(Html.escape(Pages.shown(ctx, s))).append("</li>\n"));
            b.append("</ol>\n");
        }
        layout.page(ctx, Layout.Nav.SITES, title + ": done", b.toString());
    }

    private String changes(Context ctx, List<SiteChange> changes, boolean revertButtons) {
        if (changes.isEmpty()) {
            return Layout.empty("No description changed by osdkit.", "osdkit sites set-description --site <code> --description <text> --control-file <path>");
        }
        StringBuilder b = new StringBuilder("<div class=\"scroll\"><table id=\"changes-table\"><thead><tr><th class=\"num\">Change</th><th>When (UTC)</th><th>By</th>"
                + "<th>Site</th><th>Old</th><th>New</th><th>Backup</th>" + (revertButtons ? "<th></th>" : "") + "</tr></thead><tbody>\n");
        for (SiteChange c : changes) {
            b.append("<tr data-change=\"").append(c.id()).append("\"><td class=\"num\">").append(c.id()).append(c.revertOf() == null ? "" : " (reverts " + c.revertOf() + ")")
                    .append("</td><td>").append(Pages.time(c.changedAt())).append("</td><td>").append(Html.escape(c.actor())).append("</td><td><a href=\"/sites/")
                    .append(Layout.url(c.site().value())).append("\">").append(Html.escape(c.site().value())).append("</a></td><td>").append(Html.escape(c.oldValue()))
                    .append("</td><td>").append(Html.escape(c.newValue())).append("</td><td class=\"mono\">").append(Html.escape(Pages.shown(ctx, c.backupFile())))
                    .append("</td>");
            if (revertButtons) {
                b.append("<td>").append(layout.actionOrSignIn(ctx, Layout.form(ctx, "/sites/changes/" + c.id() + "/revert", "revert-" + c.id(),
                        "<button type=\"submit\" class=\"secondary\" id=\"revert-button-" + c.id() + "\">Revert (what-if first)</button>\n"))).append("</td>");
            }
            b.append("</tr>\n");
        }
        return b.append("</tbody></table></div>\n").toString();
    }

    private static void prop(StringBuilder b, String name, String value) {
        b.append("<dt>").append(Html.escape(name)).append("</dt><dd>").append(Html.escape(value)).append("</dd>\n");
    }
}
