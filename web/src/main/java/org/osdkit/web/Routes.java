package org.osdkit.web;

import static org.osdkit.web.ApiRoute.Kind.ASSET;
import static org.osdkit.web.ApiRoute.Kind.HTML;
import static org.osdkit.web.ApiRoute.Kind.JSON;
import static org.osdkit.web.ApiRoute.Kind.PAGED_JSON;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.osdkit.core.OsdkitException;

/**
 * Every route of the dashboard in one table, as method references; the same table registers them with
 * Javalin and describes them in {@code /api/v1/openapi.json}.
 */
final class Routes {

    /** The few read routes, the actions, and the security and problem machinery they need. */
    record Parts(HealthResource health, DriversResource drivers, SitesResource sites, SmpResource smp, LogsResource logs,
                 AuditResource audit, SmpActions smpActions, SitesActions sitesActions, DriversActions driversActions,
                 LogsActions logsActions, SignInPage signIn, ServerFiles files, Guard guard, Problems problems, Layout layout, OverviewResource overview,
                 OverviewPage overviewPage, DriversPages driversPages, SitesPages sitesPages) {
    }

    private final Parts p;
    private final SmpPages smpPages;
    private final LogsPages logsPages;
    private final List<ApiRoute> table;

    Routes(Parts parts) {
        this.p = parts;
        this.smpPages = new SmpPages(parts.smp(), parts.smpActions(), parts.smpActions().acting(), parts.layout());
        this.logsPages = new LogsPages(parts.logs(), parts.logsActions(), parts.files(), parts.layout());
        this.table = build();
    }

    /** Every route, in registration order. */
    List<ApiRoute> table() {
        return table;
    }

