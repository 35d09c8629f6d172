package org.osdkit.drivers.catalog;

import org.osdkit.core.OsTarget;

/**
 * Filters for catalog queries; every filter is optional and they combine with AND. Text filters
 * ignore case.
 *
 * @param category   administrative category
 * @param className  setup class
 * @param provider   provider
 * @param hardwareId a hardware or compatible ID the driver lists
 * @param os         drivers with models for this OS and architecture
 */
public record CatalogQuery(String category, String className, String provider, String hardwareId, OsTarget os) {

    public static final CatalogQuery ALL = new CatalogQuery(null, null, null, null, null);

    public static CatalogQuery category(String category) {
        return new CatalogQuery(category, null, null, null, null);
    }
}
