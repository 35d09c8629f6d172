package org.osdkit.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.osdkit.core.OsdkitException;
import org.osdkit.logs.diagnosis.DiagnosisRun;
import org.osdkit.logs.diagnosis.Evidence;
import org.osdkit.logs.diagnosis.Finding;
import org.osdkit.logs.errorcodes.CodeMeaning;
import org.osdkit.logs.errorcodes.DecodedCode;
import org.osdkit.logs.read.Severity;
import org.osdkit.logs.timeline.TimelineEntry;
import org.osdkit.logs.timeline.TimelinePage;
import org.osdkit.logs.timeline.TimelineSummary;

/**
 * The Logs pages: upload a log or pick one in a root and diagnose it; a run's findings (cause, fix, evidence)
 * with its records as a CMTrace-like timeline below them (errors red, warnings yellow; filters by severity,
 * component, file and text; every file merged by time; paged by record number from the kept timeline, so a
 * page of a million-record log reads one page from the database, never the log); error-code lookup. File names
 * only are shown, never a server path.
 */
final class LogsPages {

    private final LogsResource logs;
    private final LogsActions actions;
    private final ServerFiles files;
    private final Layout layout;

    LogsPages(LogsResource logs, LogsActions actions, ServerFiles files, Layout layout) {
        this.logs = logs;
        this.actions = actions;
        this.files = files;
        this.layout = layout;
    }

    private static String base(long runId) {
        return "/logs/runs/" + runId;
    }

    /** {@code GET /logs}: the upload and root forms, the newest runs, error-code lookup. */
    void home(Context ctx) {
        StringBuilder b = new StringBuilder(SmpPages.assets());
        b.append("<div class=\"actions\">\n<section class=\"card\"><h2>Diagnose an uploaded log</h2>\n")
                .append(layout.actionOrSignIn(ctx, "<form method=\"post\" action=\"/logs/upload\" enctype=\"multipart/form-data\" id=\"upload-form\">\n"
                        + Layout.csrfField(ctx) + "\n<p><input type=\"file\" name=\"log\" id=\"upload-file\" required></p>\n"
                        + "<p><button type=\"submit\" id=\"upload-submit\">Upload and diagnose</button></p>\n</form>\n"))
                .append("</section>\n<section class=\"card\"><h2>Diagnose a log on the server</h2>\n");
        if (files.roots().isEmpty()) {
            b.append(Layout.empty("No server folder is configured.", "osdkit web --root logs=<folder>"));
        } else {
            StringBuilder roots = new StringBuilder();
            files.roots().keySet().forEach(r -> roots.append("<option>").append(Html.escape(r)).append("</option>"));
            b.append(layout.actionOrSignIn(ctx, Layout.form(ctx, "/logs/file", "root-form", "<p class=\"filters\"><label>Root <select name=\"root\" id=\"root\">"
                    + roots + "</select></label> <label>Path inside it <input name=\"path\" id=\"root-path\" required></label> "
                    + "<label><span><input type=\"checkbox\" name=\"recurse\" value=\"true\"> sub-folders</span></label></p>\n"
                    + "<p><button type=\"submit\" id=\"root-submit\">Diagnose</button></p>\n")));
        }
        b.append("</section>\n<section class=\"card\"><h2>Error code</h2>\n<form method=\"get\" action=\"/logs/errcode\" id=\"errcode-form\">"
                + "<p class=\"filters\"><label>Code <input name=\"code\" id=\"errcode\" placeholder=\"0x80070005, 87, -2147024891\" required></label> "
                + "<button type=\"submit\" id=\"errcode-submit\">Decode</button></p></form>\n</section>\n</div>\n");
        b.append("<h2>Diagnosis runs</h2>\n");
        List<DiagnosisRun> runs = logs.recent(50);
        if (runs.isEmpty()) {
            b.append(Layout.empty("No diagnosis run yet.", "osdkit logs diagnose <folder>"));
        } else {
            b.append("<div class=\"scroll\"><table id=\"diagnoses\"><thead><tr><th>Run</th><th>Started</th><th>By</th><th>Inputs</th><th class=\"num\">Records</th>"
                    + "<th class=\"num\">Errors</th><th class=\"num\">Warnings</th></tr></thead><tbody>\n");
            for (DiagnosisRun r : runs) {
                b.append("<tr").append(r.errors() > 0 ? " class=\"problem-row\"" : r.warnings() > 0 ? " class=\"warning-row\"" : "").append("><td><a href=\"")
                        .append(base(r.id())).append("\">").append(r.id()).append("</a></td><td>").append(Pages.time(r.startedAt())).append("</td><td>")
                        .append(Html.escape(r.actor())).append("</td><td>").append(Html.escape(String.join(", ", r.inputs().stream().map(LogsPages::name).toList())))
                        .append("</td><td class=\"num\">").append(r.records()).append("</td><td class=\"num\">").append(r.errors())
                        .append("</td><td class=\"num\">").append(r.warnings()).append("</td></tr>\n");
            }
            b.append("</tbody></table></div>\n");
        }
        layout.page(ctx, Layout.Nav.LOGS, "Logs", b.toString());
    }

