package org.osdkit.drivers.distribution;

/**
 * What a distribution did on one distribution point.
 *
 * @param dpName        the distribution point
 * @param state         Distributed, or DistributionFailed with the reason
 * @param sourceVersion the package version sent
 * @param copied        files copied
 * @param reused        files already there with the right hash (a resumed copy)
 * @param message       why it failed; {@code null} when it did not
 */
public record DistributionResult(String dpName, DistributionState state, int sourceVersion, int copied, int reused, String message) {
}
