package org.osdkit.drivers;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.osdkit.core.OsTarget;
import org.osdkit.drivers.inf.DriverVer;

/**
 * For each device, the catalog driver Windows would install: candidates share an ID with the device
 * and have models for the OS and architecture (an empty models section excludes); the lowest rank
 * wins, then the newest DriverVer date, then the highest version.
 */
public final class MatchDrivers {

    private final CandidateSource source;

    @Inject
    public MatchDrivers(DriverCatalog catalog) {
        this((CandidateSource) catalog);
    }

    /** Matches against any candidate source, e.g. a {@link HardwareIdIndex} built in memory. */
    public MatchDrivers(CandidateSource source) {
        this.source = source;
    }

    public MatchReport match(List<Device> devices, OsTarget os) {
        List<DeviceMatch> out = new ArrayList<>(devices.size());
        for (Device device : devices) {
            out.add(match(device, os));
        }
        return new MatchReport(os, out);
    }

    public DeviceMatch match(Device device, OsTarget os) {
        Set<String> keys = new LinkedHashSet<>();
        device.hardwareIds().forEach(id -> keys.add(DriverRank.key(id)));
        device.compatibleIds().forEach(id -> keys.add(DriverRank.key(id)));
        record Ranked(MatchCandidate candidate, DriverRank rank) {
        }
        List<Ranked> ranked = new ArrayList<>();
        for (MatchCandidate c : source.candidates(keys)) {
            if (!c.driver().enabled() || !applies(c, os)) {
                continue;
            }
            int identifier = DriverRank.identifierScore(device, c.model().hardwareId(), c.model().compatibleIds());
            if (identifier < 0) {
                continue;
            }
            int signature = c.driver().signed() ? DriverRank.SIGNED : c.model().ntExtension() ? DriverRank.UNSIGNED_NT : DriverRank.UNSIGNED;
            ranked.add(new Ranked(c, new DriverRank(signature, c.model().featureScore(), identifier)));
        }
        Optional<Ranked> best = ranked.stream().min(Comparator.comparing(Ranked::rank)
                .thenComparing(r -> r.candidate().driver().driverVer(), DriverVer.NEWEST_FIRST)
                .thenComparing(r -> r.candidate().driver().driverHash()));
        return new DeviceMatch(device, best.map(r -> r.candidate().driver()), best.map(r -> r.candidate().model()), best.map(Ranked::rank), ranked.size());
    }

    private static boolean applies(MatchCandidate c, OsTarget os) {
        return PlatformSection.selected(c.platforms(), c.model().manufacturerIndex(), os).map(c.model().decoration()::equalsIgnoreCase).orElse(false);
    }
}
