package org.osdkit.statemigration.health;

import java.time.Instant;

/**
 * A store that osdkit's cleanup keeps failing to delete: it failed (or was refused) in several of the
 * SMP's last cleanup runs and has not been deleted since. One such store never stops a run; the admin
 * has to look at it.
 *
 * @param storePath   the store folder as the journal holds it
 * @param computers   source and restore computer, for people
 * @param failedRuns  in how many of the runs looked at it failed
 * @param ofRuns      how many runs were looked at (the last ones of the SMP)
 * @param lastRunId   the newest run it failed in
 * @param lastAt      when it failed there, or {@code null} when the step has no finish time
 * @param lastReason  why, as that run journalled it
 */
public record FailingStore(String storePath, String computers, int failedRuns, int ofRuns, String lastRunId, Instant lastAt, String lastReason) {
}
