package org.osdkit.drivers.packages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.whatif.PlannedOperation;
import org.osdkit.core.whatif.ShouldProcess;
import org.osdkit.drivers.catalog.AuditTrail;
import org.osdkit.drivers.catalog.CatalogDriver;
import org.osdkit.drivers.catalog.DriverCatalog;
import org.osdkit.drivers.catalog.DriverDetail;
import org.osdkit.drivers.catalog.DriverErrors;

/**
 * Deletes a driver from the catalog (a superseded version, a driver imported by mistake). Refused while
 * a package holds it, because the package's content and manifest would name a driver the catalog no
 * longer knows; with {@code fromPackages} each such package is first rebuilt without it (its content
 * folder removed through core's confined deletion, SourceVersion raised). Every change is asked about
 * through the {@link ShouldProcess} gate and journalled.
 */
public final class RemoveCatalogDriver {

    private final DriverCatalog catalog;
    private final DriverPackageStore packages;
    private final UpdateDriverPackage update;
    private final AuditTrail audit;

    public RemoveCatalogDriver(DriverCatalog catalog, DriverPackageStore packages, AuditTrail audit) {
        this.catalog = catalog;
        this.packages = packages;
        this.update = new UpdateDriverPackage(catalog, packages, audit);
        this.audit = audit;
    }

    /** Removes the driver {@code hashOrPrefix}; a what-if gate gets every change and nothing is changed. */
    public DriverRemoval remove(String hashOrPrefix, boolean fromPackages, ShouldProcess gate) {
        CatalogDriver driver = catalog.find(hashOrPrefix).map(DriverDetail::driver).orElseThrow(() -> new OsdkitException(DriverErrors.DRIVER_NOT_FOUND,
                "No catalog driver has the hash " + hashOrPrefix + " (or the prefix matches several).",
                "Give more hex digits; list drivers with 'osdkit drivers list'."));
        String hash = driver.driverHash();
        String label = driver.infName() + " (" + driver.shortHash() + ", DriverVer " + driver.driverVer() + ")";
        List<DriverPackage> holders = packages.list().stream().filter(p -> holds(p, hash)).toList();
        if (!holders.isEmpty() && !fromPackages) {
            String names = String.join(", ", holders.stream().map(p -> p.id() + " (" + p.name() + ", SourceVersion " + p.sourceVersion() + ")").toList());
            audit.record("drivers.driver.remove", hash, label, null, "refused: held by " + names);
            throw new OsdkitException(DriverErrors.DRIVER_IN_USE, "The driver " + label + " is in " + holders.size() + " driver package"
                    + (holders.size() == 1 ? "" : "s") + ": " + names + ".",
                    "Give --from-packages to take it out of them first (each gets a new SourceVersion), or exclude it per package with"
                            + " 'osdkit drivers package update <PackageID> --exclude " + driver.shortHash() + "'.");
        }
        List<PackageBuild> rebuilt = new ArrayList<>();
        for (DriverPackage p : holders) {
            PlannedOperation change = PlannedOperation.of("Remove driver " + label + " from driver package " + p.id() + " and set SourceVersion "
                    + (p.sourceVersion() + 1), p.source() + "\\" + hash);
            if (!gate.shouldProcess(change)) {
                if (gate.whatIf()) {
                    rebuilt.add(update.rebuildWithout(p.id(), hash, true));
                    continue;
                }
                return new DriverRemoval(driver, rebuilt, false);
            }
            try {
                rebuilt.add(update.rebuildWithout(p.id(), hash, false));
            } catch (RuntimeException e) {
                audit.record("drivers.driver.remove", hash, label, null, "failed: taking it out of " + p.id() + ": " + e.getMessage());
                throw e;
            }
        }
        PlannedOperation change = PlannedOperation.of("Remove driver " + label + " from the catalog", driver.sourceFolder() + "\\" + driver.infPath());
        if (!gate.shouldProcess(change)) {
            if (gate.whatIf()) {
                audit.record("drivers.driver.remove", hash, label, null, "what-if");
            }
            return new DriverRemoval(driver, rebuilt, false);
        }
        boolean removed = catalog.remove(hash);
        String takenOutOf = String.join(", ", rebuilt.stream().map(b -> b.driverPackage().id().value()).toList());
        audit.record("drivers.driver.remove", hash, label + ", categories " + driver.categories(), null,
                removed ? (takenOutOf.isEmpty() ? "ok" : "ok: taken out of " + takenOutOf) : "ok: already gone");
        return new DriverRemoval(driver, rebuilt, removed);
    }

    /** In the package's content, or selected by hash (a prefix of it). */
    private static boolean holds(DriverPackage p, String hash) {
        return p.drivers().contains(hash) || p.explicitDrivers().stream().anyMatch(e -> hash.startsWith(e.toLowerCase(Locale.ROOT)));
    }
}
