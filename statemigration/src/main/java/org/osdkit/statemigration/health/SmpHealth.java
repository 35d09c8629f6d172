package org.osdkit.statemigration.health;

import java.time.Instant;
import java.util.List;
import org.osdkit.statemigration.cleanup.CleanupLock;

/**
 * The health of one SMP as osdkit sees it, for {@code osdkit smp health} and the dashboard (serialises
 * to JSON as is).
 *
 * @param server             the SMP
 * @param checkedAt          when, or {@code null} for {@link HealthStatus#NOT_CHECKED}
 * @param status             the worst of the findings
 * @param restoreOnly        restore-only (quiesce) mode
 * @param folders            each storage folder: reachable, writable, capacity
 * @param backlogStores      stores eligible for deletion but still there
 * @param backlogBytes       their bytes
 * @param overdueStores      of those, eligible for longer than two cleanup cycles: the SMP's cleanup is not working (KB961269)
 * @param oldestEligibleAt   since when the oldest backlog store is eligible, or {@code null}
 * @param stuckCaptures      captured, never released stores older than the threshold
 * @param stuckAfterDays     the threshold
 * @param oldestStuckCapture creation date of the oldest stuck store, or {@code null}
 * @param staleRecords       associations whose store folder is gone
 * @param orphanFolders      store folders with no association
 * @param interruptedRunId   an interrupted cleanup run to resume, or {@code null}
 * @param cleanup            whether an osdkit cleanup is running, interrupted or neither
 * @param cleanupLock        the SMP's cleanup lock (holder's run, host, process, since, last heartbeat), or {@code null} when free
 * @param problems           one line per finding, worst first
 * @param failingStores      stores osdkit's cleanup failed to delete in several of the last runs, with the last reason
 */
public record SmpHealth(String server, Instant checkedAt, HealthStatus status, boolean restoreOnly, List<FolderHealth> folders,
                        int backlogStores, long backlogBytes, int overdueStores, Instant oldestEligibleAt, int stuckCaptures,
                        long stuckAfterDays, Instant oldestStuckCapture, int staleRecords, int orphanFolders, String interruptedRunId,
                        CleanupState cleanup, CleanupLock cleanupLock, List<String> problems, List<FailingStore> failingStores) {

    public SmpHealth {
        folders = List.copyOf(folders);
        problems = List.copyOf(problems);
        // A check kept by an older osdkit has no such list.
        failingStores = failingStores == null ? List.of() : List.copyOf(failingStores);
    }
}
