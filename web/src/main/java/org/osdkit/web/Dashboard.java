package org.osdkit.web;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import io.javalin.Javalin;
import java.util.List;
import org.osdkit.core.CoreSettings;
import org.osdkit.core.OpenResources;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.guice.CoreModule;
import org.osdkit.core.storage.Database;
import org.osdkit.drivers.guice.DriversModule;
import org.osdkit.logs.guice.LogsModule;
import org.osdkit.sites.guice.SitesModule;
import org.osdkit.statemigration.guice.StateMigrationModule;

/**
 * The running dashboard. A composition root: it builds its own injector from core and the four
 * domain modules, so the CLI only says where to listen.
 */
public final class Dashboard implements AutoCloseable {

    /** Loopback only unless the admin asks otherwise: the dashboard has no authentication yet. */
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;

    private final Javalin app;
    private final OpenResources resources;
    private final String bind;

    private Dashboard(Javalin app, OpenResources resources, String bind) {
        this.app = app;
        this.resources = resources;
        this.bind = bind;
    }

    /**
     * Opens the database (so a wrong URL fails here, not at the first request) and starts listening.
     *
     * @param port 0 picks a free port, see {@link #port()}
     */
    public static Dashboard start(CoreSettings settings, String bind, int port) {
        Injector injector = Guice.createInjector(modules(settings));
        OpenResources resources = injector.getInstance(OpenResources.class);
        try {
            injector.getInstance(Database.class);
            Routes routes = injector.getInstance(Routes.class);
            Javalin app = Javalin.create(config -> {
                config.startup.showJavalinBanner = false;
                config.jetty.host = bind;
                config.jetty.port = port;
                config.jsonMapper(injector.getInstance(io.javalin.json.JsonMapper.class));
                routes.register(config.routes);
            });
            app.start();
            return new Dashboard(app, resources, bind);
        } catch (RuntimeException e) {
            resources.close();
            throw OsdkitException.in(e).map(RuntimeException.class::cast).orElse(e);
        }
    }

    static List<Module> modules(CoreSettings settings) {
        return List.of(new CoreModule(settings), new DriversModule(), new SitesModule(), new StateMigrationModule(),
                new LogsModule(), new WebModule());
    }

    public int port() {
        return app.port();
    }

    /** The address to open in a browser. */
    public String url() {
        String host = bind.contains(":") ? "[" + bind + "]" : bind;
        return "http://" + ("0.0.0.0".equals(bind) ? "127.0.0.1" : host) + ":" + port() + "/";
    }

    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            resources.close();
        }
    }
}
