package org.osdkit.drivers.distribution;

/** How many content status rows one distribution point holds in {@code state}, split by whether they are behind. */
public record DpContentCount(String dpName, DistributionState state, boolean behind, int rows) {
}
