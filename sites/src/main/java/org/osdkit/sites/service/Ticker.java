package org.osdkit.sites.service;

import java.time.Duration;

/** Time for polling loops: real time in production, a hand-moved clock in tests (no sleeping tests). */
interface Ticker {

    long nanos();

    void pause(Duration duration);

    static Ticker system() {
        return new Ticker() {
            @Override
            public long nanos() {
                return System.nanoTime();
            }

            @Override
            public void pause(Duration duration) {
                try {
                    Thread.sleep(duration.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the service", e);
                }
            }
        };
    }
}
