package org.osdkit.statemigration.cleanup;

/**
 * What happened to one store in a cleanup run.
 *
 * @param seq            position in the run
 * @param storePath      the store folder
 * @param associationKey the association ({@code source/restore})
 * @param computers      source and restore computer
 * @param state          DELETED, FAILED, REFUSED or SKIPPED (PLANNED/STARTED only in an interrupted run's journal)
 * @param bytes          bytes removed
 * @param reason         why it failed, was refused or skipped
 * @param earlierAttempt true when this outcome was reached by an earlier, interrupted attempt of the run (not redone)
 */
public record StoreOutcome(int seq, String storePath, String associationKey, String computers, StepState state, long bytes, String reason,
                           boolean earlierAttempt) {
}
