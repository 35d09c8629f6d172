package org.osdkit.statemigration;

import jakarta.inject.Inject;
import java.time.Clock;

/** Makes the retention cleanup plan of an SMP from its store folders, associations and holds; changes nothing. */
public final class PlanCleanup {

    private final ReconcileSmp reconcile;
    private final HoldRepository holds;
    private final Clock clock;

    @Inject
    public PlanCleanup(ReconcileSmp reconcile, HoldRepository holds, Clock clock) {
        this.reconcile = reconcile;
        this.holds = holds;
        this.clock = clock;
    }

    public CleanupPlan plan(SmpSettings settings) {
        return new CleanupPlanner(clock).plan(reconcile.reconcile(settings), holds.all());
    }
}
