package org.osdkit.sites.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What every service controller adapter must do; one subclass per adapter supplies a running service. */
public abstract class ServiceControllerContract {

    /** A controller for a service that is running now. */
    protected abstract ServiceController runningService();

    @Test
    void reportsARunningServiceAsRunning() {
        assertEquals(ServiceState.RUNNING, runningService().query());
    }

    @Test
    void stopReturnsOnceTheServiceIsStopped() {
        ServiceController service = runningService();
        service.stop();
        assertEquals(ServiceState.STOPPED, service.query());
    }

    @Test
    void startAfterStopRunsTheServiceAgain() {
        ServiceController service = runningService();
        service.stop();
        service.start();
        assertEquals(ServiceState.RUNNING, service.query());
    }

    @Test
    void stoppingAStoppedServiceIsHarmless() {
        ServiceController service = runningService();
        service.stop();
        service.stop();
        assertEquals(ServiceState.STOPPED, service.query());
    }

    @Test
    void startingARunningServiceIsHarmless() {
        ServiceController service = runningService();
        service.start();
        assertEquals(ServiceState.RUNNING, service.query());
    }

    @Test
    void describesWhatItControls() {
        assertEquals(false, runningService().description().isBlank());
    }
}
