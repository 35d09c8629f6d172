package org.osdkit.web;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.Optional;
import org.osdkit.core.PackageId;
import org.osdkit.drivers.distribution.ContentStatus;
import org.osdkit.drivers.distribution.DistributionStore;
import org.osdkit.drivers.packages.DriverPackageStore;

/** Driver packages per model and their content status on each distribution point. */
final class DriversResource {

    private final DriverPackageStore packages;
    private final DistributionStore distribution;

    @Inject
    DriversResource(DriverPackageStore packages, DistributionStore distribution) {
        this.packages = packages;
        this.distribution = distribution;
    }

    /** {@code GET /api/v1/drivers/packages}. */
    void packages(Context ctx) {
        Paging.of(ctx).serve(ctx, packages.list());
    }

    /**
     * {@code GET /api/v1/drivers/distribution[?package=PS100012]}: one row per package and DP, ConfigMgr's state words, each told
     * against the package's SourceVersion ({@code behind}, {@code summary} "behind (has 1, package is 2)").
     */
    void distribution(Context ctx) {
        String id = ctx.queryParam("package");
        Paging.of(ctx).serve(ctx, new ContentStatus(packages, distribution).list(id == null || id.isBlank() ? Optional.empty() : Optional.of(PackageId.of(id))));
    }
}
