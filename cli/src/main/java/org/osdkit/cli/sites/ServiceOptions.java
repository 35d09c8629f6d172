package org.osdkit.cli.sites;

import java.time.Duration;
import org.osdkit.sites.service.ServiceController;
import org.osdkit.sites.service.ServiceControllers;
import picocli.CommandLine.Option;

/** How to stop and start SMS_EXECUTIVE: sc.exe (Windows, default) or three admin-supplied commands. */
final class ServiceOptions {

    @Option(names = "--service-stop", paramLabel = "<command>", description = "Command that stops SMS_EXECUTIVE (with --service-start and --service-query; run by the shell).")
    String stop;

    @Option(names = "--service-start", paramLabel = "<command>", description = "Command that starts SMS_EXECUTIVE.")
    String start;

    @Option(names = "--service-query", paramLabel = "<command>", description = "Command that prints the service state (RUNNING, STOPPED, STOP_PENDING ...).")
    String query;

    @Option(names = "--site-server", paramLabel = "<name>", description = "Site server for sc.exe (default: this machine).")
    String siteServer;

    @Option(names = "--service-name", paramLabel = "<name>", description = "Service to stop and start (default: ${DEFAULT-VALUE}).")
    String serviceName = ServiceControllers.SMS_EXECUTIVE;

    @Option(names = "--service-timeout", paramLabel = "<seconds>", description = "How long to wait for the service to stop or start (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds = ServiceControllers.DEFAULT_TIMEOUT.toSeconds();

    ServiceController controller() {
        Duration timeout = Duration.ofSeconds(Math.max(1, timeoutSeconds));
        if (stop != null || start != null || query != null) {
            return ServiceControllers.commands(stop, start, query, timeout);
        }
        return ServiceControllers.windows(siteServer, serviceName, timeout);
    }
}
