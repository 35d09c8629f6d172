package org.osdkit.statemigration.cleanup;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.osdkit.statemigration.associations.ComputerAssociation;
import org.osdkit.statemigration.associations.StoreState;
import org.osdkit.statemigration.capacity.CapacityReport;
import org.osdkit.statemigration.inventory.InventoryEntry;
import org.osdkit.statemigration.inventory.Reconciliation;
import org.osdkit.statemigration.inventory.StoreFolder;
import org.osdkit.statemigration.inventory.StoreLocation;
import org.osdkit.statemigration.settings.SmpSettings;

/**
 * Decides, for each association of an SMP, whether its store is deleted, kept or listed for review.
 * A store is deleted only when its association is released, {@code now >= StoreReleaseDate + delay}
 * (the deletion delay, never the cleanup cycle), no hold covers it, the SMP is not in restore-only
 * mode, its folder was found inside a storage folder (at any depth) and is no link, no other association keeps it,
 * and it holds no other association's store.
 * A hold turns a deletion, and a keep that only time or mode decides, into {@link KeepReason#HELD}; a
 * store kept or listed for review for a reason of its own keeps that reason and names the hold too.
 */
public final class CleanupPlanner {

    /** Keeps that only time or the SMP's mode decide: a hold outlasts them, so the plan shows it as the reason. */
    private static final Set<KeepReason> HELD_OVER = EnumSet.of(KeepReason.NOT_CAPTURED, KeepReason.NOT_RELEASED, KeepReason.INSIDE_DELAY,
            KeepReason.RESTORE_ONLY_MODE);

    private final Clock clock;

    public CleanupPlanner(Clock clock) {
        this.clock = clock;
    }

    public CleanupPlan plan(Reconciliation r, List<Hold> holds) {
        SmpSettings s = r.settings();
        Instant now = clock.instant();
        List<PlanItem> items = new ArrayList<>(r.entries().size());
        HeldStores held = new HeldStores(holds, s);
        for (InventoryEntry e : r.entries()) {
            items.add(decide(e, s, held.covering(e.association(), e.location().key()), now));
        }
        items = keepSharedStores(items);
        items = reviewContainers(items);
        items.sort(Comparator.comparing((PlanItem i) -> i.action().ordinal())
                .thenComparing(PlanItem::eligibleAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(i -> i.association().sourceClientResourceId())
                .thenComparingLong(i -> i.association().restoreClientResourceId()));
        List<StoreFolder> deleted = items.stream().filter(i -> i.action() == PlanAction.DELETE).map(PlanItem::store).toList();
        return new CleanupPlan(s.server(), now, s.deletionDelayMinutes(), s.cleanupCycle().toMinutes(), s.restoreOnly(), items,
                r.orphans(), CapacityReport.of(r, now), CapacityReport.after(r, now, deleted));
    }

    private static PlanItem decide(InventoryEntry e, SmpSettings s, Hold hold, Instant now) {
        ComputerAssociation a = e.association();
        Instant eligibleAt = a.storeReleaseDate() == null ? null : a.storeReleaseDate().plus(s.deletionDelay());
        StoreState state = a.state();
        KeepReason reason;
        PlanAction action = PlanAction.KEEP;
        if (state == StoreState.ASSOCIATED) {
            reason = KeepReason.NOT_CAPTURED;
        } else if (state == StoreState.CAPTURED) {
            reason = e.store() == null && e.location().where() == StoreLocation.Where.THIS_SMP ? KeepReason.STORE_MISSING : KeepReason.NOT_RELEASED;
            action = reason == KeepReason.STORE_MISSING ? PlanAction.REVIEW : PlanAction.KEEP;
        } else if (state == StoreState.INCONSISTENT) {
            reason = KeepReason.INCONSISTENT_DATES;
            action = PlanAction.REVIEW;
        } else if (state == StoreState.DELETED) {
            reason = e.store() == null ? KeepReason.ALREADY_DELETED : KeepReason.DELETED_BUT_PRESENT;
            action = e.store() == null ? PlanAction.KEEP : PlanAction.REVIEW;
        } else if (e.location().where() != StoreLocation.Where.THIS_SMP) {
            reason = KeepReason.OUTSIDE_STORAGE_FOLDERS;
        } else if (e.store() == null) {
            reason = KeepReason.STORE_MISSING;
            action = PlanAction.REVIEW;
        } else if (e.store().link()) {
            reason = KeepReason.STORE_IS_LINK;
        } else if (s.restoreOnly()) {
            reason = KeepReason.RESTORE_ONLY_MODE;
        } else if (now.isBefore(eligibleAt)) {
            reason = KeepReason.INSIDE_DELAY;
        } else {
            reason = null;
            action = PlanAction.DELETE;
        }
        if (hold != null && (action == PlanAction.DELETE || HELD_OVER.contains(reason))) {
            action = PlanAction.KEEP;
            reason = KeepReason.HELD;
        }
        return new PlanItem(a, e.store(), action, reason, eligibleAt, hold);
    }

    /** A store folder that holds another association's store is never deleted with it: listed for review. */
    private static List<PlanItem> reviewContainers(List<PlanItem> items) {
        Set<String> containers = new HashSet<>();
        for (PlanItem i : items) {
            if (i.store() != null) {
                String key = i.store().key();
                for (int slash = key.lastIndexOf('/'); slash > 0; slash = key.lastIndexOf('/', slash - 1)) {
                    containers.add(i.store().storageFolder() + "|" + key.substring(0, slash));
                }
            }
        }
        if (containers.isEmpty()) {
            return items;
        }
        List<PlanItem> out = new ArrayList<>(items.size());
        for (PlanItem i : items) {
            boolean container = i.action() == PlanAction.DELETE && containers.contains(i.store().storageFolder() + "|" + i.store().key());
            out.add(container ? new PlanItem(i.association(), i.store(), PlanAction.REVIEW, KeepReason.CONTAINS_OTHER_STORES, i.eligibleAt(), i.hold()) : i);
        }
        return out;
    }

    /** A store named by several associations is deleted only when every one of them allows it. */
    private static List<PlanItem> keepSharedStores(List<PlanItem> items) {
        // Associations naming one folder share one StoreFolder instance (see Reconciler), so identity is enough.
        Set<StoreFolder> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PlanItem i : items) {
            if (i.store() != null && i.action() != PlanAction.DELETE) {
                kept.add(i.store());
            }
        }
        List<PlanItem> out = new ArrayList<>(items.size());
        for (PlanItem i : items) {
            boolean shared = i.action() == PlanAction.DELETE && kept.contains(i.store());
            out.add(shared ? new PlanItem(i.association(), i.store(), PlanAction.KEEP, KeepReason.SHARED_WITH_KEPT_STORE, i.eligibleAt(), i.hold()) : i);
        }
        return out;
    }
}