    private List<ApiRoute> build() {
        return List.of(
                ApiRoute.get("/", HTML, "The overview page: a tile per domain", p.overviewPage()::page),
                ApiRoute.get("/overview/recent", HTML, "The overview's recent changes (an HTML fragment the page fetches)", p.overviewPage()::recent),
                ApiRoute.get("/drivers", HTML, "Driver packages per model and OS, content status per DP (filters model, os, state; paged)",
                        p.driversPages()::list, "model", "os", "state", "limit", "offset"),
                ApiRoute.get("/drivers/packages/{id}", HTML, "One package: drivers (paged), warnings, DPs, distribute and redistribute",
                        p.driversPages()::packagePage, "limit", "offset"),
                ApiRoute.page("/drivers/packages/{id}/distribute", "Distribute form: the what-if page, or with confirm the result",
                        as(p.driversPages()::distribute), "csrf", "dps", "groups", "confirm"),
                ApiRoute.page("/drivers/packages/{id}/redistribute", "Redistribute form: the what-if page, or with confirm the result",
                        as(p.driversPages()::redistribute), "csrf", "dps", "confirm"),
                ApiRoute.get("/sites", HTML, "The site hierarchy as a tree with its rule problems, recent changes", p.sitesPages()::tree),
                ApiRoute.get("/sites/{code}", HTML, "One site: problems, changes with revert, the description form", p.sitesPages()::site),
                ApiRoute.page("/sites/{code}/description", "Description form: the one-line diff and steps to confirm, or with confirm the change",
                        as(p.sitesPages()::describe), "csrf", "root", "controlFile", "description", "configmgrVersion", "acceptUnsupported", "confirm"),
                ApiRoute.page("/sites/changes/{id}/revert", "Revert form: the what-if to confirm, or with confirm the revert",
                        as(p.sitesPages()::revert), "csrf", "configmgrVersion", "acceptUnsupported", "confirm"),
                ApiRoute.get("/assets/dashboard.css", ASSET, "The pages' style sheet", ctx -> asset(ctx, "dashboard.css", "text/css; charset=utf-8")),
                ApiRoute.get("/assets/pages.js", ASSET, "The pages' script (loading states, fetched parts)", ctx -> asset(ctx, "pages.js", "text/javascript; charset=utf-8")),
                ApiRoute.get("/assets/smp-logs.css", ASSET, "The State migration and Logs pages' style sheet",
                        ctx -> asset(ctx, "smp-logs.css", "text/css; charset=utf-8")),
                ApiRoute.get("/assets/smp.js", ASSET, "The cleanup progress page's script (polls the progress route)",
                        ctx -> asset(ctx, "smp.js", "text/javascript; charset=utf-8")),
                ApiRoute.get("/smp", HTML, "The State migration page: every SMP with its last health check", smpPages::list),
                ApiRoute.get("/smp/{server}", HTML, "An SMP: capacity over time, findings, the cleanup plan, cleanup, holds, journal", smpPages::server),
                ApiRoute.get("/smp/{server}/plan", HTML, "The cleanup plan as a part of the SMP's page (fetched after it: it reads every store)",
                        smpPages::planPart),
                ApiRoute.page("/smp/{server}/cleanup", "The cleanup's what-if page; with confirm it starts the run and shows its progress",
                        smpPages::cleanup, "csrf", "confirm"),
                ApiRoute.get("/smp/{server}/cleanup", HTML, "The current or newest cleanup run store by store (polls while it runs)", smpPages::progress),
                ApiRoute.get("/smp/{server}/runs/{runId}", HTML, "One cleanup run store by store, as journalled", smpPages::run),
                ApiRoute.page("/smp/{server}/holds", "Place a hold from the SMP's page", smpPages::placeHold, "csrf", "target", "reason"),
                ApiRoute.page("/smp/{server}/holds/remove", "Remove a hold from the SMP's page", smpPages::removeHold, "csrf", "target"),
                ApiRoute.get("/logs", HTML, "The Logs page: upload or pick a log, diagnosis runs, error-code lookup", logsPages::home),
                ApiRoute.page("/logs/upload", "Diagnose an uploaded log (multipart field 'log'), then its run's page", logsPages::upload, "csrf", "log"),
                ApiRoute.page("/logs/file", "Diagnose a log inside a root, then its run's page", logsPages::file, "csrf", "root", "path", "recurse"),
                ApiRoute.get("/logs/runs/{id}", HTML, "A run's findings and its timeline (filters, paged; file and line open an evidence line)",
                        logsPages::run, "severity", "component", "file", "text", "from", "back", "limit", "line"),
                ApiRoute.get("/logs/errcode", HTML, "Error-code lookup", logsPages::errorCode, "code"),
                ApiRoute.get("/signin", HTML, "The sign-in form (or who is signed in, with sign-out)", p.signIn()::form),
                ApiRoute.form("/signin", "Sign in with the API token; sets the session cookie", p.signIn()::signIn, "csrf", "token", "name"),
                ApiRoute.form("/signout", "End the session", p.signIn()::signOut, "csrf"),
                ApiRoute.get("/api/v1/openapi.json", JSON, "This description", this::openApi),
                ApiRoute.get("/api/v1/session", JSON, "Who is signed in, the session's CSRF token, read-only mode", p.signIn()::session),
                ApiRoute.get("/api/v1/overview", JSON, "The overview: database, counts, SMP capacity, content status, findings per day, recent changes",
                        p.overview()::get),
                ApiRoute.get("/api/v1/health", JSON, "Up, version, database kind", p.health()::get),
                ApiRoute.get("/api/v1/roots", JSON, "The server folders a client may name files in", this::roots),
                ApiRoute.get("/api/v1/audit", PAGED_JSON, "Recent audit entries, newest first", p.audit()::recent),
                ApiRoute.get("/api/v1/drivers/packages", PAGED_JSON, "Driver package summaries: id, name, model, os, source, sourceVersion,"
                        + " driverCount, updated (osdkit drivers package list); the drivers are on /api/v1/drivers/packages/{id}", p.drivers()::packages),
                ApiRoute.get("/api/v1/drivers/packages/{id}", PAGED_JSON, "One package with its drivers (paged), warnings and DPs (osdkit drivers package show)",
                        p.drivers()::packageDetail),
                ApiRoute.get("/api/v1/drivers/distribution", PAGED_JSON, "Content status per package and DP, paged in package and DP order"
                        + " (package: one package's rows)", p.drivers()::distribution, "package"),
                ApiRoute.mutating("/api/v1/drivers/packages/{id}/distribute", "Distribute a package to DPs or DP groups (what-if unless confirm)",
                        as(p.driversActions()::distribute), "dps", "groups", "confirm"),
                ApiRoute.mutating("/api/v1/drivers/packages/{id}/redistribute", "Bring DPs up to date with the package (osdkit drivers redistribute;"
                        + " what-if unless confirm)", as(p.driversActions()::redistribute), "dps", "confirm"),
                ApiRoute.get("/api/v1/sites", PAGED_JSON, "The site hierarchy with its problems (sites paged)", p.sites()::hierarchy),
                ApiRoute.get("/api/v1/sites/changes", PAGED_JSON, "Description changes, newest first", p.sites()::changes),
                ApiRoute.mutating("/api/v1/sites/description", "Change a site description (what-if unless confirm)", as(p.sitesActions()::setDescription),
                        "root", "controlFile", "site", "description", "acceptUnsupported", "configmgrVersion", "maxLength", "confirm"),
                ApiRoute.mutating("/api/v1/sites/changes/{id}/revert", "Revert a recorded description change (osdkit sites revert; what-if unless confirm)",
                        as(p.sitesActions()::revert), "acceptUnsupported", "configmgrVersion", "confirm"),
                ApiRoute.get("/api/v1/smp/health", PAGED_JSON, "The last stored health check per SMP", p.smp()::health),
                ApiRoute.get("/api/v1/smp/holds", PAGED_JSON, "Holds with what each covers", as(p.smpActions()::holds)),
                ApiRoute.mutating("/api/v1/smp/holds", "Place a hold", as(p.smpActions()::placeHold), "target", "reason", "server"),
                ApiRoute.mutating("/api/v1/smp/holds/remove", "Remove a hold", as(p.smpActions()::removeHold), "target"),
                ApiRoute.get("/api/v1/smp/{server}/plan", PAGED_JSON, "The cleanup plan (items paged); changes nothing", as(p.smpActions()::plan)),
                ApiRoute.mutating("/api/v1/smp/{server}/cleanup", "Run the cleanup (what-if plan unless confirm)", as(p.smpActions()::cleanup), "confirm"),
                ApiRoute.get("/api/v1/smp/{server}/capacity", JSON, "Capacity per storage folder over the newest kept health checks, oldest first",
                        p.smp()::capacity, "checks"),
                ApiRoute.get("/api/v1/smp/{server}/runs", PAGED_JSON, "The SMP's cleanup runs, newest first (osdkit smp journal)", p.smp()::runs),
                ApiRoute.get("/api/v1/smp/{server}/runs/{runId}", PAGED_JSON, "One cleanup run store by store as journalled (steps paged)", p.smp()::run),
                ApiRoute.mutating("/api/v1/smp/{server}/cleanup/start", "Start the cleanup in the server, answering at once (what-if plan unless "
                        + "confirm); follow it at /cleanup/progress", as(p.smpActions()::start), "confirm"),
                ApiRoute.get("/api/v1/smp/{server}/cleanup/progress", PAGED_JSON, "The current or newest cleanup run store by store, with the job "
                        + "that started it (steps paged)", as(p.smpActions()::progress)),
                ApiRoute.get("/api/v1/logs/diagnoses", PAGED_JSON, "Diagnosis runs, newest first", p.logs()::diagnoses),
                ApiRoute.get("/api/v1/logs/diagnoses/{id}", PAGED_JSON, "One run with its findings (findings paged)", p.logs()::diagnosis),
                ApiRoute.mutating("/api/v1/logs/diagnoses/upload", "Diagnose an uploaded log (multipart field 'log')", as(p.logsActions()::upload), "log"),
                ApiRoute.mutating("/api/v1/logs/diagnoses/file", "Diagnose a log inside a root", as(p.logsActions()::file), "root", "path", "recurse"),
                ApiRoute.get("/api/v1/logs/diagnoses/{id}/timeline", JSON, "A page of the run's kept records, merged by time, with filters; "
                        + "file and line open it at an evidence line", p.logs()::timeline, "severity", "component", "file", "text", "from", "back", "limit", "line"),
                ApiRoute.get("/api/v1/logs/errcode/{code}", JSON, "Decode an error code", p.logs()::errorCode));
    }

