package org.osdkit.logs.merge;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.osdkit.logs.read.BiasHistory;
import org.osdkit.logs.read.LogFile;
import org.osdkit.logs.read.LogReader;
import org.osdkit.logs.read.ReadOptions;

/**
 * Lends MDT logs in a merge the biases of a sibling log of the same machine. MDT writes {@code +000}
 * whatever the zone, so its local times only line up with smsts.log once they get the bias that
 * smsts.log (or another log with a true bias) wrote at the same local time. The sibling is the log
 * with a true bias nearest in the folder tree (same folder first; smsts.log first among equals),
 * since a machine's logs are collected together. A zone named with {@code --zone} for the MDT log wins.
 */
final class MachineBias {

    /** Marks a scanned log without a true bias. */
    private static final BiasHistory NONE = BiasHistory.of("none", LocalDateTime.MIN, 0);

    private MachineBias() {
    }

    /**
     * The options to read each log with, in the order of {@code logs}. Costs a look at each log's first
     * 64 KB, and one more read of a lender, only when an MDT log is merged.
     */
    static List<ReadOptions> options(List<List<LogFile>> logs, ReadOptions options) {
        int n = logs.size();
        boolean[] mdt = new boolean[n];
        boolean any = false;
        for (int i = 0; i < n; i++) {
            List<LogFile> g = logs.get(i);
            mdt[i] = !g.isEmpty() && LogReader.writtenByMdt(g.get(g.size() - 1).path());
            any |= mdt[i] && options.zones().zoneFor(g.get(g.size() - 1).path().toString()) == null;
        }
        List<ReadOptions> out = new ArrayList<>();
        Map<Integer, BiasHistory> scanned = new HashMap<>();
        for (int i = 0; i < n; i++) {
            BiasHistory lent = any && mdt[i] ? lender(i, logs, mdt, options, scanned) : null;
            out.add(lent == null ? options : options.withBorrowedBias(lent));
        }
        return out;
    }

    private static BiasHistory lender(int i, List<List<LogFile>> logs, boolean[] mdt, ReadOptions options, Map<Integer, BiasHistory> scanned) {
        Path home = folder(logs.get(i));
        List<Integer> candidates = new ArrayList<>();
        for (int j = 0; j < logs.size(); j++) {
            if (!mdt[j] && !logs.get(j).isEmpty()) {
                candidates.add(j);
            }
        }
        candidates.sort((a, b) -> {
            int near = Integer.compare(common(home, folder(logs.get(b))), common(home, folder(logs.get(a))));
            if (near != 0) {
                return near;
            }
            return Boolean.compare(!isSmsts(logs.get(a)), !isSmsts(logs.get(b)));
        });
        for (int j : candidates) {
            BiasHistory h = scanned.computeIfAbsent(j, k -> {
                BiasHistory found = BiasHistory.scan(logs.get(k), options);
                return found == null ? NONE : found;
            });
            if (h != NONE) {
                return h;
            }
        }
        return null;
    }


    private static Path folder(List<LogFile> generations) {
        Path p = generations.get(generations.size() - 1).path().toAbsolutePath().normalize().getParent();
        return p == null ? Path.of("/") : p;
    }

    /** How many leading folder names two folders share. */
    private static int common(Path a, Path b) {
        int n = Math.min(a.getNameCount(), b.getNameCount());
        int k = 0;
        while (k < n && a.getName(k).toString().equalsIgnoreCase(b.getName(k).toString())) {
            k++;
        }
        return k;
    }

    private static boolean isSmsts(List<LogFile> generations) {
        return generations.get(generations.size() - 1).logName().toLowerCase(Locale.ROOT).equals("smsts.log");
    }
}
