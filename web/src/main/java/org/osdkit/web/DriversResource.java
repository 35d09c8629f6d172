package org.osdkit.web;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osdkit.core.PackageId;
import org.osdkit.drivers.catalog.CatalogDriver;
import org.osdkit.drivers.catalog.CatalogQuery;
import org.osdkit.drivers.catalog.DriverCatalog;
import org.osdkit.drivers.distribution.ContentStatus;
import org.osdkit.drivers.distribution.DistributionStore;
import org.osdkit.drivers.distribution.DpContentStatus;
import org.osdkit.drivers.packages.DriverPackage;
import org.osdkit.drivers.packages.DriverPackageStore;

/** Driver packages per model and their content status on each distribution point. */
final class DriversResource {

    private final DriverPackageStore packages;
    private final DistributionStore distribution;
    private final DriverCatalog catalog;

    @Inject
    DriversResource(DriverPackageStore packages, DistributionStore distribution, DriverCatalog catalog) {
        this.packages = packages;
        this.distribution = distribution;
        this.catalog = catalog;
    }

    /**
     * {@code GET /api/v1/drivers/packages}: one page of package summaries (a driver count, no driver list: the hashes are on
     * the package's own route), read as one bounded query.
     */
    void packages(Context ctx) {
        Paging page = Paging.of(ctx);
        page.serveFromOffset(ctx, packages.summaries(page.offset(), page.limit() + 1));
    }

    /**
     * {@code GET /api/v1/drivers/distribution[?package=PS100012]}: one row per package and DP, ConfigMgr's state words, each told
     * against the package's SourceVersion ({@code behind}, {@code summary} "behind (has 1, package is 2)"). Without a package,
     * one page of every package's rows in package and DP order, read as one bounded query (a {@code Link} header to the next).
     */
    void distribution(Context ctx) {
        String id = ctx.queryParam("package");
        Paging page = Paging.of(ctx);
        ContentStatus status = new ContentStatus(packages, distribution);
        if (id == null || id.isBlank()) {
            page.serveFromOffset(ctx, status.page(page.offset(), page.limit() + 1));
        } else {
            page.serve(ctx, status.list(Optional.of(PackageId.of(id))));
        }
    }

    /** {@code GET /api/v1/drivers/packages/{id}}: the package, its drivers (paged), their warnings and its DPs, as {@code drivers package show} shows them. */
    void packageDetail(Context ctx) {
        Paging.of(ctx).serveField(ctx, detail(PackageId.of(ctx.pathParam("id"))), "drivers");
    }

    /**
     * One driver of a package as its page lists it.
     *
     * @param inCatalog false when the catalog no longer has the driver (its other fields are then empty)
     */
    record PackageDriver(String driverHash, boolean inCatalog, String infName, String name, String provider, String className, String driverVer,
                         boolean signed, boolean bootCritical, boolean enabled) {
    }

    /** A package with its drivers, the warnings about them, and its content status on every DP. */
    record PackageDetail(DriverPackage driverPackage, List<PackageDriver> drivers, List<String> warnings, List<DpContentStatus> distribution) {
    }

    /** The detail of package {@code id} ({@code DRV-PACKAGE-NOT-FOUND} when there is none). */
    PackageDetail detail(PackageId id) {
        DriverPackage p = packages.require(id);
        // The package's categories are a few queries for most of its drivers; the rest (added by hash) one look-up each.
        Map<String, CatalogDriver> known = new HashMap<>();
        for (String category : p.categories()) {
            for (CatalogDriver d : catalog.query(CatalogQuery.category(category))) {
                known.put(d.driverHash(), d);
            }
        }
        List<PackageDriver> drivers = new ArrayList<>();
        int unsigned = 0;
        int boot = 0;
        int disabled = 0;
        int missing = 0;
        for (String hash : p.drivers()) {
            CatalogDriver d = known.get(hash);
            if (d == null) {
                d = catalog.find(hash).map(x -> x.driver()).orElse(null);
            }
            if (d == null) {
                missing++;
                drivers.add(new PackageDriver(hash, false, "", "", "", "", "", false, false, false));
                continue;
            }
            unsigned += d.signed() ? 0 : 1;
            boot += d.bootCritical() ? 1 : 0;
            disabled += d.enabled() ? 0 : 1;
            drivers.add(new PackageDriver(hash, true, d.infName(), d.name(), d.provider(), d.className(), String.valueOf(d.driverVer()), d.signed(),
                    d.bootCritical(), d.enabled()));
        }
        List<DpContentStatus> status = new ContentStatus(packages, distribution).of(p);
        List<String> warnings = new ArrayList<>();
        if (unsigned > 0) {
            warnings.add(unsigned + " unsigned driver" + plural(unsigned) + ": Windows setup may refuse or prompt for them.");
        }
        if (boot > 0) {
            warnings.add(boot + " boot-critical driver" + plural(boot) + " (storage and the like): a wrong one in a model package stops Windows booting.");
        }
        if (disabled > 0) {
            warnings.add(disabled + " driver" + plural(disabled) + " disabled in the catalog since the last build: 'osdkit drivers package update " + id
                    + "' leaves " + (disabled == 1 ? "it" : "them") + " out.");
        }
        if (missing > 0) {
            warnings.add(missing + " driver" + plural(missing) + " no longer in the catalog.");
        }
        long failed = status.stream().filter(s -> ContentBucket.of(s) == ContentBucket.FAILED).count();
        long behind = status.stream().filter(DpContentStatus::behind).count();
        if (failed > 0) {
            warnings.add("Distribution failed on " + failed + " DP" + plural((int) failed) + ": redistribute after fixing the cause in the message.");
        }
        if (behind > 0) {
            warnings.add(behind + " DP" + plural((int) behind) + " hold an older SourceVersion than " + p.sourceVersion() + ": redistribute.");
        }
        return new PackageDetail(p, drivers, warnings, status);
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }

    DriverPackageStore packageStore() {
        return packages;
    }

    DistributionStore store() {
        return distribution;
    }
}
