package org.osdkit.drivers.matching;

import java.util.Optional;
import org.osdkit.drivers.catalog.CatalogDriver;
import org.osdkit.drivers.catalog.CatalogModel;

/**
 * The driver Windows would pick from the catalog for one device.
 *
 * @param device     the device
 * @param driver     the chosen driver, empty when no catalog driver covers the device
 * @param model      the chosen models line
 * @param rank       its rank
 * @param candidates how many applicable models lines matched
 * @param matchedIds  which of the device's IDs matched which ID of the chosen models line
 */
public record DeviceMatch(Device device, Optional<CatalogDriver> driver, Optional<CatalogModel> model, Optional<DriverRank> rank, int candidates,
                          Optional<DriverRank.IdMatch> matchedIds) {

    public boolean matched() {
        return driver.isPresent();
    }
}
