package org.osdkit.drivers.packages;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.osdkit.core.HardwareModel;
import org.osdkit.core.OsTarget;
import org.osdkit.core.PackageId;
import org.osdkit.core.UncPath;

/**
 * A driver package for one hardware model and OS, kept in the seed's folder convention
 * {@code <share>\SCCM_Driver_Packages\<OS>\<Model>}.
 *
 * @param id            PackageID: site code and five hex digits
 * @param name          e.g. {@code Drivers - Lenovo R61 8935CTO - XP x86}
 * @param description   free text, at most 127 characters as in ConfigMgr
 * @param model         the hardware model
 * @param os            the OS and architecture the package serves
 * @param share         the driver share it was created under
 * @param source        the package source folder (PkgSourcePath)
 * @param sourceVersion bumped once per build that changed the content (SourceVersion)
 * @param categories    catalog categories whose drivers the package takes
 * @param explicitDrivers drivers added by hash besides the categories
 * @param exclusions    per-model exclusions: INF names, hash prefixes, hardware IDs or {@code class:<name>}
 * @param drivers       hashes of the drivers in the content now
 * @param created       when it was created
 * @param updated       when its content last changed
 * @param keepSuperseded the package keeps every version of a driver its categories hold, not only the newest
 */
public record DriverPackage(PackageId id, String name, String description, HardwareModel model, OsTarget os, UncPath share, UncPath source,
                            int sourceVersion, List<String> categories, List<String> explicitDrivers, List<String> exclusions,
                            List<String> drivers, Instant created, Instant updated, boolean keepSuperseded) {

    /** ConfigMgr's limit for a driver package description. */
    public static final int MAX_DESCRIPTION = 127;
    /** The manifest osdkit writes into every package source folder. */
    public static final String MANIFEST = "osdkit-package.json";
    /** The suffix of a driver folder still being copied into the package ({@code <hash>.partial}); a killed build leaves one. */
    public static final String PARTIAL = ".partial";

    public DriverPackage {
        Objects.requireNonNull(id, "id");
        categories = List.copyOf(categories);
        explicitDrivers = List.copyOf(explicitDrivers);
        exclusions = List.copyOf(exclusions);
        drivers = List.copyOf(drivers);
    }

    /** A package that keeps only the newest version of each driver. */
    public DriverPackage(PackageId id, String name, String description, HardwareModel model, OsTarget os, UncPath share, UncPath source,
                         int sourceVersion, List<String> categories, List<String> explicitDrivers, List<String> exclusions,
                         List<String> drivers, Instant created, Instant updated) {
        this(id, name, description, model, os, share, source, sourceVersion, categories, explicitDrivers, exclusions, drivers, created, updated, false);
    }

    /** The community naming convention: {@code Drivers - <Make> <Model> - <OS> <arch>}. */
    public static String defaultName(HardwareModel model, OsTarget os) {
        return "Drivers - " + model.displayName() + " - " + os.name() + " " + os.architecture().label();
    }

    /** The folder the convention gives: {@code <share>\SCCM_Driver_Packages\<OS>\<Model>}. */
    public static UncPath folderFor(UncPath share, OsTarget os, HardwareModel model) {
        return share.resolve("SCCM_Driver_Packages", os.name(), model.folderName());
    }

    DriverPackage withContent(List<String> newDrivers, int newVersion, Instant when) {
        return new DriverPackage(id, name, description, model, os, share, source, newVersion, categories, explicitDrivers, exclusions, newDrivers, created, when,
                keepSuperseded);
    }

    DriverPackage withSelection(List<String> newCategories, List<String> newExplicit, List<String> newExclusions) {
        return new DriverPackage(id, name, description, model, os, share, source, sourceVersion, newCategories, newExplicit, newExclusions, drivers, created,
                updated, keepSuperseded);
    }

    DriverPackage withKeepSuperseded(boolean keep) {
        return new DriverPackage(id, name, description, model, os, share, source, sourceVersion, categories, explicitDrivers, exclusions, drivers, created,
                updated, keep);
    }
}
