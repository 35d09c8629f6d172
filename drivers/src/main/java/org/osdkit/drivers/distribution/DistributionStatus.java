package org.osdkit.drivers.distribution;

import java.time.Instant;
import org.osdkit.core.PackageId;

/**
 * Where a package's content stands on one distribution point.
 *
 * @param packageId     the package
 * @param dpName        the distribution point
 * @param state         ConfigMgr's content state
 * @param sourceVersion the package version this state is about
 * @param updated       when the state was set
 * @param message       why it failed, or what is going on
 */
public record DistributionStatus(PackageId packageId, String dpName, DistributionState state, int sourceVersion, Instant updated, String message) {
}
