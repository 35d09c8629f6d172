package org.osdkit.statemigration.cleanup;

import java.time.Instant;

/**
 * A cleanup run as the journal holds it.
 *
 * @param runId                 its ID
 * @param server                the SMP
 * @param actor                 who ran it
 * @param startedAt             when
 * @param finishedAt            when it ended, {@code null} while running or after it was killed
 * @param planned               stores in its plan
 * @param deletionDelayMinutes  the retention it was planned with
 */
public record JournalRun(String runId, String server, String actor, Instant startedAt, Instant finishedAt, int planned,
                         long deletionDelayMinutes) {

    public boolean finished() {
        return finishedAt != null;
    }
}
