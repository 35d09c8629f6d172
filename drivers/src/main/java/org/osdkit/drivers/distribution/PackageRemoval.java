package org.osdkit.drivers.distribution;

import java.util.List;
import org.osdkit.core.PackageId;

/**
 * What removing a driver package did.
 *
 * @param packageId     the package
 * @param steps         every deletion asked about, in order: the DP copies, the driver folders, the manifest
 * @param recordRemoved the package's record is gone; false when a deletion failed or was declined, so that
 *                      the content left behind still belongs to a package a later removal can finish
 */
public record PackageRemoval(PackageId packageId, List<RemovalStep> steps, boolean recordRemoved) {

    public PackageRemoval {
        steps = List.copyOf(steps);
    }

    /** The steps that failed, with their reasons. */
    public List<RemovalStep> failures() {
        return steps.stream().filter(RemovalStep::failed).toList();
    }

    /** True when something osdkit meant to delete is still there. */
    public boolean failed() {
        return steps.stream().anyMatch(RemovalStep::failed);
    }
}
