package org.osdkit.drivers;

import java.time.Clock;
import org.osdkit.core.storage.Database;
import org.osdkit.drivers.internal.JdbcDistributionStore;
import org.osdkit.drivers.internal.JdbcDriverCatalog;
import org.osdkit.drivers.internal.JdbcDriverPackageStore;
import org.osdkit.drivers.internal.JdbcImportCache;

/**
 * The drivers module's storage ports over one database, for use as a library without Guice:
 * {@code DriverStorage.jdbc(database, clock)} creates and migrates the {@code drivers_*} tables.
 *
 * @param catalog      driver catalog
 * @param importCache  file-hash and source-INF cache that makes re-imports fast
 * @param packages     driver packages
 * @param distribution distribution points, groups and content status
 */
public record DriverStorage(DriverCatalog catalog, ImportCache importCache, DriverPackageStore packages, DistributionStore distribution) {

    public static DriverStorage jdbc(Database database, Clock clock) {
        return new DriverStorage(new JdbcDriverCatalog(database), new JdbcImportCache(database), new JdbcDriverPackageStore(database),
                new JdbcDistributionStore(database, clock));
    }
}
