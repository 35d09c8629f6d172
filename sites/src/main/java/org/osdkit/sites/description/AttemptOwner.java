package org.osdkit.sites.description;

import java.time.Instant;
import java.util.Objects;

/**
 * Who runs a description change attempt, so a later run can tell an attempt that is still going from
 * one whose process died.
 *
 * @param host           the machine's name
 * @param pid            the process id there
 * @param processStarted when that process started ({@code null} when the platform does not say): tells a reused pid apart
 * @param run            a random id of the one run inside that process (one JVM may run several commands)
 */
public record AttemptOwner(String host, long pid, Instant processStarted, String run) {

    public AttemptOwner {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(run, "run");
    }

    @Override
    public String toString() {
        return "process " + pid + " on " + host;
    }
}
