package org.osdkit.statemigration.capacity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.osdkit.statemigration.associations.ComputerAssociation;
import org.osdkit.statemigration.associations.StoreState;
import org.osdkit.statemigration.inventory.InventoryEntry;
import org.osdkit.statemigration.inventory.Reconciliation;
import org.osdkit.statemigration.inventory.StorageFolderScan;
import org.osdkit.statemigration.inventory.StoreFolder;
import org.osdkit.statemigration.settings.StorageFolder;

/**
 * Computes {@link FolderCapacity} per storage folder. WARNING means at least 90 % of MaxClients used,
 * less than twice MinDiskSpace free, or full within 14 days at the recent capture rate; FULL means the
 * SMP would refuse a new store there (MaxClients reached or free space below MinDiskSpace).
 */
public final class CapacityReport {

    static final Duration RATE_WINDOW = Duration.ofDays(30);
    private static final double WARN_DAYS = 14;

    private CapacityReport() {
    }

    /** Capacity now. */
    public static List<FolderCapacity> of(Reconciliation r, Instant now) {
        return compute(r, now, Map.of(), Map.of());
    }

    /** Capacity once the stores of {@code deleted} are gone. */
    public static List<FolderCapacity> after(Reconciliation r, Instant now, List<StoreFolder> deleted) {
        Map<String, Integer> removed = new HashMap<>();
        Map<String, Long> freed = new HashMap<>();
        for (StoreFolder s : deleted) {
            removed.merge(s.storageFolder(), 1, Integer::sum);
            freed.merge(s.storageFolder(), s.bytes(), Long::sum);
        }
        return compute(r, now, removed, freed);
    }

    private static List<FolderCapacity> compute(Reconciliation r, Instant now, Map<String, Integer> removed, Map<String, Long> freed) {
        Map<String, int[]> clients = new HashMap<>();
        Map<String, long[]> bytes = new HashMap<>();
        Map<String, int[]> recent = new HashMap<>();
        Map<String, Instant> oldest = new HashMap<>();
        Instant window = now.minus(RATE_WINDOW);
        for (InventoryEntry e : r.entries()) {
            if (e.store() == null) {
                continue;
            }
            String dir = e.store().storageFolder();
            ComputerAssociation a = e.association();
            if (a.storeCreationDate() != null && a.storeCreationDate().isAfter(window)) {
                recent.computeIfAbsent(dir, k -> new int[1])[0]++;
            }
            if (a.state() == StoreState.CAPTURED) {
                oldest.merge(dir, a.storeCreationDate(), (x, y) -> x.isBefore(y) ? x : y);
            }
        }
        for (StorageFolderScan scan : r.scans()) {
            clients.put(scan.folder().directory(), new int[] {scan.stores()});
        }
        for (InventoryEntry e : r.entries()) {
            if (e.store() != null) {
                bytes.computeIfAbsent(e.store().storageFolder(), k -> new long[1])[0] += e.store().bytes();
            }
        }
        for (StoreFolder o : r.orphans()) {
            bytes.computeIfAbsent(o.storageFolder(), k -> new long[1])[0] += o.bytes();
        }
        List<FolderCapacity> out = new ArrayList<>();
        for (StorageFolderScan scan : r.scans()) {
            StorageFolder f = scan.folder();
            String dir = f.directory();
            int count = clients.get(dir)[0] - removed.getOrDefault(dir, 0);
            long held = bytes.getOrDefault(dir, new long[1])[0] - freed.getOrDefault(dir, 0L);
            int captures = recent.getOrDefault(dir, new int[1])[0];
            if (!scan.reachable() || scan.space() == null) {
                out.add(new FolderCapacity(dir, CapacityStatus.UNREACHABLE, count, f.maxClients(), held, 0, 0,
                        0, f.minDiskSpace().toString(), captures, null, oldest.get(dir)));
                continue;
            }
            long total = scan.space().totalBytes();
            long free = scan.space().usableBytes() + freed.getOrDefault(dir, 0L);
            long minFree = f.minDiskSpace().requiredFreeBytes(total);
            Double days = daysUntilFull(captures, count, f.maxClients(), held, free, minFree);
            out.add(new FolderCapacity(dir, status(count, f.maxClients(), free, minFree, days), count, f.maxClients(), held, total, free,
                    minFree, f.minDiskSpace().toString(), captures, days, oldest.get(dir)));
        }
        return out;
    }

    private static Double daysUntilFull(int captures, int clients, int maxClients, long held, long free, long minFree) {
        if (captures == 0) {
            return null;
        }
        double perDay = captures / (double) RATE_WINDOW.toDays();
        double bySlots = Math.max(0, maxClients - clients) / perDay;
        double averageStore = clients == 0 ? 0 : held / (double) clients;
        double bySpace = averageStore <= 0 ? Double.POSITIVE_INFINITY : Math.max(0, free - minFree) / (perDay * averageStore);
        return Math.floor(Math.min(bySlots, bySpace) * 10) / 10;
    }

    private static CapacityStatus status(int clients, int maxClients, long free, long minFree, Double days) {
        if (clients >= maxClients || free < minFree) {
            return CapacityStatus.FULL;
        }
        if (clients * 10L >= maxClients * 9L || free < 2 * minFree || (days != null && days < WARN_DAYS)) {
            return CapacityStatus.WARNING;
        }
        return CapacityStatus.OK;
    }
}
