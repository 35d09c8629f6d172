package org.osdkit.statemigration.cleanup;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osdkit.core.OsdkitException;
import org.osdkit.statemigration.SmpErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Beats a held cleanup lock's heartbeat from a daemon thread while the run works, and tells the run
 * before each store whether it still holds the lock. The lock counts as lost when another run took it
 * over, or when no beat got through for the stale timeout (by then another process may take it): the
 * run then stops before touching another store rather than work beside a second one.
 */
final class LockHeartbeat implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LockHeartbeat.class);

    private final CleanupLocks locks;
    private final String server;
    private final String ownerId;
    private final long staleAfterNanos;
    private final ScheduledExecutorService timer;
    private volatile boolean lost;
    private volatile long lastBeat = System.nanoTime();

    private LockHeartbeat(CleanupLocks locks, String server, String ownerId, LockTiming timing) {
        this.locks = locks;
        this.server = server;
        this.ownerId = ownerId;
        this.staleAfterNanos = timing.staleAfter().toNanos();
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "osdkit-smp-lock-heartbeat");
            t.setDaemon(true);
            return t;
        });
        long every = timing.heartbeat().toMillis();
        timer.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
    }

    /** Starts beating the lock {@code ownerId} holds on {@code server}. */
    static LockHeartbeat start(CleanupLocks locks, String server, String ownerId, LockTiming timing) {
        return new LockHeartbeat(locks, server, ownerId, timing);
    }

    private void beat() {
        if (lost) {
            return;
        }
        try {
            if (locks.heartbeat(server, ownerId)) {
                lastBeat = System.nanoTime();
            } else {
                lost = true;
                LOG.error("The cleanup lock of {} was taken over by another run; this run stops before the next store", server);
            }
        } catch (RuntimeException e) {
            // A database hiccup: the next beat may get through; check() gives up once the stale timeout has passed.
            LOG.warn("Heartbeat of the cleanup lock of {} failed: {}", server, e.getMessage());
        }
    }

    /**
     * Returns when the lock is still this run's.
     *
     * @throws OsdkitException {@link SmpErrors#CLEANUP_LOCK_LOST} otherwise
     */
    void check() {
        if (lost) {
            throw new OsdkitException(SmpErrors.CLEANUP_LOCK_LOST, "Another run took over the cleanup lock of " + server
                    + " (this run's heartbeat had stopped for too long); this run stopped before the next store.",
                    "See 'osdkit smp health' for the run that holds it now; nothing this run finished is lost.");
        }
        if (System.nanoTime() - lastBeat > staleAfterNanos) {
            throw new OsdkitException(SmpErrors.CLEANUP_LOCK_LOST, "The cleanup lock of " + server + " could not be renewed for "
                    + Duration.ofNanos(System.nanoTime() - lastBeat).toSeconds() + " s: another run may take it over, so this run stopped.",
                    "Check the database connection, then continue with 'osdkit smp cleanup --resume'.");
        }
    }

    @Override
    public void close() {
        // No interrupt: an interrupted thread in the middle of H2's file I/O closes the database file under everyone.
        timer.shutdown();
        try {
            // A beat under way finishes before the caller releases the lock.
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
