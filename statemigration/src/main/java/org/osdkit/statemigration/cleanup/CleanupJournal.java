package org.osdkit.statemigration.cleanup;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The cleanup journal ({@code smp_cleanup_runs}, {@code smp_cleanup_steps}): every store of a run is
 * written before and after its deletion, durably, so a killed run can be resumed and tells what it did.
 * The write after a deletion also carries the association's deletion date and the audit entry, in the
 * same transaction, so the three never disagree.
 */
public interface CleanupJournal {

    /** Records a new run and its steps, all {@link StepState#PLANNED}. */
    void begin(JournalRun run, List<JournalStep> steps);

    /** Marks a step {@link StepState#STARTED}: called before anything is deleted. */
    void started(String runId, int seq, Instant at);

    /**
     * Marks a step finished with its outcome and, in the same transaction, sets the deleted association's
     * StoreDeletionDate (where it has none yet) and adds the audit entry: all of it is committed, or none.
     */
    void finished(FinishedStep step);

    /**
     * Gives every association of a store that a run of {@code server} journalled DELETED, and that still
     * has no StoreDeletionDate (an older osdkit wrote the two apart and was killed between them), the step's
     * finish time, with an audit entry each ({@code smp.association.repair} by {@code actor} at {@code at}).
     * Idempotent: a second call finds nothing to do.
     *
     * @return how many associations it repaired
     */
    int repairAssociations(String server, String actor, Instant at);

    /** Marks the run finished. */
    void end(String runId, Instant at);

    /** The newest run of {@code server} that never finished (killed or still running). */
    Optional<JournalRun> unfinished(String server);

    Optional<JournalRun> run(String runId);

    List<JournalStep> steps(String runId);

    /** The newest runs of {@code server} first. */
    List<JournalRun> runs(String server, int limit);
}
