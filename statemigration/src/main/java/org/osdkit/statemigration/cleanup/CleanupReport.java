package org.osdkit.statemigration.cleanup;

import java.util.List;

/**
 * The per-store report of a cleanup run.
 *
 * @param runId    the run's journal ID; {@code null} when nothing ran (a what-if run, or every change answered no)
 * @param server   the SMP
 * @param resumed  true when this call resumed an interrupted run
 * @param outcomes one per store of the run, in order
 * @param tookOver the interrupted run's stale lock this call took over, or {@code null}
 * @param repairedAssociations associations an older run left without their deletion date, given it on resume
 */
public record CleanupReport(String runId, String server, boolean resumed, List<StoreOutcome> outcomes, CleanupLock tookOver,
                            int repairedAssociations) {

    public CleanupReport {
        outcomes = List.copyOf(outcomes);
    }

    /** The report of a call that ran nothing: a what-if run, or one whose every question was answered no. */
    static CleanupReport nothingRun(String server, boolean resumed) {
        return new CleanupReport(null, server, resumed, List.of(), null, 0);
    }

    /** False when nothing ran: nothing was locked, journalled or deleted. */
    public boolean ran() {
        return runId != null;
    }

    public long count(StepState state) {
        return outcomes.stream().filter(o -> o.state() == state).count();
    }

    public long bytesFreed() {
        return outcomes.stream().filter(o -> o.state() == StepState.DELETED).mapToLong(StoreOutcome::bytes).sum();
    }

    /** True when any store failed or was refused: the run's exit code is then 1. */
    public boolean anyFailed() {
        return outcomes.stream().anyMatch(o -> o.state() == StepState.FAILED || o.state() == StepState.REFUSED);
    }
}
