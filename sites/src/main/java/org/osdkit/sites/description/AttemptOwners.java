package org.osdkit.sites.description;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells whether the process behind an unfinished attempt may still be working on it, so recovery never
 * starts a service or restores a file under a change that is still going. On this machine the process
 * table answers; for another machine only the time since the attempt last moved on can.
 */
final class AttemptOwners {

    /**
     * An attempt from another machine that has not moved on for this long is taken as abandoned. Longer
     * than one stop or start with the default service timeout (3 min) plus the start retries.
     */
    static final Duration OTHER_HOST_QUIET = Duration.ofMinutes(15);

    private static final Set<String> RUNNING_HERE = ConcurrentHashMap.newKeySet();
    private static final String HOST = hostName();
    private static final ProcessHandle SELF = ProcessHandle.current();

    private AttemptOwners() {
    }

    /** A new owner for one run in this process; {@link #finished} it when the run ends, however it ends. */
    static AttemptOwner startRun() {
        AttemptOwner owner = new AttemptOwner(HOST, SELF.pid(), SELF.info().startInstant().orElse(null), UUID.randomUUID().toString());
        RUNNING_HERE.add(owner.run());
        return owner;
    }

    static void finished(AttemptOwner owner) {
        RUNNING_HERE.remove(owner.run());
    }

    /** Why the attempt's process may still be running it, or empty when it is gone and the attempt is safe to recover. */
    static Optional<String> stillRunning(ChangeAttempt attempt, Instant now) {
        AttemptOwner owner = attempt.owner();
        if (!owner.host().equalsIgnoreCase(HOST)) {
            Duration quiet = Duration.between(attempt.updatedAt(), now);
            return quiet.compareTo(OTHER_HOST_QUIET) < 0
                    ? Optional.of("it was started by " + owner + " and moved on " + quiet.toSeconds() + " s ago; osdkit cannot see that machine's "
                            + "processes, so it waits until " + OTHER_HOST_QUIET.toMinutes() + " minutes have passed without a step (or recover it there)")
                    : Optional.empty();
        }
        if (owner.pid() == SELF.pid() && sameStart(owner.processStarted(), SELF.info().startInstant().orElse(null))) {
            return RUNNING_HERE.contains(owner.run()) ? Optional.of("this very process is still running it") : Optional.empty();
        }
        Optional<ProcessHandle> process = ProcessHandle.of(owner.pid()).filter(ProcessHandle::isAlive);
        if (process.isPresent() && sameStart(owner.processStarted(), process.get().info().startInstant().orElse(null))) {
            return Optional.of(owner + " is still running");
        }
        return Optional.empty();
    }

    /** Start times read by two processes may differ by the clock tick they are kept in; unknown counts as the same (the safe side). */
    private static boolean sameStart(Instant recorded, Instant now) {
        return recorded == null || now == null || Duration.between(recorded, now).abs().compareTo(Duration.ofSeconds(1)) <= 0;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            String env = System.getenv("COMPUTERNAME") != null ? System.getenv("COMPUTERNAME") : System.getenv("HOSTNAME");
            return env != null ? env : "localhost";
        }
    }
}
