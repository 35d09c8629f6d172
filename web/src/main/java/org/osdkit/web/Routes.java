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
    private final Problems problems;

    @Inject
    Routes(HealthResource health, Problems problems) {
        this.health = health;
        this.problems = problems;
    }

    void register(RoutesConfig routes) {
        routes.get("/", ctx -> asset(ctx, "index.html", "text/html; charset=utf-8"));
        routes.get("/assets/dashboard.js", ctx -> asset(ctx, "dashboard.js", "text/javascript; charset=utf-8"));
        routes.get("/api/v1/health", health::get);
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
