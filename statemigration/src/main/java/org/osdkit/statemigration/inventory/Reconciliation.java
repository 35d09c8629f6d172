package org.osdkit.statemigration.inventory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.osdkit.statemigration.associations.StoreState;
import org.osdkit.statemigration.settings.SmpSettings;

/**
 * One view of an SMP: every association with its store folder, the store folders no association
 * names (orphans), and how the scan of each storage folder went.
 *
 * @param settings        the SMP's settings used
 * @param entries         the associations whose store path is on this SMP or outside every SMP location
 * @param orphans         store folders with no association
 * @param otherSmp        associations whose stores are on other SMPs (not part of this view)
 * @param scans           one per storage folder
 */
public record Reconciliation(SmpSettings settings, List<InventoryEntry> entries, List<StoreFolder> orphans, int otherSmp,
                             List<StorageFolderScan> scans) {

    public Reconciliation {
        entries = List.copyOf(entries);
        orphans = List.copyOf(orphans);
        scans = List.copyOf(scans);
    }

    /** Associations whose store is gone from disk although their dates say it should be there. */
    public List<InventoryEntry> stale() {
        return entries.stream().filter(InventoryEntry::isStale).toList();
    }

    /** Captured but never released stores created more than {@code threshold} before {@code now}. */
    public List<InventoryEntry> stuck(Instant now, Duration threshold) {
        Instant limit = now.minus(threshold);
        return entries.stream()
                .filter(e -> e.association().state() == StoreState.CAPTURED && e.association().storeCreationDate().isBefore(limit))
                .toList();
    }
}
