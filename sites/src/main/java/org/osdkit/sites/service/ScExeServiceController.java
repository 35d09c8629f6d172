package org.osdkit.sites.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.osdkit.core.ErrorCode;
import org.osdkit.core.OsdkitException;
import org.osdkit.sites.SiteErrors;

/** Controls a Windows service with {@code sc.exe [\\server] stop|start|query <name>}. */
final class ScExeServiceController extends PollingServiceController {

    /** sc.exe's exit code when a stop is sent to a service that is not running (ERROR_SERVICE_NOT_ACTIVE). */
    static final int NOT_ACTIVE = 1062;
    /** ... when a start is sent to a running service (ERROR_SERVICE_ALREADY_RUNNING). */
    static final int ALREADY_RUNNING = 1056;

    private final String server;
    private final String service;

    public ScExeServiceController(ProcessRunner runner, Ticker ticker, String server, String service, Duration timeout, Duration interval) {
        super(runner, ticker, timeout, interval);
        this.server = server == null || server.isBlank() ? null : server.strip().replaceFirst("^\\\\\\\\", "");
        this.service = service;
    }

    List<String> command(String verb) {
        List<String> command = new ArrayList<>(List.of("sc.exe"));
        if (server != null) {
            command.add("\\\\" + server);
        }
        command.add(verb);
        command.add(service);
        return command;
    }

    @Override
    public String description() {
        return "service " + service + (server == null ? " on this machine" : " on \\\\" + server) + " (sc.exe)";
    }

    @Override
    public ServiceState query() {
        ProcessRunner.Result result = run(command("query"), SiteErrors.SERVICE_UNAVAILABLE);
        if (result.exitCode() != 0) {
            throw new OsdkitException(SiteErrors.SERVICE_UNAVAILABLE, "sc.exe could not query " + description() + " (exit code "
                    + result.exitCode() + "): " + firstLines(result.output()) + ".",
                    "Check the server name, that the service exists (1060) and that this account is a local administrator there (5).");
        }
        return ServiceStates.parse(result.output());
    }

    @Override
    void requestStop() {
        send("stop", NOT_ACTIVE, SiteErrors.SERVICE_STOP_FAILED);
    }

    @Override
    void requestStart() {
        send("start", ALREADY_RUNNING, SiteErrors.SERVICE_START_FAILED);
    }

    private void send(String verb, int harmless, ErrorCode failure) {
        ProcessRunner.Result result = run(command(verb), failure);
        if (result.exitCode() != 0 && result.exitCode() != harmless) {
            throw new OsdkitException(failure, "sc.exe " + verb + " of " + description() + " failed (exit code " + result.exitCode() + "): "
                    + firstLines(result.output()) + ".", "Check the service on the site server and smsexec.log.");
        }
    }

    @Override
    public String toString() {
        return description();
    }
}
