package org.osdkit.drivers.catalog;

import java.time.Instant;
import java.util.List;
import org.osdkit.drivers.inf.DriverVer;
import org.osdkit.drivers.inf.InfKind;

/**
 * A driver in the catalog, with the properties ConfigMgr shows for an imported driver.
 *
 * @param driverHash   identity: hash of the INF and its file closure
 * @param name         first device description, as ConfigMgr names a new driver
 * @param infName      the INF's file name
 * @param sourceFolder the folder the INF was imported from (UNC or local); content is copied from here
 * @param infPath      the INF's path relative to {@code sourceFolder}
 * @param className    setup class
 * @param classGuid    setup class GUID
 * @param provider     provider
 * @param driverVer    DriverVer date and version
 * @param signed       a catalog file is declared and present
 * @param catalogFile  the catalog's file name, or {@code null}
 * @param kind         Plug and Play or not
 * @param extension    a DCH extension or software component INF
 * @param bootCritical a service starts at boot (storage and other boot-critical drivers)
 * @param enabled      only enabled drivers go into packages and matches
 * @param categories   administrative categories
 * @param importedAt   when it was first imported
 * @param importedBy   who imported it
 */
public record CatalogDriver(String driverHash, String name, String infName, String sourceFolder, String infPath, String className,
                            String classGuid, String provider, DriverVer driverVer, boolean signed, String catalogFile, InfKind kind,
                            boolean extension, boolean bootCritical, boolean enabled, List<String> categories, Instant importedAt,
                            String importedBy) {

    public CatalogDriver {
        categories = List.copyOf(categories);
    }

    /** The first twelve hex digits of the hash, enough to name a driver on a command line. */
    public String shortHash() {
        return driverHash.substring(0, 12);
    }

    public CatalogDriver withCategories(List<String> newCategories) {
        return new CatalogDriver(driverHash, name, infName, sourceFolder, infPath, className, classGuid, provider, driverVer, signed,
                catalogFile, kind, extension, bootCritical, enabled, newCategories, importedAt, importedBy);
    }
}
