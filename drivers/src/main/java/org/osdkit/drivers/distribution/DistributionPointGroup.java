package org.osdkit.drivers.distribution;

import java.util.List;

/**
 * A distribution point group: a name for several distribution points content is sent to together.
 *
 * @param name    group name
 * @param members distribution point names
 */
public record DistributionPointGroup(String name, List<String> members) {

    public DistributionPointGroup {
        members = List.copyOf(members);
    }
}
