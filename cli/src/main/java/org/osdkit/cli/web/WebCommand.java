package org.osdkit.cli.web;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.osdkit.cli.command.ExitCodes;
import org.osdkit.cli.command.LeafCommand;
import org.osdkit.web.Dashboard;
import org.osdkit.web.DashboardOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code osdkit web}: serves the dashboard until the process is stopped. */
@Command(name = "web", mixinStandardHelpOptions = true, subcommands = WebTokenCommand.class,
        description = {"Start the dashboard (JSON API under /api/v1, OpenAPI at /api/v1/openapi.json, HTML pages). Stop with Ctrl+C.",
            "Reading needs no sign-in; every change needs the workspace's API token (made and printed once at the first start;",
            "'osdkit web token --rotate' makes a new one): as 'Authorization: Bearer <token>' or by signing in at /signin.",
            "Answers only to the loopback names, the bound address and --allowed-host names."})
public final class WebCommand extends LeafCommand {

    @Option(names = "--bind", paramLabel = "<address>", description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String bind = DashboardOptions.DEFAULT_BIND;

    @Option(names = "--port", paramLabel = "<port>", description = "Port to listen on, 0 for any free port (default: ${DEFAULT-VALUE}).")
    int port = DashboardOptions.DEFAULT_PORT;

    @Option(names = "--read-only", description = "Refuse every change (distribute, description change, cleanup, holds, diagnose).")
    boolean readOnly;

    @Option(names = "--allowed-host", paramLabel = "<name>", description = "A host name browsers use to reach the dashboard (repeatable), e.g. osdkit.corp.example.")
    List<String> allowedHosts = new ArrayList<>();

    @Option(names = "--root", paramLabel = "<name>=<folder>", description = {"A server folder clients may name files in (repeatable):",
        "logs to diagnose, site control files. Clients give the name and a path inside it."})
    Map<String, Path> roots = new LinkedHashMap<>();

    @Option(names = "--max-upload-mb", paramLabel = "<MB>", description = "Largest log upload accepted (default: ${DEFAULT-VALUE}).")
    long maxUploadMb = DashboardOptions.DEFAULT_MAX_UPLOAD_BYTES / (1024 * 1024);

    @Option(names = "--site-service-stop", paramLabel = "<command>",
            description = "Command that stops SMS_EXECUTIVE for a description change (with --site-service-start and --site-service-query; default: sc.exe).")
    String serviceStop;

    @Option(names = "--site-service-start", paramLabel = "<command>", description = "Command that starts SMS_EXECUTIVE.")
    String serviceStart;

    @Option(names = "--site-service-query", paramLabel = "<command>", description = "Command that prints SMS_EXECUTIVE's state.")
    String serviceQuery;

    @Override
    protected int execute() throws InterruptedException {
        Dashboard dashboard = Dashboard.start(app().settings(), options());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dashboard.close();
            stopped.countDown();
        }, "osdkit-web-shutdown"));
        printer().info("osdkit dashboard listening on " + dashboard.url() + " (Ctrl+C to stop)");
        dashboard.newToken().ifPresent(token -> {
            printer().info("API token (shown this once; sign in with it at " + dashboard.url() + "signin): " + token);
            printer().info("Lost it? 'osdkit web token --rotate' makes a new one.");
        });
        if (!"127.0.0.1".equals(bind) && !"localhost".equals(bind) && !"::1".equals(bind)) {
            printer().warn("listening on " + bind + ": other machines can read the dashboard; changes need the API token."
                    + (allowedHosts.isEmpty() ? " Add --allowed-host <name> for the name browsers use." : ""));
        }
        if (readOnly) {
            printer().info("Read-only: every change is refused.");
        }
        stopped.await();
        return ExitCodes.OK;
    }

    private DashboardOptions options() {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, was " + port);
        }
        if (maxUploadMb < 1 || maxUploadMb > 100_000) {
            throw new ParameterException(spec.commandLine(), "--max-upload-mb must be between 1 and 100000, was " + maxUploadMb);
        }
        DashboardOptions o = DashboardOptions.defaults().withBind(bind).withPort(port).withReadOnly(readOnly)
                .withMaxUploadBytes(maxUploadMb * 1024 * 1024);
        for (String h : allowedHosts) {
            if (h.isBlank() || h.contains("/") || h.contains(" ")) {
                throw new ParameterException(spec.commandLine(), "--allowed-host takes a host name, was \"" + h + "\"");
            }
            o = o.withAllowedHost(h);
        }
        for (var root : roots.entrySet()) {
            if (root.getKey().isBlank() || !java.nio.file.Files.isDirectory(root.getValue())) {
                throw new ParameterException(spec.commandLine(), "--root " + root.getKey() + "=" + root.getValue() + ": not a folder");
            }
            o = o.withRoot(root.getKey(), root.getValue().toAbsolutePath());
        }
        boolean anyService = serviceStop != null || serviceStart != null || serviceQuery != null;
        if (anyService && (serviceStop == null || serviceStart == null || serviceQuery == null)) {
            throw new ParameterException(spec.commandLine(), "--site-service-stop, --site-service-start and --site-service-query go together");
        }
        if (anyService) {
            o = o.withSiteServiceCommands(serviceStop, serviceStart, serviceQuery, Duration.ofMinutes(3));
        }
        return o;
    }
}
