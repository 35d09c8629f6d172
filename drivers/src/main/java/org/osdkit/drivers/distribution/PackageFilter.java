package org.osdkit.drivers.distribution;

import java.util.Set;

/**
 * Which packages a list shows, matched in the database so a page of them is read without reading every package.
 *
 * @param modelContains a part of the model's display name ({@code Lenovo R61 8935CTO}), any case; null for any model
 * @param os            the OS as lists show it, its name, a space and the architecture label ({@code XP x86}); null for any
 * @param states        the package has a content status row in one of these states (empty: any content, or none)
 * @param behind        with {@code states}: that row is (true) or is not (false) behind the package's SourceVersion
 */
public record PackageFilter(String modelContains, String os, Set<DistributionState> states, boolean behind) {

    /** Every package. */
    public static final PackageFilter ANY = new PackageFilter(null, null, Set.of(), false);

    public PackageFilter {
        states = Set.copyOf(states);
    }
}
