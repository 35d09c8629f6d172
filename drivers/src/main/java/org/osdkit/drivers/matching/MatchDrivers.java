package org.osdkit.drivers.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.osdkit.core.OsTarget;
import org.osdkit.drivers.catalog.CandidateSource;
import org.osdkit.drivers.catalog.MatchCandidate;
import org.osdkit.drivers.catalog.PlatformSection;
import org.osdkit.drivers.inf.DriverVer;

/**
 * For each device, the catalog driver Windows would install: candidates share an ID with the device
 * and have models for the OS and architecture (an empty models section excludes); the lowest rank
 * wins, then the newest DriverVer date, then the highest version. Ranks follow the target's rules: Windows
 * XP's {@code 0x0000THHH} for an NT 5.x target, {@code 0xSSGGTHHH} from Vista on.
 */
public final class MatchDrivers {

    private final CandidateSource source;

    /** Matches against any candidate source: the catalog ({@code DriverCatalog}) or a {@link HardwareIdIndex} built in memory. */
    public MatchDrivers(CandidateSource source) {
        this.source = source;
    }

    /**
     * Matches a whole machine: from a database the candidates of all its devices are fetched at once
     * (a few queries instead of a few per device), then ranked per device.
     */
    public MatchReport match(List<Device> devices, OsTarget os) {
        CandidateSource fetched = source;
        if (!(source instanceof HardwareIdIndex)) {
            Set<String> keys = new LinkedHashSet<>();
            devices.forEach(d -> keys.addAll(keys(d)));
            fetched = HardwareIdIndex.of(source.candidates(keys));
        }
        List<DeviceMatch> out = new ArrayList<>(devices.size());
        for (Device device : devices) {
            out.add(match(device, os, fetched));
        }
        return new MatchReport(os, out);
    }

    public DeviceMatch match(Device device, OsTarget os) {
        return match(device, os, source);
    }

    private static Set<String> keys(Device device) {
        Set<String> keys = new LinkedHashSet<>();
        device.hardwareIds().forEach(id -> keys.add(DriverRank.key(id)));
        device.compatibleIds().forEach(id -> keys.add(DriverRank.key(id)));
        return keys;
    }

    private static DeviceMatch match(Device device, OsTarget os, CandidateSource from) {
        record Ranked(MatchCandidate candidate, DriverRank rank, DriverRank.IdMatch ids) {
        }
        DriverRank.RankRules rules = DriverRank.RankRules.forNtMajor(os.major());
        List<Ranked> ranked = new ArrayList<>();
        for (MatchCandidate c : from.candidates(keys(device))) {
            if (!c.driver().enabled() || !applies(c, os)) {
                continue;
            }
            Optional<DriverRank.IdMatch> ids = DriverRank.identify(device, c.model().hardwareId(), c.model().compatibleIds());
            if (ids.isEmpty()) {
                continue;
            }
            int signature = c.driver().signed() ? DriverRank.SIGNED : c.model().ntExtension() ? DriverRank.UNSIGNED_NT : DriverRank.UNSIGNED;
            ranked.add(new Ranked(c, new DriverRank(signature, c.model().featureScore(), ids.get().score(), rules), ids.get()));
        }
        Optional<Ranked> best = ranked.stream().min(Comparator.comparing(Ranked::rank)
                .thenComparing(r -> r.candidate().driver().driverVer(), DriverVer.NEWEST_FIRST)
                .thenComparing(r -> r.candidate().driver().driverHash()));
        return new DeviceMatch(device, best.map(r -> r.candidate().driver()), best.map(r -> r.candidate().model()), best.map(Ranked::rank), ranked.size(),
                best.map(Ranked::ids));
    }

    private static boolean applies(MatchCandidate c, OsTarget os) {
        return PlatformSection.selected(c.platforms(), c.model().manufacturerIndex(), os).map(c.model().decoration()::equalsIgnoreCase).orElse(false);
    }
}
