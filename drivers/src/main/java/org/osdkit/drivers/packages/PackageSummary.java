package org.osdkit.drivers.packages;

import org.osdkit.core.HardwareModel;
import org.osdkit.core.OsTarget;
import org.osdkit.core.PackageId;

/**
 * A package as a list shows it: its record without the driver and selection lists, and how many drivers it
 * holds (read by a count, so listing every package does not read every package's drivers).
 */
public record PackageSummary(PackageId id, String name, HardwareModel model, OsTarget os, int sourceVersion, int driverCount) {
}