    /** {@code POST /logs/upload}: diagnose the uploaded log, then its run's page. */
    void upload(Context ctx) {
        LogsActions.Diagnosed d = actions.uploaded(ctx, Principal.of(ctx).orElseThrow());
        ctx.redirect(base(d.runId()), HttpStatus.SEE_OTHER);
    }

    /** {@code POST /logs/file}: diagnose a log inside a root, then its run's page. */
    void file(Context ctx) {
        RequestBody body = RequestBody.of(ctx);
        LogsActions.Diagnosed d = actions.inRoot(Principal.of(ctx).orElseThrow(), body.required("root"), body.required("path"), body.yes("recurse"));
        ctx.redirect(base(d.runId()), HttpStatus.SEE_OTHER);
    }

    /** {@code GET /logs/runs/{id}}: the run's findings, then a page of its timeline (the query parameters of {@link TimelineRequest}). */
    void run(Context ctx) {
        long id = LogsResource.id(ctx.pathParam("id"));
        DiagnosisRun run = logs.run(id);
        List<Finding> findings = logs.findings(id);
        StringBuilder b = new StringBuilder(SmpPages.assets());
        b.append("<p><a href=\"/logs\">All runs</a></p>\n<p id=\"run-summary\">").append(run.files()).append(" files, ").append(run.records())
                .append(" records (").append(run.unparsed()).append(" unparsed), ").append(run.rules()).append(" rules; diagnosed ").append(Pages.time(run.startedAt()))
                .append(" UTC")
                .append(" by ").append(Html.escape(run.actor())).append(".</p>\n<h2>Findings</h2>\n");
        TimelineSummary summary;
        LogsResource.Timeline timeline = null;
        OsdkitException notKept = null;
        try {
            timeline = logs.timeline(ctx, id);
        } catch (OsdkitException e) {
            if (!e.code().equals(LogsResource.TIMELINE_NOT_KEPT)) {
                throw e;
            }
            notKept = e;
        }
        summary = timeline == null ? null : timeline.summary();
        b.append(findings(id, findings, summary));
        b.append("<h2 id=\"timeline-heading\">Timeline</h2>\n");
        if (timeline == null) {
            b.append("<p class=\"empty\">").append(Html.escape(notKept.getMessage())).append("</p>\n");
        } else {
            b.append(timeline(id, timeline, evidenceLines(findings)));
        }
        layout.page(ctx, Layout.Nav.LOGS, "Diagnosis run " + id, b.toString());
    }

    private static String findings(long id, List<Finding> findings, TimelineSummary summary) {
        if (findings.isEmpty()) {
            return "<p class=\"banner ok\" id=\"no-findings\">No known problem found.</p>\n";
        }
        StringBuilder b = new StringBuilder();
        int n = 0;
        for (Finding f : findings) {
            String css = f.severity() == Severity.ERROR ? "error" : f.severity() == Severity.WARNING ? "warn" : "ok";
            b.append("<section class=\"card finding sev-").append(f.severity()).append("\" id=\"finding-").append(n++).append("\" data-rule=\"")
                    .append(Html.escape(f.ruleId())).append("\">\n<h3><span class=\"badge ").append(css).append("\">").append(f.severity()).append("</span> ")
                    .append(Html.escape(f.title())).append(" <code>").append(Html.escape(f.ruleId())).append("</code></h3>\n<p>In <strong>")
                    .append(Html.escape(f.log())).append("</strong>, ").append(f.occurrences()).append(f.occurrences() == 1 ? " time" : " times")
                    .append(" (confidence ").append(Html.escape(f.confidence())).append(").</p>\n<dl><dt>Cause</dt><dd class=\"cause\">")
                    .append(Html.escape(f.cause())).append("</dd><dt>Fix</dt><dd class=\"fix\">").append(Html.escape(f.fix())).append("</dd>");
            if (!f.references().isEmpty()) {
                b.append("<dt>References</dt><dd>").append(Html.escape(String.join(", ", f.references()))).append("</dd>");
            }
            b.append("</dl>\n<ul class=\"evidence\">\n");
            for (List<Evidence> lines : List.of(f.evidence(), f.lastEvidence())) {
                for (Evidence e : lines) {
                    Integer file = summary == null ? null : fileIndex(summary, e.source());
                    String label = name(e.source()) + ":" + e.line();
                    b.append("<li>").append(file == null ? "<span class=\"mono\">" + Html.escape(label) + "</span>"
                            : "<a class=\"mono evidence-link\" href=\"" + base(id) + "?file=" + file + "&amp;line=" + e.line() + "#timeline-heading\">"
                            + Html.escape(label) + "</a>").append(' ').append(Html.escape(e.text())).append("</li>\n");
                }
            }
            b.append("</ul>\n</section>\n");
        }
        return b.toString();
    }

