package org.osdkit.statemigration.cleanup;

import java.time.Duration;
import java.time.Instant;

/**
 * The lock a cleanup run holds on its SMP while it works ({@code smp_cleanup_locks}).
 *
 * @param server        the SMP
 * @param ownerId       the process's claim on the lock (one per attempt; a resumed run has a new one)
 * @param runId         the journal run it works on, or {@code null} in the moment before it is known
 * @param host          the holder's host name
 * @param pid           the holder's process ID
 * @param since         when the holder took the lock
 * @param heartbeatAt   the holder's last heartbeat
 * @param heartbeatAge  how long ago that was, by the database's clock (every host agrees on it)
 */
public record CleanupLock(String server, String ownerId, String runId, String host, long pid, Instant since, Instant heartbeatAt,
                          Duration heartbeatAge) {

    /** True when the heartbeat stopped longer than {@code staleAfter} ago: the holder is gone and its run interrupted. */
    public boolean stale(Duration staleAfter) {
        return heartbeatAge.compareTo(staleAfter) > 0;
    }

    /** For people: {@code run <id> on host H (pid P) since T, last heartbeat 3 s ago}. */
    public String describe() {
        return (runId == null ? "a run starting" : "run " + runId) + " on host " + host + " (pid " + pid + ") since " + since
                + ", last heartbeat " + seconds(heartbeatAge) + " ago";
    }

    static String seconds(Duration d) {
        long millis = Math.max(0, d.toMillis());
        return millis < 10_000 ? String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0) : (millis / 1000) + " s";
    }
}
