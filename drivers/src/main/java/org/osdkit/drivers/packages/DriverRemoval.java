package org.osdkit.drivers.packages;

import java.util.List;
import org.osdkit.drivers.catalog.CatalogDriver;

/**
 * What removing a driver from the catalog did.
 *
 * @param driver   the driver
 * @param packages the packages it was taken out of, each rebuilt without it (planned only, for a what-if run)
 * @param removed  the driver is gone from the catalog; false when a question was answered no or the run was what-if
 */
public record DriverRemoval(CatalogDriver driver, List<PackageBuild> packages, boolean removed) {

    public DriverRemoval {
        packages = List.copyOf(packages);
    }
}
