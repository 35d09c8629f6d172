package org.osdkit.drivers.distribution;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osdkit.core.PackageId;
import org.osdkit.drivers.packages.DriverPackage;
import org.osdkit.drivers.packages.DriverPackageStore;

/** Content status per package and distribution point, each told against the package's current SourceVersion. */
public final class ContentStatus {

    private final DriverPackageStore packages;
    private final DistributionStore store;

    public ContentStatus(DriverPackageStore packages, DistributionStore store) {
        this.packages = packages;
        this.store = store;
    }

    /** The rows of one package, or of every package when empty. */
    public List<DpContentStatus> list(Optional<PackageId> packageId) {
        Map<PackageId, Integer> versions = new HashMap<>();
        if (packageId.isPresent()) {
            packages.find(packageId.get()).ifPresent(p -> versions.put(p.id(), p.sourceVersion()));
        } else {
            packages.summaries().forEach(p -> versions.put(p.id(), p.sourceVersion()));
        }
        return store.status(packageId).stream().map(s -> DpContentStatus.of(s, versions.getOrDefault(s.packageId(), s.sourceVersion()))).toList();
    }

    /** At most {@code limit} rows of every package from the {@code offset}-th on (package and DP order), read as one bounded query. */
    public List<DpContentStatus> page(int offset, int limit) {
        return store.page(offset, limit);
    }

    /** Every row counted per state and behind, without reading the rows. */
    public List<ContentCount> counts() {
        return store.counts();
    }

    /** The rows of {@code p}. */
    public List<DpContentStatus> of(DriverPackage p) {
        return store.status(Optional.of(p.id())).stream().map(s -> DpContentStatus.of(s, p.sourceVersion())).toList();
    }
}