    void register(RoutesConfig routes) {
        routes.before(p.guard()::before);
        routes.beforeMatched(p.guard()::beforeMatched);
        for (ApiRoute r : table) {
            routes.addHttpHandler(r.method(), r.path(), r.handler(), r.access());
        }
        routes.exception(OsdkitException.class, p.problems()::osdkit);
        routes.exception(HttpResponseException.class, p.problems()::http);
        routes.exception(Exception.class, p.problems()::unexpected);
        routes.error(404, p.problems()::notFound);
    }

    /** A handler that hands the caller (null when anonymous; a mutating route has one) to an action. */
    private static Handler as(BiConsumer<Context, Principal> action) {
        return ctx -> action.accept(ctx, Principal.of(ctx).orElse(null));
    }

    private void openApi(Context ctx) {
        Responses.json(ctx, OpenApi.document(table));
    }

    private void roots(Context ctx) {
        Map<String, String> roots = new LinkedHashMap<>();
        p.files().roots().forEach((name, folder) -> roots.put(name, folder.toString()));
        Responses.json(ctx, roots);
    }

    private static void asset(Context ctx, String name, String contentType) {
        try (InputStream in = Routes.class.getResourceAsStream("assets/" + name)) {
            if (in == null) {
                throw new IllegalStateException("dashboard asset missing from the build: " + name);
            }
            ctx.contentType(contentType).result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
