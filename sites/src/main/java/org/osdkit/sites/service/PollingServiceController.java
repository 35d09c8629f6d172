package org.osdkit.sites.service;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.osdkit.core.ErrorCode;
import org.osdkit.core.OsdkitException;
import org.osdkit.sites.SiteErrors;

/**
 * What both process-based adapters share: send the stop or start command, then ask for the state
 * until it is reached or the timeout passes. A stop or start command only asks; the state is what counts.
 */
abstract class PollingServiceController implements ServiceController {

    /** How long one stop, start or query command may run before it is killed. */
    static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);

    private final ProcessRunner runner;
    private final Ticker ticker;
    private final Duration timeout;
    private final Duration interval;

    PollingServiceController(ProcessRunner runner, Ticker ticker, Duration timeout, Duration interval) {
        this.runner = runner;
        this.ticker = ticker;
        this.timeout = timeout;
        this.interval = interval;
    }

    /** Sends the stop request; returns normally when it was accepted or the service was already stopped. */
    abstract void requestStop();

    abstract void requestStart();

    @Override
    public void stop() {
        if (query() == ServiceState.STOPPED) {
            return;
        }
        requestStop();
        await(ServiceState.STOPPED, SiteErrors.SERVICE_STOP_FAILED, "stop");
    }

    @Override
    public void start() {
        if (query() == ServiceState.RUNNING) {
            return;
        }
        requestStart();
        await(ServiceState.RUNNING, SiteErrors.SERVICE_START_FAILED, "start");
    }

    private void await(ServiceState wanted, ErrorCode failure, String verb) {
        long deadline = ticker.nanos() + timeout.toNanos();
        ServiceState state = query();
        while (state != wanted) {
            if (ticker.nanos() - deadline >= 0) {
                throw new OsdkitException(failure, description() + " did not " + verb + " within " + timeout.toSeconds()
                        + " s (last state " + state + ").", "Check the service on the site server (sc query, smsexec.log).");
            }
            ticker.pause(interval);
            state = query();
        }
    }

    ProcessRunner.Result run(List<String> command, ErrorCode failure) {
        try {
            ProcessRunner.Result result = runner.run(command, COMMAND_TIMEOUT);
            if (result.timedOut()) {
                throw new OsdkitException(failure, "\"" + String.join(" ", command) + "\" did not finish within " + COMMAND_TIMEOUT.toSeconds() + " s.",
                        "Check that the site server answers.");
            }
            return result;
        } catch (IOException e) {
            throw new OsdkitException(SiteErrors.SERVICE_UNAVAILABLE, "Cannot run \"" + command.get(0) + "\": " + e.getMessage() + ".",
                    "sc.exe exists only on Windows; elsewhere give --service-stop, --service-start and --service-query commands.", e);
        }
    }

    static String firstLines(String output) {
        String text = output.strip().replaceAll("\\s*\\R\\s*", " | ");
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
