package org.osdkit.sites.service;

import java.time.Duration;

/** A ticker that moves only when the code under test pauses: polling loops run without sleeping. */
final class ManualTicker implements Ticker {

    private long nanos;
    private int pauses;

    @Override
    public long nanos() {
        return nanos;
    }

    @Override
    public void pause(Duration duration) {
        pauses++;
        nanos += duration.toNanos();
    }

    int pauses() {
        return pauses;
    }

    Duration elapsed() {
        return Duration.ofNanos(nanos);
    }
}
