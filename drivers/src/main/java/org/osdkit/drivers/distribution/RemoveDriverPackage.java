package org.osdkit.drivers.distribution;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.osdkit.core.PackageId;
import org.osdkit.core.files.ConfinedDeletion;
import org.osdkit.core.files.DeletionResult;
import org.osdkit.core.whatif.PlannedOperation;
import org.osdkit.core.whatif.ShouldProcess;
import org.osdkit.drivers.catalog.AuditTrail;
import org.osdkit.drivers.packages.DriverPackage;
import org.osdkit.drivers.packages.DriverPackageStore;
import org.osdkit.drivers.packages.PackageManifest;

/**
 * Removes a driver package: its content copies on distribution points (with what a killed distribution
 * left beside them), its source folder content (only what osdkit wrote there, and only when the folder's
 * manifest names this package) and its record. Every deletion is confined (core's {@link ConfinedDeletion}:
 * the real path must lie inside the DP's share or the driver share, no link or mount point is followed),
 * asked about through the {@link ShouldProcess} gate and journalled.
 *
 * <p>A deletion that fails does not stop the others, but the manifest and the record stay: they are what
 * lets a later removal know the folder's content is this package's and finish the job.
 */
public final class RemoveDriverPackage {

    private static final ConfinedDeletion DELETION = ConfinedDeletion.nio();

    private final DriverPackageStore packages;
    private final DistributionStore distribution;
    private final AuditTrail audit;

    public RemoveDriverPackage(DriverPackageStore packages, DistributionStore distribution, AuditTrail audit) {
        this.packages = packages;
        this.distribution = distribution;
        this.audit = audit;
    }

    /**
     * Removes the package, asking {@code gate} before each DP's copy, each driver folder, each manifest
     * file and the record; a what-if gate ({@link org.osdkit.core.whatif.WhatIfRecorder}) gets every one
     * of them and nothing is changed.
     */
    public PackageRemoval remove(PackageId id, boolean keepSource, ShouldProcess gate) {
        DriverPackage p = packages.require(id);
        List<RemovalStep> steps = new ArrayList<>();
        // A declined or failed step keeps the manifest and the record, so that a later removal can finish.
        boolean blocked = false;
        for (DistributionStatus status : distribution.status(Optional.of(id))) {
            Optional<DistributionPoint> dp = distribution.point(status.dpName());
            if (dp.isEmpty()) {
                continue;
            }
            Path share = dp.get().share().toPath();
            PlannedOperation change = PlannedOperation.of("Remove package content from distribution point " + dp.get().name(), dp.get().share() + "\\" + id);
            List<Path> targets = List.of(share.resolve(id.value()), share.resolve(id + DistributePackage.STAGING), share.resolve(id + DistributePackage.OLD));
            blocked |= !step(change, share, targets, "drivers.package.remove.dp", dp.get().name(), gate, steps);
        }
        Path folder = p.source().toPath();
        Path driverShare = p.share().toPath();
        boolean ours = PackageManifest.owner(folder).map(id.value()::equals).orElse(false);
        if (!keepSource && ours) {
            for (String hash : p.drivers()) {
                PlannedOperation change = PlannedOperation.of("Remove driver content", p.source() + "\\" + hash);
                List<Path> targets = List.of(folder.resolve(hash), folder.resolve(hash + DriverPackage.PARTIAL));
                blocked |= !step(change, driverShare, targets, "drivers.package.remove.content", id.value(), gate, steps);
            }
            for (String file : List.of(DriverPackage.MANIFEST, DriverPackage.MANIFEST + ".bak")) {
                if (blocked && !gate.whatIf()) {
                    break;
                }
                PlannedOperation change = PlannedOperation.of("Remove file", p.source() + "\\" + file);
                blocked |= !step(change, driverShare, List.of(folder.resolve(file)), "drivers.package.remove.content", id.value(), gate, steps);
            }
        }
        PlannedOperation record = PlannedOperation.of("Remove driver package " + id + " (" + p.name() + ")", p.source().value());
        if (gate.whatIf()) {
            gate.shouldProcess(record);
            audit.record("drivers.package.remove", id.value(), p.name(), null, "what-if");
            return new PackageRemoval(id, steps, false);
        }
        PackageRemoval kept = new PackageRemoval(id, steps, false);
        if (kept.failed()) {
            audit.record("drivers.package.remove", id.value(), p.name() + " at " + p.source(), null,
                    "failed: " + kept.failures().size() + " deletions failed, the package is kept: " + kept.failures().get(0).reason());
            return kept;
        }
        if (blocked || !gate.shouldProcess(record)) {
            return kept;
        }
        packages.delete(id);
        audit.record("drivers.package.remove", id.value(), p.name() + " at " + p.source() + ", SourceVersion " + p.sourceVersion(), null,
                ours || keepSource ? "ok" : "ok: source folder left alone, its manifest does not name " + id);
        return new PackageRemoval(id, steps, true);
    }

    /** Asks once, then deletes each target inside {@code root}; false when declined or when something is left. */
    private boolean step(PlannedOperation change, Path root, List<Path> targets, String action, String auditTarget, ShouldProcess gate,
                         List<RemovalStep> steps) {
        if (!gate.shouldProcess(change)) {
            steps.add(new RemovalStep(change, targets.get(0), null));
            return false;
        }
        boolean done = true;
        for (Path target : targets) {
            DeletionResult result = DELETION.delete(root, target);
            switch (result.outcome()) {
                case ABSENT -> {
                    // Nothing there (most leftovers are): neither a step nor an audit entry.
                    continue;
                }
                case DELETED -> audit.record(action, auditTarget, target.toString(), null, "ok");
                default -> {
                    audit.record(action, auditTarget, target.toString(), null, "failed: " + result.reason());
                    done = false;
                }
            }
            steps.add(new RemovalStep(change, target, result));
        }
        return done;
    }
}
