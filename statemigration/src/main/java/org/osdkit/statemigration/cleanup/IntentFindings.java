package org.osdkit.statemigration.cleanup;

import java.util.List;

/**
 * What {@link ReconcileIntents} found in the workspace's intent files and gave back to the database.
 *
 * @param restoredRuns  cleanup runs the database had lost and that are journalled again, unfinished (run IDs),
 *                      and steps whose lost STARTED was journalled again ({@code runId#seq})
 * @param restoredHolds holds whose placement the database had lost, placed again from the intent file
 * @param lostRemovals  holds whose removal the database lost: they still protect until removed again
 */
public record IntentFindings(List<String> restoredRuns, List<Hold> restoredHolds, List<Hold> lostRemovals) {

    public IntentFindings {
        restoredRuns = List.copyOf(restoredRuns);
        restoredHolds = List.copyOf(restoredHolds);
        lostRemovals = List.copyOf(lostRemovals);
    }
}
