package org.osdkit.drivers.distribution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.PackageId;
import org.osdkit.drivers.catalog.AuditTrail;
import org.osdkit.drivers.catalog.DriverErrors;
import org.osdkit.drivers.packages.Confined;
import org.osdkit.drivers.packages.DriverPackage;
import org.osdkit.drivers.packages.DriverPackageStore;
import org.osdkit.drivers.packages.PackageManifest;
import org.osdkit.drivers.packages.WhatIf;

/**
 * Removes a driver package: its content copies on distribution points, its source folder content
 * (only what osdkit wrote there, and only when the folder's manifest names this package) and its
 * record. Every deletion is journalled.
 */
public final class RemoveDriverPackage {

    private final DriverPackageStore packages;
    private final DistributionStore distribution;
    private final AuditTrail audit;

    public RemoveDriverPackage(DriverPackageStore packages, DistributionStore distribution, AuditTrail audit) {
        this.packages = packages;
        this.distribution = distribution;
        this.audit = audit;
    }

    /** Returns the {@code What if:} lines for a what-if run, the deletions done otherwise. */
    public List<String> remove(PackageId id, boolean keepSource, boolean whatIf) {
        DriverPackage p = packages.require(id);
        List<String> done = new ArrayList<>();
        for (DistributionStatus status : distribution.status(Optional.of(id))) {
            Optional<DistributionPoint> dp = distribution.point(status.dpName());
            if (dp.isEmpty()) {
                continue;
            }
            Path share = dp.get().share().toPath();
            Path copy = share.resolve(id.value());
            if (whatIf) {
                done.add(WhatIf.line("Remove package content from distribution point " + dp.get().name(), dp.get().share() + "\\" + id));
                continue;
            }
            delete(share, copy, "drivers.package.remove.dp", dp.get().name(), done);
        }
        Path folder = p.source().toPath();
        boolean ours = PackageManifest.owner(folder).map(id.value()::equals).orElse(false);
        if (!keepSource && ours) {
            for (String hash : p.drivers()) {
                if (whatIf) {
                    done.add(WhatIf.line("Remove driver content", p.source() + "\\" + hash));
                } else {
                    delete(folder, folder.resolve(hash), "drivers.package.remove.content", id.value(), done);
                }
            }
            for (String file : List.of(DriverPackage.MANIFEST, DriverPackage.MANIFEST + ".bak")) {
                if (whatIf) {
                    done.add(WhatIf.line("Remove file", p.source() + "\\" + file));
                } else {
                    deleteFile(folder.resolve(file), id.value(), done);
                }
            }
        }
        if (whatIf) {
            done.add(WhatIf.line("Remove driver package " + id + " (" + p.name() + ")", p.source().value()));
            audit.record("drivers.package.remove", id.value(), p.name(), null, "what-if");
            return done;
        }
        packages.delete(id);
        audit.record("drivers.package.remove", id.value(), p.name() + " at " + p.source() + ", SourceVersion " + p.sourceVersion(), null,
                ours || keepSource ? "ok" : "ok: source folder left alone, its manifest does not name " + id);
        return done;
    }

    private void delete(Path root, Path target, String action, String target0, List<String> done) {
        try {
            if (Files.exists(target)) {
                Confined.deleteTree(root, target);
                audit.record(action, target0, target.toString(), null, "ok");
                done.add(target.toString());
            }
        } catch (IOException e) {
            audit.record(action, target0, target.toString(), null, "failed: " + e.getMessage());
            throw new OsdkitException(DriverErrors.CONTENT_COPY_FAILED, "Cannot delete " + target + ": " + e.getMessage() + ".", "Check permissions and run the removal again.", e);
        }
    }

    private void deleteFile(Path file, String target, List<String> done) {
        try {
            if (Files.deleteIfExists(file)) {
                audit.record("drivers.package.remove.content", target, file.toString(), null, "ok");
                done.add(file.toString());
            }
        } catch (IOException e) {
            throw new OsdkitException(DriverErrors.CONTENT_COPY_FAILED, "Cannot delete " + file + ": " + e.getMessage() + ".", null, e);
        }
    }
}
