package org.osdkit.statemigration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins associations and the store folders on disk into a {@link Reconciliation}: associations are
 * matched on their store path's location below a storage folder, never on folder-name patterns.
 */
public final class Reconciler {

    private final StoreScanner scanner;

    public Reconciler(StoreScanner scanner) {
        this.scanner = scanner;
    }

    public Reconciliation reconcile(SmpSettings settings, Iterable<ComputerAssociation> associations) {
        List<ComputerAssociation> mine = new ArrayList<>();
        List<StoreLocation> locations = new ArrayList<>();
        Map<String, Integer> byKey = new HashMap<>();
        Map<String, List<Integer>> sharedKeys = new HashMap<>();
        int otherSmp = 0;
        for (ComputerAssociation a : associations) {
            StoreLocation location = StoreLocation.of(a.storePath(), settings);
            if (location.where() == StoreLocation.Where.OTHER_SMP) {
                otherSmp++;
                continue;
            }
            int index = mine.size();
            mine.add(a);
            locations.add(location);
            if (location.key() != null) {
                Integer first = byKey.putIfAbsent(location.key(), index);
                if (first != null) {
                    sharedKeys.computeIfAbsent(location.key(), k -> new ArrayList<>(List.of(first))).add(index);
                }
            }
        }
        StoreFolder[] stores = new StoreFolder[mine.size()];
        List<StoreFolder> orphans = new ArrayList<>();
        List<StorageFolderScan> scans = scanner.scan(settings, store -> {
            Integer index = byKey.get(store.key());
            if (index == null) {
                orphans.add(store);
            } else if (stores[index] == null) {
                for (int i : sharedKeys.getOrDefault(store.key(), List.of(index))) {
                    stores[i] = store;
                }
            } else {
                // The same key in two storage folders: the first one found is the association's.
                orphans.add(store);
            }
        });
        List<InventoryEntry> entries = new ArrayList<>(mine.size());
        for (int i = 0; i < mine.size(); i++) {
            entries.add(new InventoryEntry(mine.get(i), locations.get(i), stores[i]));
        }
        return new Reconciliation(settings, entries, orphans, otherSmp, scans);
    }
}
