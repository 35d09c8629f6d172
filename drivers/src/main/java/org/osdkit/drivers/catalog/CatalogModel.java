package org.osdkit.drivers.catalog;

import java.util.List;

/**
 * One models line of a catalog driver, with what ranking needs from its DDInstall section.
 *
 * @param driverHash        the driver it belongs to
 * @param manufacturerIndex its [Manufacturer] line
 * @param decoration        its models section's decoration, {@code ""} when undecorated
 * @param description       device description
 * @param hardwareId        the INF hardware ID
 * @param compatibleIds     the INF compatible IDs, in order
 * @param installSection    the install section as named
 * @param ntExtension       the DDInstall section used carries an {@code .NT} extension
 * @param featureScore      FeatureScore of the DDInstall section (0xFF by default)
 */
public record CatalogModel(String driverHash, int manufacturerIndex, String decoration, String description, String hardwareId,
                           List<String> compatibleIds, String installSection, boolean ntExtension, int featureScore) {

    public CatalogModel {
        compatibleIds = List.copyOf(compatibleIds);
    }
}