    private static String timeline(long id, LogsResource.Timeline t, Set<String> evidence) {
        TimelineSummary s = t.summary();
        TimelineRequest r = t.request();
        StringBuilder b = new StringBuilder("<form method=\"get\" action=\"").append(base(id)).append("#timeline-heading\" class=\"filters\" id=\"timeline-filters\">\n");
        b.append("<fieldset class=\"severities\"><legend>Severity</legend>");
        for (Severity sev : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO, Severity.VERBOSE)) {
            long count = s.severities().stream().filter(c -> c.name().equals(sev.name())).mapToLong(TimelineSummary.Count::records).sum();
            b.append("<label class=\"check\"><input type=\"checkbox\" name=\"severity\" value=\"").append(sev.name().toLowerCase(Locale.ROOT)).append("\" id=\"sev-")
                    .append(sev.name().toLowerCase(Locale.ROOT)).append('"').append(r.query().severities().contains(sev) ? " checked" : "").append("> ")
                    .append(sev).append(" (").append(count).append(")</label>");
        }
        b.append("</fieldset>\n<label>Component <select name=\"component\" id=\"component\"><option value=\"\">all</option>");
        for (TimelineSummary.Count c : s.components()) {
            b.append("<option value=\"").append(Html.escape(c.name())).append('"').append(c.name().equals(r.query().component()) ? " selected" : "").append('>')
                    .append(Html.escape(c.name())).append(" (").append(c.records()).append(")</option>");
        }
        b.append("</select></label>\n<label>File <select name=\"file\" id=\"file\"><option value=\"\">all, merged by time</option>");
        for (int i = 0; i < s.sources().size(); i++) {
            b.append("<option value=\"").append(i).append('"').append(Integer.valueOf(i).equals(r.file()) ? " selected" : "").append('>')
                    .append(Html.escape(name(s.sources().get(i).name()))).append(" (").append(s.sources().get(i).records()).append(")</option>");
        }
        b.append("</select></label>\n<label>Text <input name=\"text\" id=\"text\" maxlength=\"").append(TimelineRequest.MAX_TEXT).append("\" value=\"")
                .append(Html.escape(r.query().text())).append("\"></label>\n<button type=\"submit\" id=\"filter\">Filter</button> <a href=\"").append(base(id))
                .append("#timeline-heading\">Clear</a>\n</form>\n");
        TimelinePage page = t.page();
        b.append("<p class=\"note\" id=\"timeline-count\">").append(s.records()).append(" records in ").append(s.sources().size()).append(s.sources().size() == 1
                ? " file" : " files, merged by time").append(s.capped() ? " (capped: only the first records were kept)" : "").append("; showing ")
                .append(page.entries().size()).append(page.entries().isEmpty() ? "" : ", records " + page.entries().get(0).seq() + " to "
                        + page.entries().get(page.entries().size() - 1).seq()).append(".</p>\n");
        b.append(pager(id, r, page));
        if (page.entries().isEmpty()) {
            b.append("<p class=\"empty\" id=\"timeline-empty\">No record matches these filters.</p>\n");
            return b.toString();
        }
        b.append("<div class=\"scroll\"><table class=\"timeline\" id=\"timeline\"><thead><tr><th class=\"num\">#</th><th>Time</th><th>Component</th>"
                + "<th>Thread</th><th>File</th><th>Message</th></tr></thead><tbody>\n");
        for (TimelineEntry e : page.entries()) {
            boolean isEvidence = evidence.contains(e.source() + "\n" + e.line());
            b.append("<tr id=\"r").append(e.seq()).append("\" class=\"sev-").append(e.severity()).append(e.unparsed() ? " unparsed" : "")
                    .append(isEvidence ? " evidence" : "").append(Long.valueOf(e.seq()).equals(r.focus()) ? " focus" : "").append("\" data-format=\"")
                    .append(e.format()).append("\"><td class=\"num\">").append(e.seq()).append("</td><td class=\"mono\"")
                    .append(e.utc() == null ? " title=\"zone unknown\"" : " title=\"UTC " + e.utc() + "\"").append('>')
                    .append(e.localTime() == null ? "" : Html.escape(e.localTime().toString().replace('T', ' '))).append("</td><td>")
                    .append(Html.escape(e.component())).append("</td><td>").append(Html.escape(e.thread())).append("</td><td class=\"mono\">")
                    .append(Html.escape(name(e.source()))).append(':').append(e.line()).append("</td><td class=\"message\">")
                    .append(Html.escape(e.message())).append(e.truncated() ? "<span class=\"note\"> (cut)</span>" : "").append("</td></tr>\n");
        }
        b.append("</tbody></table></div>\n").append(pager(id, r, page));
        return b.toString();
    }

    private static String pager(long id, TimelineRequest r, TimelinePage page) {
        String filters = r.filters().replace("&", "&amp;");
        StringBuilder b = new StringBuilder("<p class=\"pager\">");
        if (page.previous() != null) {
            b.append("<a class=\"previous\" href=\"").append(base(id)).append("?from=").append(page.previous()).append("&amp;back=true").append(filters)
                    .append("#timeline-heading\">Previous page</a> ");
        }
        if (page.next() != null) {
            b.append("<a class=\"next\" href=\"").append(base(id)).append("?from=").append(page.next()).append(filters).append("#timeline-heading\">Next page</a>");
        }
        return b.append("</p>\n").toString();
    }

    private static Set<String> evidenceLines(List<Finding> findings) {
        Set<String> lines = new HashSet<>();
        for (Finding f : findings) {
            f.evidence().forEach(e -> lines.add(e.source() + "\n" + e.line()));
            f.lastEvidence().forEach(e -> lines.add(e.source() + "\n" + e.line()));
        }
        return lines;
    }

    private static Integer fileIndex(TimelineSummary s, String source) {
        for (int i = 0; i < s.sources().size(); i++) {
            if (s.sources().get(i).name().equals(source)) {
                return i;
            }
        }
        return null;
    }

    /** A file's name without its folder (an upload's temporary folder, a server path). */
    static String name(String source) {
        String p = source.replace('\\', '/');
        return p.substring(p.lastIndexOf('/') + 1);
    }

    /** {@code GET /logs/errcode?code=...}: the code taken apart, and what the table knows of it. */
    void errorCode(Context ctx) {
        String code = ctx.queryParam("code");
        StringBuilder b = new StringBuilder(SmpPages.assets()).append("<p><a href=\"/logs\">Logs</a></p>\n<form method=\"get\" action=\"/logs/errcode\" "
                + "id=\"errcode-form\"><p class=\"filters\"><label>Code <input name=\"code\" id=\"errcode\" value=\"").append(Html.escape(code))
                .append("\" required></label> <button type=\"submit\" id=\"errcode-submit\">Decode</button></p></form>\n");
        if (code == null || code.isBlank()) {
            b.append("<p class=\"note\">Give a code as hex (0x80070005), decimal (87) or negative decimal (-2147024891).</p>\n");
        } else {
            DecodedCode d = logs.decode(code.strip());
            b.append("<p id=\"errcode-summary\" class=\"").append(d.failure() || d.severity().equals("error") ? "problem" : "banner ok").append("\">")
                    .append(Html.escape(d.summary())).append("</p>\n<p id=\"errcode-explanation\">").append(Html.escape(d.explanation())).append("</p>\n<dl>")
                    .append("<dt>Hex</dt><dd class=\"mono\">").append(Html.escape(d.hex())).append("</dd><dt>Decimal</dt><dd>").append(d.signed())
                    .append(" / ").append(d.unsigned()).append("</dd><dt>Kind</dt><dd>").append(Html.escape(d.kind())).append("</dd><dt>Severity</dt><dd>")
                    .append(Html.escape(d.severity())).append("</dd><dt>Facility</dt><dd>").append(d.facility()).append(" (").append(Html.escape(d.facilityName()))
                    .append(")</dd><dt>Code</dt><dd>").append(d.code()).append("</dd>").append(d.win32() == null ? "" : "<dt>Win32</dt><dd>" + d.win32() + "</dd>")
                    .append("</dl>\n");
            if (!d.meanings().isEmpty()) {
                b.append("<div class=\"scroll\"><table id=\"meanings\"><thead><tr><th>Symbol</th><th>Meaning</th><th>Source</th></tr></thead><tbody>\n");
                for (CodeMeaning m : d.meanings()) {
                    b.append("<tr><td class=\"mono\">").append(Html.escape(m.symbol())).append("</td><td>").append(Html.escape(m.message())).append("</td><td>")
                            .append(Html.escape(m.source())).append("</td></tr>\n");
                }
                b.append("</tbody></table></div>\n");
            }
        }
        layout.page(ctx, Layout.Nav.LOGS, "Error code", b.toString());
    }
}
