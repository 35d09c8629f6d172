package org.osdkit.drivers;

import java.util.Optional;

/**
 * The driver Windows would pick from the catalog for one device.
 *
 * @param device     the device
 * @param driver     the chosen driver, empty when no catalog driver covers the device
 * @param model      the chosen models line
 * @param rank       its rank
 * @param candidates how many applicable models lines matched
 */
public record DeviceMatch(Device device, Optional<CatalogDriver> driver, Optional<CatalogModel> model, Optional<DriverRank> rank, int candidates) {

    public boolean matched() {
        return driver.isPresent();
    }
}
