package org.osdkit.statemigration.cleanup;

import java.time.Instant;

/**
 * One store of a cleanup run as the journal holds it.
 *
 * @param runId          the run
 * @param seq            position in the run, from 1
 * @param storePath      the store folder
 * @param associationKey the association ({@code source/restore} resource IDs)
 * @param computers      source and restore computer, for people
 * @param plannedBytes   size when the run was planned
 * @param state          where it is
 * @param bytesDeleted   bytes removed, once finished
 * @param reason         why it failed, was refused or skipped
 * @param startedAt      when deletion began, or {@code null}
 * @param finishedAt     when it finished, or {@code null}
 */
public record JournalStep(String runId, int seq, String storePath, String associationKey, String computers, long plannedBytes,
                          StepState state, Long bytesDeleted, String reason, Instant startedAt, Instant finishedAt) {
}
