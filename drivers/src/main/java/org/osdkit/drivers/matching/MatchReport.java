package org.osdkit.drivers.matching;

import java.util.List;
import org.osdkit.core.OsTarget;

/**
 * Matching a machine's devices against the catalog.
 *
 * @param os      the OS and architecture matched for
 * @param devices one result per device, in input order
 */
public record MatchReport(OsTarget os, List<DeviceMatch> devices) {

    public MatchReport {
        devices = List.copyOf(devices);
    }

    /** The ranking rules of the target OS: Windows XP's for NT 5.x, Vista's from NT 6.0 on. */
    public DriverRank.RankRules rankRules() {
        return DriverRank.RankRules.forNtMajor(os.major());
    }

    public List<DeviceMatch> matched() {
        return devices.stream().filter(DeviceMatch::matched).toList();
    }

    /** Devices no catalog driver covers: what the model's package still lacks. */
    public List<Device> unmatched() {
        return devices.stream().filter(d -> !d.matched()).map(DeviceMatch::device).toList();
    }
}
