package org.osdkit.statemigration.cleanup;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The cleanup journal ({@code smp_cleanup_runs}, {@code smp_cleanup_steps}): every store of a run is
 * written before and after its deletion, durably, so a killed run can be resumed and tells what it did.
 */
public interface CleanupJournal {

    /** Records a new run and its steps, all {@link StepState#PLANNED}. */
    void begin(JournalRun run, List<JournalStep> steps);

    /** Marks a step {@link StepState#STARTED}: called before anything is deleted. */
    void started(String runId, int seq, Instant at);

    /** Marks a step finished with its outcome. */
    void finished(String runId, int seq, StepState state, long bytesDeleted, String reason, Instant at);

    /** Marks the run finished. */
    void end(String runId, Instant at);

    /** The newest run of {@code server} that never finished (killed or still running). */
    Optional<JournalRun> unfinished(String server);

    Optional<JournalRun> run(String runId);

    List<JournalStep> steps(String runId);

    /** The newest runs of {@code server} first. */
    List<JournalRun> runs(String server, int limit);
}
