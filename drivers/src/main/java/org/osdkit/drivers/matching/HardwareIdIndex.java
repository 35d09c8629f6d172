package org.osdkit.drivers.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.osdkit.drivers.catalog.CandidateSource;
import org.osdkit.drivers.catalog.MatchCandidate;

/** An in-memory candidate source: every models line indexed by its hardware and compatible IDs (upper case). */
public final class HardwareIdIndex implements CandidateSource {

    private final Map<String, List<MatchCandidate>> byId = new HashMap<>();

    private HardwareIdIndex() {
    }

    public static HardwareIdIndex of(Collection<MatchCandidate> candidates) {
        HardwareIdIndex index = new HardwareIdIndex();
        for (MatchCandidate c : candidates) {
            index.put(c.model().hardwareId(), c);
            c.model().compatibleIds().forEach(id -> index.put(id, c));
        }
        return index;
    }

    private void put(String id, MatchCandidate c) {
        if (id.isBlank()) {
            // A models line naming only compatible IDs has an empty hardware ID: nothing to index.
            return;
        }
        List<MatchCandidate> list = byId.computeIfAbsent(DriverRank.key(id), k -> new ArrayList<>(1));
        if (list.isEmpty() || list.get(list.size() - 1) != c) {
            list.add(c);
        }
    }

    @Override
    public List<MatchCandidate> candidates(Collection<String> idKeys) {
        Map<MatchCandidate, Boolean> seen = new IdentityHashMap<>();
        List<MatchCandidate> out = new ArrayList<>();
        for (String key : idKeys) {
            for (MatchCandidate c : byId.getOrDefault(key, List.of())) {
                if (seen.put(c, Boolean.TRUE) == null) {
                    out.add(c);
                }
            }
        }
        return out;
    }
}
