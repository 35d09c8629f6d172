package org.osdkit.drivers.distribution;

import org.osdkit.core.PackageId;

/** How many of one package's content status rows are in {@code state}, split by whether they are behind. */
public record PackageContentCount(PackageId packageId, DistributionState state, boolean behind, int rows) {
}
