package org.osdkit.drivers.jdbc;

import java.time.Clock;
import org.osdkit.core.storage.Database;
import org.osdkit.drivers.catalog.DriverCatalog;
import org.osdkit.drivers.catalog.ImportCache;
import org.osdkit.drivers.distribution.DistributionStore;
import org.osdkit.drivers.packages.DriverPackageStore;

/**
 * The drivers module's ports stored in one database (H2 or PostgreSQL), for a library user who wires
 * the use cases by hand: {@code DriversStorage.jdbc(database)} creates or migrates the
 * {@code drivers_*} tables, and its accessors give the port implementations.
 */
public final class DriversStorage {

    private final DriverCatalog catalog;
    private final ImportCache importCache;
    private final DriverPackageStore packages;
    private final DistributionStore distribution;

    private DriversStorage(Database database, Clock clock) {
        this.catalog = new JdbcDriverCatalog(database);
        this.importCache = new JdbcImportCache(database);
        this.packages = new JdbcDriverPackageStore(database);
        this.distribution = new JdbcDistributionStore(database, clock);
    }

    /** The ports over {@code database}; the system clock stamps when a distribution point was added. */
    public static DriversStorage jdbc(Database database) {
        return jdbc(database, Clock.systemUTC());
    }

    /** As {@link #jdbc(Database)}, with the clock that stamps when a distribution point was added. */
    public static DriversStorage jdbc(Database database, Clock clock) {
        return new DriversStorage(database, clock);
    }

    /** The driver catalog; also the candidate source hardware-ID matching queries. */
    public DriverCatalog catalog() {
        return catalog;
    }

    /** The file-hash and source-INF cache that makes re-imports fast. */
    public ImportCache importCache() {
        return importCache;
    }

    /** Driver packages, their PackageIDs and the source folders they own. */
    public DriverPackageStore packages() {
        return packages;
    }

    /** Distribution points, their groups and the content status of each package on them. */
    public DistributionStore distribution() {
        return distribution;
    }
}
