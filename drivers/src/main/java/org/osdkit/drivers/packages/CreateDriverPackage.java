package org.osdkit.drivers.packages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.PackageId;
import org.osdkit.core.progress.Progress;
import org.osdkit.core.UncPath;
import org.osdkit.core.files.ConfinedDeletion;
import org.osdkit.core.whatif.OperationPlan;
import org.osdkit.core.whatif.PlannedOperation;
import org.osdkit.drivers.catalog.AuditTrail;
import org.osdkit.drivers.catalog.DriverCatalog;
import org.osdkit.drivers.catalog.DriverErrors;

/**
 * Creates a model's driver package under {@code <share>\SCCM_Driver_Packages\<OS>\<Model>}: refuses a
 * folder that is not empty or belongs to another package, and (unless {@code allowEmpty}) categories the
 * catalog does not have or a selection without a driver for the OS and architecture, saying what the
 * categories hold; allocates a unique PackageID, copies each selected driver's content once and writes
 * the manifest. SourceVersion starts at 1.
 */
public final class CreateDriverPackage {

    private final DriverCatalog catalog;
    private final DriverPackageStore packages;
    private final AuditTrail audit;

    public CreateDriverPackage(DriverCatalog catalog, DriverPackageStore packages, AuditTrail audit) {
        this.catalog = catalog;
        this.packages = packages;
        this.audit = audit;
    }

    public PackageBuild create(PackageRequest r) {
        return create(r, Progress.NONE);
    }

    /** As above, telling {@code progress} each driver copied into the new content. */
    public PackageBuild create(PackageRequest r, Progress progress) {
        requireShare(r.share());
        UncPath source = DriverPackage.folderFor(r.share(), r.os(), r.model());
        Path folder = source.toPath();
        packages.findBySource(source).ifPresent(owner -> {
            throw owned(source, owner.id().value());
        });
        checkFolderIsFree(source, folder);
        if (!r.allowEmpty()) {
            PackageSelection.requireCategories(catalog, r.categories());
        }
        PackageSelection.Result selection = PackageSelection.resolve(catalog, r.os(), r.categories(), r.drivers(), r.exclusions(), r.keepSuperseded(),
                Set.of());
        if (!r.allowEmpty()) {
            PackageSelection.requireDrivers(catalog, r.os(), r.categories(), selection);
        }
        Instant now = audit.clock().instant();
        String name = r.name() == null || r.name().isBlank() ? DriverPackage.defaultName(r.model(), r.os()) : r.name().strip();
        PackageId id = r.whatIf() ? PackageId.of(r.site(), 0) : packages.allocate(r.site());
        DriverPackage draft = new DriverPackage(id, name, r.description(), r.model(), r.os(), r.share(), source, 0, r.categories(), r.drivers(),
                r.exclusions(), List.of(), now, now, r.keepSuperseded());
        if (r.whatIf()) {
            PackageBuild plan = PackageBuilder.build(draft, selection, now, true);
            OperationPlan lines = new OperationPlan(Stream.concat(Stream.of(PlannedOperation.of("Create driver package \"" + name + "\"", source.value())),
                    plan.plan().operations().stream()).toList());
            audit.record("drivers.package.create", source.value(), null, name, "what-if");
            return new PackageBuild(plan.driverPackage(), plan.added(), plan.removed(), plan.skipped(), plan.warnings(), lines, plan.changed());
        }
        packages.insert(draft);
        try {
            PackageBuild build = PackageBuilder.build(draft, selection, now, false, progress);
            packages.update(build.driverPackage());
            audit.record("drivers.package.create", id.value(), null, name + " at " + source + ", SourceVersion " + build.driverPackage().sourceVersion()
                    + ", " + build.driverPackage().drivers().size() + " drivers", "ok");
            return build;
        } catch (RuntimeException e) {
            undo(draft, folder);
            audit.record("drivers.package.create", id.value(), null, name + " at " + source, "failed: " + e.getMessage());
            throw e;
        }
    }

    /** A failed first build leaves nothing behind: the folder was empty or absent before. */
    private void undo(DriverPackage draft, Path folder) {
        packages.delete(draft.id());
        // Confined to the share; what cannot be deleted is left and reported as not empty on the next attempt.
        ConfinedDeletion.nio().delete(draft.share().toPath(), folder);
    }

    static void requireShare(UncPath share) {
        if (!Files.isDirectory(share.toPath())) {
            throw new OsdkitException(DriverErrors.SHARE_NOT_FOUND, "The share " + share + " does not exist or cannot be reached.",
                    "Check the path and that this account can reach and write to it (e.g. \\\\server\\Drivers\\PC).");
        }
    }

    private static void checkFolderIsFree(UncPath source, Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        Optional<String> owner = PackageManifest.owner(folder);
        if (owner.isPresent()) {
            throw owned(source, owner.get());
        }
        try (Stream<Path> entries = Files.list(folder)) {
            if (entries.findAny().isPresent()) {
                throw new OsdkitException(DriverErrors.PACKAGE_FOLDER_NOT_EMPTY, "The package folder " + source + " is not empty.",
                        "A driver package's source must be an empty folder used by no other package: empty it or choose another model name.");
            }
        } catch (IOException e) {
            throw new OsdkitException(DriverErrors.SHARE_NOT_FOUND, "Cannot read the package folder " + source + ": " + e.getMessage() + ".");
        }
    }

    private static OsdkitException owned(UncPath source, String owner) {
        return new OsdkitException(DriverErrors.PACKAGE_FOLDER_OWNED, "The folder " + source + " already belongs to the driver package " + owner + ".",
                "Update that package with 'osdkit drivers package update " + owner + "' instead of creating another one.");
    }
}
