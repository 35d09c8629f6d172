package org.osdkit.drivers.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The driver catalog port: drivers with their content lists, models, platforms and categories. Every
 * change to one driver is one transaction; adding a driver someone else added a moment ago is a
 * duplicate, never a second copy.
 */
public interface DriverCatalog extends CandidateSource {

    /**
     * Adds a driver, or applies {@code duplicates} with the driver's categories when its hash is
     * already there (also when another process adds it at the same moment).
     */
    ImportOutcome add(DriverDetail driver, DuplicateOption duplicates);

    /** Applies {@code duplicates} to a driver known to be in the catalog. */
    ImportOutcome categorize(String driverHash, Collection<String> categories, DuplicateOption duplicates);

    /** The driver whose hash is or starts with {@code hashOrPrefix} (at least 8 hex digits); empty when none or ambiguous. */
    Optional<DriverDetail> find(String hashOrPrefix);

    List<CatalogDriver> query(CatalogQuery query);

    /** Every driver hash with its categories: what a re-import compares against without touching each row. */
    Map<String, Set<String>> categoriesByDriver();

    /** Category names in use, sorted. */
    List<String> categories();

    /** Turns a driver on or off for packages and matching. */
    void setEnabled(String driverHash, boolean enabled);

    /**
     * Deletes a driver with its files list, models, platforms and categories, and forgets the INFs
     * imported as it, in one transaction; false when there was none. Package content is not touched:
     * callers take the driver out of packages first.
     */
    boolean remove(String driverHash);
}
