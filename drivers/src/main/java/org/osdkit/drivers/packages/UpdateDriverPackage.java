package org.osdkit.drivers.packages;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.osdkit.core.PackageId;
import org.osdkit.core.progress.Progress;
import org.osdkit.drivers.catalog.AuditTrail;
import org.osdkit.drivers.catalog.DriverCatalog;

/**
 * Changes a package's selection (categories, drivers, exclusions) and rebuilds its content: drivers
 * imported since are added, deselected ones removed, SourceVersion bumped once if anything changed.
 */
public final class UpdateDriverPackage {

    private final DriverCatalog catalog;
    private final DriverPackageStore packages;
    private final AuditTrail audit;

    public UpdateDriverPackage(DriverCatalog catalog, DriverPackageStore packages, AuditTrail audit) {
        this.catalog = catalog;
        this.packages = packages;
        this.audit = audit;
    }

    public PackageBuild update(PackageId id, PackageChange change) {
        return update(id, change, Progress.NONE);
    }

    /** As above, telling {@code progress} each driver copied into or removed from the content. */
    public PackageBuild update(PackageId id, PackageChange change, Progress progress) {
        DriverPackage current = packages.require(id);
        CreateDriverPackage.requireShare(current.share());
        DriverPackage selected = current.withSelection(apply(current.categories(), change.addCategories(), change.removeCategories()),
                apply(current.explicitDrivers(), change.addDrivers(), change.removeDrivers()),
                apply(current.exclusions(), change.addExclusions(), change.removeExclusions()));
        if (change.keepSuperseded() != null) {
            selected = selected.withKeepSuperseded(change.keepSuperseded());
        }
        PackageSelection.Result selection = PackageSelection.resolve(catalog, selected.os(), selected.categories(), selected.explicitDrivers(),
                selected.exclusions(), selected.keepSuperseded(), Set.of());
        PackageBuild build = PackageBuilder.build(selected, selection, audit.clock().instant(), change.whatIf(), progress);
        if (change.whatIf()) {
            audit.record("drivers.package.update", id.value(), "SourceVersion " + current.sourceVersion(), build.plan().size() + " changes planned", "what-if");
            return build;
        }
        packages.update(build.driverPackage());
        audit.record("drivers.package.update", id.value(), "SourceVersion " + current.sourceVersion() + ", " + current.drivers().size() + " drivers",
                "SourceVersion " + build.driverPackage().sourceVersion() + ", " + build.driverPackage().drivers().size() + " drivers (+" + build.added().size()
                        + " -" + build.removed().size() + "), exclusions " + selected.exclusions(), "ok");
        return build;
    }

    /**
     * Rebuilds the package without the driver {@code driverHash}, as if the catalog no longer had it: the
     * first step of removing the driver from the catalog. An explicit selection of it is dropped too.
     */
    PackageBuild rebuildWithout(PackageId id, String driverHash, boolean whatIf) {
        DriverPackage current = packages.require(id);
        CreateDriverPackage.requireShare(current.share());
        List<String> explicit = current.explicitDrivers().stream().filter(h -> !driverHash.startsWith(h.toLowerCase(Locale.ROOT))).toList();
        DriverPackage selected = current.withSelection(current.categories(), explicit, current.exclusions());
        PackageSelection.Result selection = PackageSelection.resolve(catalog, selected.os(), selected.categories(), selected.explicitDrivers(),
                selected.exclusions(), selected.keepSuperseded(), Set.of(driverHash));
        PackageBuild build = PackageBuilder.build(selected, selection, audit.clock().instant(), whatIf);
        if (!whatIf) {
            packages.update(build.driverPackage());
            audit.record("drivers.package.update", id.value(), "SourceVersion " + current.sourceVersion() + ", " + current.drivers().size() + " drivers",
                    "SourceVersion " + build.driverPackage().sourceVersion() + ", without driver " + driverHash, "ok");
        }
        return build;
    }

    private static List<String> apply(List<String> current, List<String> add, List<String> remove) {
        Set<String> out = new LinkedHashSet<>(current);
        out.addAll(add);
        remove.forEach(r -> out.removeIf(v -> v.equalsIgnoreCase(r)));
        return new ArrayList<>(out);
    }
}
