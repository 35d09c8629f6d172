package org.osdkit.statemigration.cleanup;

import java.time.Instant;
import org.osdkit.core.audit.AuditEntry;

/**
 * The end of one store of a cleanup run, as {@link CleanupJournal#finished} writes it: the step's
 * outcome, the association's deletion date and the audit entry go in together, so the journal never
 * says a store is deleted while its association still points at it, or the other way round.
 *
 * @param runId              the run
 * @param seq                the step
 * @param state              DELETED, FAILED, REFUSED or SKIPPED
 * @param bytesDeleted       bytes removed
 * @param reason             why it failed, was refused or skipped, or {@code null}
 * @param at                 when it finished; also the association's StoreDeletionDate when it is set
 * @param deletedAssociation the association ({@code source/restore}) whose StoreDeletionDate to set, or {@code null}
 * @param audit              the audit entry, or {@code null} when there is nothing to audit (a skipped store)
 */
public record FinishedStep(String runId, int seq, StepState state, long bytesDeleted, String reason, Instant at, String deletedAssociation,
                           AuditEntry audit) {
}
