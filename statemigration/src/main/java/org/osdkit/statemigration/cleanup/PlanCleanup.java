package org.osdkit.statemigration.cleanup;

import java.time.Clock;
import org.osdkit.statemigration.inventory.ReconcileSmp;
import org.osdkit.statemigration.settings.SmpSettings;

/** Makes the retention cleanup plan of an SMP from its store folders, associations and holds; changes nothing. */
public final class PlanCleanup {

    private final ReconcileSmp reconcile;
    private final HoldRepository holds;
    private final Clock clock;

    public PlanCleanup(ReconcileSmp reconcile, HoldRepository holds, Clock clock) {
        this.reconcile = reconcile;
        this.holds = holds;
        this.clock = clock;
    }

    public CleanupPlan plan(SmpSettings settings) {
        return new CleanupPlanner(clock).plan(reconcile.reconcile(settings), holds.all());
    }
}
