package org.osdkit.drivers.packages;

import java.time.Instant;
import org.osdkit.core.HardwareModel;
import org.osdkit.core.OsTarget;
import org.osdkit.core.PackageId;
import org.osdkit.core.UncPath;

/**
 * A package as a list shows it: its record without the driver and selection lists, and how many drivers it
 * holds (a count kept with the content, so listing packages never reads their drivers).
 *
 * @param source      the package source folder (PkgSourcePath)
 * @param driverCount how many drivers the content holds now
 * @param updated     when its content last changed
 */
public record PackageSummary(PackageId id, String name, HardwareModel model, OsTarget os, UncPath source, int sourceVersion, int driverCount,
                             Instant updated) {
}
