package org.osdkit.drivers.packages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.progress.Progress;
import org.osdkit.core.whatif.OperationPlan;
import org.osdkit.core.whatif.PlannedOperation;
import org.osdkit.drivers.catalog.CatalogDriver;
import org.osdkit.drivers.catalog.DriverDetail;
import org.osdkit.drivers.catalog.DriverErrors;

/**
 * Brings a package's content to its selection: copies the drivers that are new, removes those no
 * longer selected, rewrites the manifest, and bumps SourceVersion once per build that changed
 * something, never once per driver.
 */
final class PackageBuilder {

    private PackageBuilder() {
    }

    static PackageBuild build(DriverPackage current, PackageSelection.Result selection, Instant now, boolean whatIf) {
        return build(current, selection, now, whatIf, Progress.NONE);
    }

    /** As above, telling {@code progress} each driver copied into the content and each one removed from it. */
    static PackageBuild build(DriverPackage current, PackageSelection.Result selection, Instant now, boolean whatIf, Progress progress) {
        Path folder = current.source().toPath();
        List<String> desired = selection.selected().stream().map(d -> d.driver().driverHash()).toList();
        Set<String> existing = new LinkedHashSet<>(current.drivers());
        List<DriverDetail> toAdd = selection.selected().stream()
                .filter(d -> !existing.contains(d.driver().driverHash()) || !Files.isDirectory(folder.resolve(d.driver().driverHash()))).toList();
        List<String> toRemove = current.drivers().stream().filter(h -> !desired.contains(h)).toList();
        boolean changed = !toAdd.isEmpty() || !toRemove.isEmpty() || current.sourceVersion() == 0;
        List<CatalogDriver> added = toAdd.stream().map(DriverDetail::driver).toList();
        if (whatIf) {
            List<PlannedOperation> plan = new ArrayList<>();
            added.forEach(d -> plan.add(PlannedOperation.of("Copy driver " + d.infName() + " (" + d.shortHash() + ")", current.source() + "\\" + d.driverHash())));
            toRemove.forEach(h -> plan.add(PlannedOperation.of("Remove driver content", current.source() + "\\" + h)));
            if (changed) {
                plan.add(PlannedOperation.of("Write manifest and set SourceVersion " + (current.sourceVersion() + 1), current.source() + "\\" + DriverPackage.MANIFEST));
            }
            return new PackageBuild(current, added, toRemove, selection.skipped(), selection.warnings(), new OperationPlan(plan), changed);
        }
        if (!changed) {
            return new PackageBuild(current, List.of(), List.of(), selection.skipped(), selection.warnings(), OperationPlan.of(), false);
        }
        try {
            Files.createDirectories(folder);
            String task = "Building " + current.id() + " (" + toAdd.size() + " drivers to copy, " + toRemove.size() + " to remove)";
            long steps = toAdd.size() + toRemove.size();
            long done = 0;
            progress.update(task, done, steps);
            for (DriverDetail d : toAdd) {
                PackageContent.copyDriver(d, folder);
                progress.update(task, ++done, steps);
            }
            for (String hash : toRemove) {
                PackageContent.removeDriver(folder, hash);
                progress.update(task, ++done, steps);
            }
            DriverPackage next = current.withContent(desired, current.sourceVersion() + 1, now);
            PackageManifest.write(folder, next, selection.selected());
            return new PackageBuild(next, added, toRemove, selection.skipped(), selection.warnings(), OperationPlan.of(), true);
        } catch (IOException e) {
            throw new OsdkitException(DriverErrors.CONTENT_COPY_FAILED, "Building the content of " + current.id() + " in " + folder + " failed: " + e.getMessage() + ".",
                    "Check that the share is writable and has space; run the command again to resume (finished drivers are kept).", e);
        }
    }
}
