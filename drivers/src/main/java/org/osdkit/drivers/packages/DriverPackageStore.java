package org.osdkit.drivers.packages;

import java.util.List;
import java.util.Optional;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.OsTarget;
import org.osdkit.core.PackageId;
import org.osdkit.core.SiteCode;
import org.osdkit.core.UncPath;
import org.osdkit.drivers.catalog.DriverErrors;

/** The driver package port: package records, their unique IDs and the source folders they own. */
public interface DriverPackageStore {

    /** The next unused PackageID of {@code site}; never the same twice, also across processes. */
    PackageId allocate(SiteCode site);

    /**
     * Stores a new package; fails with {@code DRV-PACKAGE-FOLDER-OWNED} when another package already
     * owns its source folder (folders compare ignoring case, as Windows does).
     */
    void insert(DriverPackage driverPackage);

    void update(DriverPackage driverPackage);

    Optional<DriverPackage> find(PackageId id);

    /** The package {@code id}; {@code DRV-PACKAGE-NOT-FOUND} when there is none. */
    default DriverPackage require(PackageId id) {
        return find(id).orElseThrow(() -> new OsdkitException(DriverErrors.PACKAGE_NOT_FOUND, "There is no driver package " + id + ".",
                "List packages with 'osdkit drivers package list'."));
    }

    Optional<DriverPackage> findBySource(UncPath source);

    List<DriverPackage> list();

    /** How many packages there are. */
    int count();

    /** At most {@code limit} packages from the {@code offset}-th on, in PackageID order, with their drivers; only those packages are read. */
    List<DriverPackage> page(int offset, int limit);

    /** Every package without its driver lists, with its driver count, in PackageID order. */
    List<PackageSummary> summaries();

    /** At most {@code limit} package summaries from the {@code offset}-th on, in PackageID order; no driver list is read. */
    List<PackageSummary> summaries(int offset, int limit);

    /** The distinct OS targets the packages are for, read as one grouped query (for a list's OS filter). */
    List<OsTarget> targets();

    /**
     * How many distinct drivers the packages hold together: a number kept by every insert, update and delete in its
     * own transaction, so reading it costs the same whatever the number of packages.
     */
    int distinctDrivers();

    void delete(PackageId id);
}
