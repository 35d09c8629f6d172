package org.osdkit.statemigration.cleanup;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.osdkit.core.whatif.OperationPlan;
import org.osdkit.statemigration.capacity.FolderCapacity;
import org.osdkit.statemigration.inventory.StoreFolder;

/**
 * A retention cleanup plan for one SMP: every association with its action and reason, the orphans
 * (never deleted by the cleanup), and the capacity before and after.
 *
 * @param server         the SMP
 * @param at             the time the plan was made for
 * @param deletionDelayMinutes the retention after restore used
 * @param cleanupCycleMinutes  the SMP's cleanup cycle (shown, never used as the retention)
 * @param restoreOnly    restore-only mode at planning time
 * @param items          one per association on this SMP, deletions first
 * @param orphans        store folders with no association, listed for a decision
 * @param capacityBefore capacity per storage folder now
 * @param capacityAfter  capacity once the deletions are done
 */
public record CleanupPlan(String server, Instant at, long deletionDelayMinutes, long cleanupCycleMinutes, boolean restoreOnly,
                          List<PlanItem> items, List<StoreFolder> orphans, List<FolderCapacity> capacityBefore,
                          List<FolderCapacity> capacityAfter) {

    public CleanupPlan {
        items = List.copyOf(items);
        orphans = List.copyOf(orphans);
        capacityBefore = List.copyOf(capacityBefore);
        capacityAfter = List.copyOf(capacityAfter);
    }

    /** The stores to delete, in order. */
    public List<PlanItem> deletions() {
        return items.stream().filter(i -> i.action() == PlanAction.DELETE).toList();
    }

    /** The deletions as core's plan: one {@link PlanItem#operation()} per store, in order. */
    public OperationPlan operations() {
        return new OperationPlan(deletions().stream().map(PlanItem::operation).toList());
    }

    /** The plan with only the deletions {@code keep} accepts; what it keeps stays as it was. */
    public CleanupPlan onlyDeleting(Predicate<PlanItem> keep) {
        return new CleanupPlan(server, at, deletionDelayMinutes, cleanupCycleMinutes, restoreOnly,
                items.stream().filter(i -> i.action() != PlanAction.DELETE || keep.test(i)).toList(), orphans, capacityBefore, capacityAfter);
    }

    /** Bytes the deletions free. */
    public long bytesToFree() {
        return items.stream().mapToLong(PlanItem::bytesFreed).sum();
    }

    /** Items with the given action. */
    public List<PlanItem> with(PlanAction action) {
        return items.stream().filter(i -> i.action() == action).toList();
    }
}
