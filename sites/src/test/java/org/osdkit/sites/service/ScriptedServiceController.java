package org.osdkit.sites.service;

import java.util.ArrayList;
import java.util.List;
import org.osdkit.core.OsdkitException;
import org.osdkit.sites.SiteErrors;

/**
 * The test double of the service-controller port: a service in memory that can be told to fail its
 * stop, its start (once or always) or its query, and to run an action while it stops (a site
 * component writing the file at that moment) or starts.
 */
public final class ScriptedServiceController implements ServiceController {

    private ServiceState state = ServiceState.RUNNING;
    private boolean failStop;
    private int failStarts;
    private boolean failQuery;
    private Runnable whileStopping = () -> { };
    private Runnable whileStarting = () -> { };
    private final List<String> calls = new ArrayList<>();

    public ScriptedServiceController failStop() {
        failStop = true;
        return this;
    }

    /** The next {@code times} starts fail; later ones work. */
    public ScriptedServiceController failStart(int times) {
        failStarts = times;
        return this;
    }

    public ScriptedServiceController failQuery() {
        failQuery = true;
        return this;
    }

    public ScriptedServiceController whileStopping(Runnable action) {
        whileStopping = action;
        return this;
    }

    /** Runs {@code action} at the start of every start, before it takes effect (tests throw from it to play a killed process). */
    public ScriptedServiceController whileStarting(Runnable action) {
        whileStarting = action;
        return this;
    }

    public ScriptedServiceController stopped() {
        state = ServiceState.STOPPED;
        return this;
    }

    public List<String> calls() {
        return calls;
    }

    public ServiceState state() {
        return state;
    }

    @Override
    public String description() {
        return "scripted SMS_EXECUTIVE";
    }

    @Override
    public ServiceState query() {
        calls.add("query");
        if (failQuery) {
            throw new OsdkitException(SiteErrors.SERVICE_UNAVAILABLE, "scripted: query refused");
        }
        return state;
    }

    @Override
    public void stop() {
        calls.add("stop");
        if (failStop) {
            throw new OsdkitException(SiteErrors.SERVICE_STOP_FAILED, "scripted: the service refused to stop");
        }
        whileStopping.run();
        state = ServiceState.STOPPED;
    }

    @Override
    public void start() {
        calls.add("start");
        whileStarting.run();
        if (failStarts > 0) {
            failStarts--;
            throw new OsdkitException(SiteErrors.SERVICE_START_FAILED, "scripted: the service refused to start");
        }
        state = ServiceState.RUNNING;
    }
}
