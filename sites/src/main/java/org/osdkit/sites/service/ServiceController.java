package org.osdkit.sites.service;

import org.osdkit.sites.SiteErrors;

/**
 * The port through which osdkit stops and starts the SMS Executive service around a site control
 * file edit. {@link #stop()} and {@link #start()} return only once the service has reached the state,
 * and fail with {@link SiteErrors#SERVICE_STOP_FAILED} / {@link SiteErrors#SERVICE_START_FAILED}
 * otherwise. Adapters: {@link ServiceControllers}.
 */
public interface ServiceController {

    /** What this controller acts on, for messages and the what-if plan, e.g. {@code sc.exe \\SE1SRV01 SMS_EXECUTIVE}. */
    String description();

    /** The service's current state; fails with {@link SiteErrors#SERVICE_UNAVAILABLE} when it cannot be asked. */
    ServiceState query();

    /** Stops the service and waits until it is stopped; a stopped service stays stopped. */
    void stop();

    /** Starts the service and waits until it runs; a running service keeps running. */
    void start();
}
