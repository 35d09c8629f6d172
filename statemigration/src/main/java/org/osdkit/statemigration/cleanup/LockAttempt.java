package org.osdkit.statemigration.cleanup;

/**
 * The answer to {@link CleanupLocks#acquire}.
 *
 * @param acquired true when the caller holds the lock now
 * @param other    when acquired: the stale lock that was taken over, or {@code null} when the lock was free;
 *                 when refused: the lock as its holder has it
 */
public record LockAttempt(boolean acquired, CleanupLock other) {

    /** True when the lock was acquired by taking over an interrupted run's stale lock. */
    public boolean tookOver() {
        return acquired && other != null;
    }
}
