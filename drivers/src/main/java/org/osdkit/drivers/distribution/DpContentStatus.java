package org.osdkit.drivers.distribution;

import java.time.Instant;
import org.osdkit.core.PackageId;

/**
 * A package's content status on one distribution point, told against the package's current SourceVersion:
 * a DP that holds an older version than the package has is {@code behind}, in the way ConfigMgr shows
 * ContentUpdating, until {@code drivers redistribute} brings it up to date.
 *
 * @param packageId            the package
 * @param dpName               the distribution point
 * @param state                ConfigMgr's content state, as recorded
 * @param sourceVersion        the version that state is about (what a Distributed DP holds)
 * @param packageSourceVersion the package's SourceVersion now
 * @param behind               Distributed, but of an older version than the package's
 * @param summary              {@code behind (has 1, package is 2)} when behind, else the state's word
 * @param updated              when the state was set
 * @param message              why it failed, or what is going on
 */
public record DpContentStatus(PackageId packageId, String dpName, DistributionState state, int sourceVersion, int packageSourceVersion,
                              boolean behind, String summary, Instant updated, String message) {

    /** The status row {@code s} told against the package's SourceVersion {@code packageSourceVersion}. */
    public static DpContentStatus of(DistributionStatus s, int packageSourceVersion) {
        boolean behind = s.state() == DistributionState.DISTRIBUTED && s.sourceVersion() < packageSourceVersion;
        String summary = behind ? "behind (has " + s.sourceVersion() + ", package is " + packageSourceVersion + ")" : s.state().word();
        return new DpContentStatus(s.packageId(), s.dpName(), s.state(), s.sourceVersion(), packageSourceVersion, behind, summary, s.updated(), s.message());
    }
}
