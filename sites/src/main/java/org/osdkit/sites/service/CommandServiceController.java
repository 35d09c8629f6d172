package org.osdkit.sites.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.osdkit.core.ErrorCode;
import org.osdkit.core.OsdkitException;
import org.osdkit.sites.SiteErrors;

/**
 * Controls the service with commands an administrator supplies (PowerShell remoting, ssh, a
 * management agent ...), each run through the shell; the query command's output names the state.
 */
final class CommandServiceController extends PollingServiceController {

    private final List<String> shell;
    private final String stop;
    private final String start;
    private final String query;

    public CommandServiceController(ProcessRunner runner, Ticker ticker, List<String> shell, String stop, String start, String query,
                                    Duration timeout, Duration interval) {
        super(runner, ticker, timeout, interval);
        this.shell = List.copyOf(shell);
        this.stop = required(stop, "stop");
        this.start = required(start, "start");
        this.query = required(query, "query");
    }

    private static String required(String command, String what) {
        if (command == null || command.isBlank()) {
            throw new OsdkitException(SiteErrors.SERVICE_UNAVAILABLE, "The service " + what + " command is missing.",
                    "Give all three of --service-stop, --service-start and --service-query.");
        }
        return command;
    }

    @Override
    public String description() {
        return "the service (admin commands; query: \"" + query + "\")";
    }

    @Override
    public ServiceState query() {
        ProcessRunner.Result result = run(withShell(query), SiteErrors.SERVICE_UNAVAILABLE);
        if (result.exitCode() != 0) {
            throw new OsdkitException(SiteErrors.SERVICE_UNAVAILABLE, "The query command \"" + query + "\" failed (exit code " + result.exitCode()
                    + "): " + firstLines(result.output()) + ".", "Run it by hand and check that it prints the service state.");
        }
        ServiceState state = ServiceStates.parse(result.output());
        if (state == ServiceState.UNKNOWN) {
            throw new OsdkitException(SiteErrors.SERVICE_UNAVAILABLE, "The query command \"" + query + "\" printed no service state: \""
                    + firstLines(result.output()) + "\".", "It must print RUNNING, STOPPED, STOP_PENDING ... as sc query or Get-Service do.");
        }
        return state;
    }

    @Override
    void requestStop() {
        send(stop, SiteErrors.SERVICE_STOP_FAILED);
    }

    @Override
    void requestStart() {
        send(start, SiteErrors.SERVICE_START_FAILED);
    }

    private void send(String command, ErrorCode failure) {
        ProcessRunner.Result result = run(withShell(command), failure);
        if (result.exitCode() != 0) {
            throw new OsdkitException(failure, "The command \"" + command + "\" failed (exit code " + result.exitCode() + "): "
                    + firstLines(result.output()) + ".", "Run it by hand to see why.");
        }
    }

    private List<String> withShell(String command) {
        List<String> full = new ArrayList<>(shell);
        full.add(command);
        return full;
    }

    @Override
    public String toString() {
        return description();
    }
}
