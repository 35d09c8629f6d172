package org.osdkit.statemigration.cleanup;

import java.time.Duration;
import java.util.Optional;

/**
 * The per-SMP cleanup lock ({@code smp_cleanup_locks}): one run at a time per SMP, across every
 * process and host that shares the database. Each call is its own transaction and is atomic against
 * the others; ages are measured by the database's clock.
 */
public interface CleanupLocks {

    /**
     * Takes {@code server}'s lock for {@code owner} when nobody holds it; when {@code takeOverStale}, also
     * when its holder's heartbeat is older than {@code staleAfter} (the old holder is then shut out: its
     * heartbeat fails). Otherwise refused, with the holder.
     */
    LockAttempt acquire(String server, LockOwner owner, boolean takeOverStale, Duration staleAfter);

    /** Records which journal run the holder works on; false when {@code ownerId} no longer holds the lock. */
    boolean assignRun(String server, String ownerId, String runId);

    /** Beats the holder's heartbeat; false when {@code ownerId} no longer holds the lock. */
    boolean heartbeat(String server, String ownerId);

    /** Gives the lock up; nothing happens when {@code ownerId} does not hold it. */
    void release(String server, String ownerId);

    /** The lock of {@code server} as it is now, when anyone holds it. */
    Optional<CleanupLock> find(String server);
}
