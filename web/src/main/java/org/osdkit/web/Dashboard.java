package org.osdkit.web;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.osdkit.core.CoreSettings;
import org.osdkit.core.OpenResources;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.audit.AuditJournal;
import org.osdkit.core.guice.CoreModule;
import org.osdkit.core.storage.Database;
import org.osdkit.drivers.guice.DriversModule;
import org.osdkit.logs.guice.LogsModule;
import org.osdkit.sites.guice.SitesModule;
import org.osdkit.statemigration.guice.StateMigrationModule;

/**
 * The running dashboard. A composition root: it builds its own injector from core and the four
 * domain modules, so the CLI only says where to listen and what to allow.
 */
public final class Dashboard implements AutoCloseable {

    /** Loopback only unless the admin asks otherwise. */
    public static final String DEFAULT_BIND = DashboardOptions.DEFAULT_BIND;
    public static final int DEFAULT_PORT = DashboardOptions.DEFAULT_PORT;

    private final Javalin app;
    private final OpenResources resources;
    private final String bind;
    private final String newToken;
    private final List<String> registered;
    private final List<String> mutating;

    private Dashboard(Javalin app, OpenResources resources, String bind, String newToken, List<String> registered, List<String> mutating) {
        this.app = app;
        this.resources = resources;
        this.bind = bind;
        this.newToken = newToken;
        this.registered = registered;
        this.mutating = mutating;
    }

    /** With the default options on {@code bind} and {@code port}. */
    public static Dashboard start(CoreSettings settings, String bind, int port) {
        return start(settings, DashboardOptions.defaults().withBind(bind).withPort(port));
    }

    /**
     * Opens the database (so a wrong URL fails here, not at the first request), makes the workspace's API
     * token when it has none (see {@link #newToken()}) and starts listening.
     */
    public static Dashboard start(CoreSettings settings, DashboardOptions options) {
        Injector injector = Guice.createInjector(modules(settings));
        OpenResources resources = injector.getInstance(OpenResources.class);
        try {
            injector.getInstance(Database.class);
            ApiToken token = ApiToken.in(settings.workspace());
            Optional<String> created = token.createIfMissing();
            Routes routes = new Routes(parts(injector, settings, options, token));
            List<String> registered = Collections.synchronizedList(new ArrayList<>());
            List<String> mutating = Collections.synchronizedList(new ArrayList<>());
            Javalin app = Javalin.create(config -> {
                config.startup.showJavalinBanner = false;
                config.jetty.host = options.bind();
                config.jetty.port = options.port();
                config.jsonMapper(injector.getInstance(io.javalin.json.JsonMapper.class));
                // Uploads stream to disk above 1 MB; bigger than the limit is refused before the route runs.
                config.jetty.multipartConfig.maxFileSize(options.maxUploadBytes(), SizeUnit.BYTES);
                config.jetty.multipartConfig.maxTotalRequestSize(options.maxUploadBytes() + 64 * 1024, SizeUnit.BYTES);
                config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
                config.events.handlerAdded(h -> {
                    if (!h.getHttpMethod().isHttpMethod()) {
                        return; // the guard's before-handlers
                    }
                    registered.add(h.getHttpMethod().name() + " " + h.getPath());
                    if (h.getRoles().contains(Access.MUTATING)) {
                        mutating.add(h.getPath());
                    }
                });
                routes.register(config.routes);
            });
            app.start();
            return new Dashboard(app, resources, options.bind(), created.orElse(null), List.copyOf(registered), List.copyOf(mutating));
        } catch (RuntimeException e) {
            resources.close();
            throw OsdkitException.in(e).map(RuntimeException.class::cast).orElse(e);
        }
    }

    private static Routes.Parts parts(Injector injector, CoreSettings settings, DashboardOptions options, ApiToken token) {
        Clock clock = injector.getInstance(Clock.class);
        AuditJournal audit = injector.getInstance(AuditJournal.class);
        Sessions sessions = new Sessions(clock);
        ServerFiles files = new ServerFiles(options.roots());
        ActingAs acting = new ActingAs(injector);
        Path uploads = settings.workspace().resolve("web-uploads");
        Layout layout = new Layout(options.readOnly());
        sweep(uploads);
        DriversResource drivers = injector.getInstance(DriversResource.class);
        SitesResource sites = injector.getInstance(SitesResource.class);
        OverviewResource overview = injector.getInstance(OverviewResource.class);
        SitesActions sitesActions = new SitesActions(acting, files, options.siteService());
        DriversActions driversActions = new DriversActions(acting);
        return new Routes.Parts(injector.getInstance(HealthResource.class), drivers,
                sites, injector.getInstance(SmpResource.class), injector.getInstance(LogsResource.class),
                injector.getInstance(AuditResource.class), new SmpActions(acting), sitesActions,
                driversActions, new LogsActions(acting, files, uploads, options.maxUploadBytes(), audit, clock),
                new SignInPage(token, sessions, audit, clock, options.readOnly()), files,
                new Guard(new HostAllowlist(options.bind(), options.allowedHosts()), token, sessions, options.readOnly()), new Problems(layout), layout,
                overview, new OverviewPage(overview, layout), new DriversPages(drivers, driversActions, layout),
                new SitesPages(sites, sitesActions, files, layout));
    }

    /** Uploads left by a killed dashboard: each is diagnosed and deleted within its request, so none is still needed. */
    private static void sweep(Path uploads) {
        if (!Files.isDirectory(uploads)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(uploads)) {
            walk.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(uploads)).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // tried again at the next start
        }
    }

    static List<Module> modules(CoreSettings settings) {
        return List.of(new CoreModule(settings), new DriversModule(), new SitesModule(), new StateMigrationModule(),
                new LogsModule(), new WebModule());
    }

    public int port() {
        return app.port();
    }

    /** The API token this start made (the workspace had none): to be shown once. Empty when the workspace already had one. */
    public Optional<String> newToken() {
        return Optional.ofNullable(newToken);
    }

    /** Every route Javalin registered, as "METHOD path". */
    List<String> registeredRoutes() {
        return registered;
    }

    /** The paths of the routes Javalin registered as mutating. */
    List<String> mutatingRoutes() {
        return mutating;
    }

    /** The address to open in a browser. */
    public String url() {
        String host = bind.contains(":") ? "[" + bind + "]" : bind;
        return "http://" + ("0.0.0.0".equals(bind) || "::".equals(bind) ? "127.0.0.1" : host) + ":" + port() + "/";
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
