package org.osdkit.statemigration.inventory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.osdkit.statemigration.associations.ComputerAssociation;
import org.osdkit.statemigration.settings.SmpSettings;

/**
 * Joins associations and the store folders on disk into a {@link Reconciliation}: associations are
 * matched on their store path's location below a storage folder, never on folder-name patterns.
 * The disk is scanned first and the associations are asked for afterwards, so a caller can load them
 * (from a database) while the scan runs.
 */
public final class Reconciler {

    private final StoreScanner scanner;

    public Reconciler(StoreScanner scanner) {
        this.scanner = scanner;
    }

    public Reconciliation reconcile(SmpSettings settings, Supplier<? extends Iterable<ComputerAssociation>> associations) {
        Map<String, StoreFolder> byKey = new LinkedHashMap<>();
        List<StoreFolder> orphans = new ArrayList<>();
        List<StorageFolderScan> scans = scanner.scan(settings, store -> {
            if (byKey.putIfAbsent(store.key(), store) != null) {
                // The same key in two storage folders: the first one found is the association's.
                orphans.add(store);
            }
        });
        Map<StoreFolder, Boolean> claimed = new IdentityHashMap<>();
        List<InventoryEntry> entries = new ArrayList<>();
        int otherSmp = 0;
        Map<String, StoreLocation> locations = new HashMap<>();
        for (ComputerAssociation a : associations.get()) {
            StoreLocation location = a.storePath() == null ? StoreLocation.of(null, settings)
                    : locations.computeIfAbsent(a.storePath(), p -> StoreLocation.of(p, settings));
            if (location.where() == StoreLocation.Where.OTHER_SMP) {
                otherSmp++;
                continue;
            }
            StoreFolder store = location.key() == null ? null : byKey.get(location.key());
            if (store != null) {
                claimed.put(store, Boolean.TRUE);
            }
            entries.add(new InventoryEntry(a, location, store));
        }
        for (StoreFolder s : byKey.values()) {
            if (!claimed.containsKey(s)) {
                orphans.add(s);
            }
        }
        return new Reconciliation(settings, entries, orphans, otherSmp, scans);
    }
}
