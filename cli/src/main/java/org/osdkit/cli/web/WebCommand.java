package org.osdkit.cli.web;

import java.util.concurrent.CountDownLatch;
import org.osdkit.cli.command.ExitCodes;
import org.osdkit.cli.command.LeafCommand;
import org.osdkit.web.Dashboard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code osdkit web}: serves the dashboard until the process is stopped. */
@Command(name = "web", mixinStandardHelpOptions = true,
        description = "Start the dashboard (JSON API under /api/v1 and HTML pages). Stop with Ctrl+C.")
public final class WebCommand extends LeafCommand {

    @Option(names = "--bind", paramLabel = "<address>", description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String bind = Dashboard.DEFAULT_BIND;

    @Option(names = "--port", paramLabel = "<port>", description = "Port to listen on, 0 for any free port (default: ${DEFAULT-VALUE}).")
    int port = Dashboard.DEFAULT_PORT;

    @Override
    protected int execute() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535, was " + port);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Dashboard dashboard = Dashboard.start(app().settings(), bind, port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dashboard.close();
            stopped.countDown();
        }, "osdkit-web-shutdown"));
        printer().info("osdkit dashboard listening on " + dashboard.url() + " (Ctrl+C to stop)");
        if (!"127.0.0.1".equals(bind) && !"localhost".equals(bind) && !"::1".equals(bind)) {
            printer().warn("the dashboard has no sign-in yet; listening on " + bind + " lets other machines read it.");
        }
        stopped.await();
        return ExitCodes.OK;
    }
}
