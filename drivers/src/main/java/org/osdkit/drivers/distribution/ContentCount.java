package org.osdkit.drivers.distribution;

/**
 * How many content status rows are in {@code state}, split by whether they are behind the package's
 * SourceVersion (Distributed of an older version; see {@link DpContentStatus#behind()}).
 */
public record ContentCount(DistributionState state, boolean behind, int rows) {
}
