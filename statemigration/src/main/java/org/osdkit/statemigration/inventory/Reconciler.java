package org.osdkit.statemigration.inventory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.osdkit.statemigration.associations.ComputerAssociation;
import org.osdkit.statemigration.settings.SmpSettings;

/**
 * Joins associations and the store folders on disk into a {@link Reconciliation}: associations are
 * matched on their store path's location inside a storage folder ({@link StoreLocation}), at any depth,
 * never on folder-name patterns. The disk is scanned first at the store depth and the associations are
 * asked for afterwards, so a caller can load them (from a database) while the scan runs; a store an
 * association names at another depth is then looked up on disk. A scanned folder inside a matched store
 * is part of it, and one holding a matched store is its container: neither is an orphan.
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
        // Stores looked up at another depth, by key, so associations naming one folder share one StoreFolder (the planner relies on it).
        Map<String, Optional<StoreFolder>> elsewhere = new HashMap<>();
        boolean allRead = scans.stream().allMatch(StorageFolderScan::reachable);
        for (ComputerAssociation a : associations.get()) {
            StoreLocation location = a.storePath() == null ? StoreLocation.of(null, settings)
                    : locations.computeIfAbsent(a.storePath(), p -> StoreLocation.of(p, settings));
            if (location.where() == StoreLocation.Where.OTHER_SMP) {
                otherSmp++;
                continue;
            }
            StoreFolder store = location.key() == null ? null : byKey.get(location.key());
            if (store == null && location.key() != null && depth(location.key()) != settings.storeDepth()) {
                store = elsewhere.computeIfAbsent(location.key(), key -> lookUp(key, scans)).orElse(null);
            }
            if (store != null) {
                claimed.put(store, Boolean.TRUE);
            }
            entries.add(new InventoryEntry(a, location, store, store == null && !allRead && location.where() == StoreLocation.Where.THIS_SMP));
        }
        Set<String> matched = new HashSet<>();
        Set<String> containers = new HashSet<>();
        for (StoreFolder s : claimed.keySet()) {
            matched.add(s.key());
            for (String k = parent(s.key()); k != null; k = parent(k)) {
                containers.add(k);
            }
        }
        for (StoreFolder s : byKey.values()) {
            if (!claimed.containsKey(s) && !containers.contains(s.key()) && !insideAny(s.key(), matched)) {
                orphans.add(s);
            }
        }
        return new Reconciliation(settings, entries, orphans, otherSmp, scans);
    }

    /** The store at {@code key} in the first reachable storage folder that has it. */
    private Optional<StoreFolder> lookUp(String key, List<StorageFolderScan> scans) {
        for (StorageFolderScan scan : scans) {
            if (scan.reachable()) {
                Optional<StoreFolder> found = scanner.find(scan.folder(), key);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean insideAny(String key, Set<String> matched) {
        for (String k = parent(key); k != null; k = parent(k)) {
            if (matched.contains(k)) {
                return true;
            }
        }
        return false;
    }

    private static String parent(String key) {
        int slash = key.lastIndexOf('/');
        return slash < 0 ? null : key.substring(0, slash);
    }

    private static int depth(String key) {
        int depth = 1;
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) == '/') {
                depth++;
            }
        }
        return depth;
    }
}
