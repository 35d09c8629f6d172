package org.osdkit.statemigration.cleanup;

import java.util.List;
import org.osdkit.core.intent.IntentLog;
import org.osdkit.statemigration.settings.SmpSettings;

/**
 * Gives the database back what the workspace's intent files say and it lost to a killed process, as
 * every {@code smp cleanup} does first: a cleanup run (and the STARTED of each store it began deleting),
 * and the holds ({@link HoldIntents}): a lost placement is placed again, a lost removal is reported (the
 * hold still protects). For {@code smp health}, which reports what it gave back.
 */
public final class ReconcileIntents {

    private final CleanupIntents cleanup;
    private final HoldRepository holds;

    /**
     * @param cleanupLog the workspace's {@code smp-cleanup} intent file, or {@link IntentLog#none()}
     * @param holds      the holds as the use cases see them: a {@link HoldIntents} when they have an intent file
     */
    public ReconcileIntents(CleanupJournal journal, IntentLog cleanupLog, HoldRepository holds) {
        this.cleanup = new CleanupIntents(cleanupLog, journal);
        this.holds = holds;
    }

    /** Nothing to reconcile (a durable database). */
    public static ReconcileIntents none(CleanupJournal journal) {
        return new ReconcileIntents(journal, IntentLog.none(), null);
    }

    /** Reconciles {@code settings}' SMP: its cleanup runs, and the holds that name it or no SMP. */
    public IntentFindings reconcile(SmpSettings settings) {
        List<String> runs = cleanup.reconcile(settings.server());
        if (!(holds instanceof HoldIntents h)) {
            return new IntentFindings(runs, List.of(), List.of());
        }
        h.retireSettled();
        return new IntentFindings(runs, h.restoreLost(x -> here(x, settings)), h.lostRemovals().stream().filter(x -> here(x, settings)).toList());
    }

    private static boolean here(Hold hold, SmpSettings settings) {
        return hold.server() == null || settings.isServer(hold.server());
    }
}
