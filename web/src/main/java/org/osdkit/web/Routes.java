package org.osdkit.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.osdkit.core.OsdkitException;

/** Every route of the dashboard in one place, as method references. */
final class Routes {

    private final HealthResource health;
    private final DriversResource drivers;
    private final SitesResource sites;
    private final SmpResource smp;
    private final LogsResource logs;
    private final AuditResource audit;
    private final Problems problems;

    @Inject
    Routes(HealthResource health, DriversResource drivers, SitesResource sites, SmpResource smp, LogsResource logs, AuditResource audit,
           Problems problems) {
        this.health = health;
        this.drivers = drivers;
        this.sites = sites;
        this.smp = smp;
        this.logs = logs;
        this.audit = audit;
        this.problems = problems;
    }

    void register(RoutesConfig routes) {
        routes.get("/", ctx -> asset(ctx, "index.html", "text/html; charset=utf-8"));
        routes.get("/assets/dashboard.js", ctx -> asset(ctx, "dashboard.js", "text/javascript; charset=utf-8"));
        routes.get("/api/v1/health", health::get);
        routes.get("/api/v1/audit", audit::recent);
        routes.get("/api/v1/drivers/packages", drivers::packages);
        routes.get("/api/v1/drivers/distribution", drivers::distribution);
        routes.get("/api/v1/sites", sites::hierarchy);
        routes.get("/api/v1/sites/changes", sites::changes);
        routes.get("/api/v1/smp/health", smp::health);
        routes.get("/api/v1/logs/diagnoses", logs::diagnoses);
        routes.get("/api/v1/logs/diagnoses/{id}", logs::diagnosis);
        routes.get("/api/v1/logs/errcode/{code}", logs::errorCode);
        routes.exception(OsdkitException.class, problems::osdkit);
        routes.exception(Exception.class, problems::unexpected);
        routes.error(404, "", problems::notFound);
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
