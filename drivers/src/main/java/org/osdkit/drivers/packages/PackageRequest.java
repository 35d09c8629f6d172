package org.osdkit.drivers.packages;

import java.util.List;
import java.util.Objects;
import org.osdkit.core.HardwareModel;
import org.osdkit.core.OsTarget;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.SiteCode;
import org.osdkit.core.UncPath;
import org.osdkit.drivers.catalog.DriverErrors;
import org.osdkit.drivers.catalog.ImportRequest;

/**
 * What driver package to create.
 *
 * @param site        the site whose code starts the PackageID
 * @param model       hardware model
 * @param os          OS and architecture
 * @param share       the driver share root, e.g. {@code \\server\Drivers\PC}
 * @param categories  catalog categories to take drivers from
 * @param drivers     driver hashes (or prefixes) to add besides the categories
 * @param exclusions  per-model exclusions
 * @param name        package name, or {@code null} for the convention's name
 * @param description description, or {@code null}
 * @param whatIf      plan only
 * @param allowEmpty  create the package although its categories do not exist yet or select no driver (drivers are added later)
 * @param keepSuperseded keep every version of a driver the categories hold, not only the newest
 */
public record PackageRequest(SiteCode site, HardwareModel model, OsTarget os, UncPath share, List<String> categories, List<String> drivers,
                             List<String> exclusions, String name, String description, boolean whatIf, boolean allowEmpty, boolean keepSuperseded) {

    /** A request that must select at least one driver and keeps only the newest version of each. */
    public PackageRequest(SiteCode site, HardwareModel model, OsTarget os, UncPath share, List<String> categories, List<String> drivers,
                          List<String> exclusions, String name, String description, boolean whatIf) {
        this(site, model, os, share, categories, drivers, exclusions, name, description, whatIf, false, false);
    }

    public PackageRequest {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(os, "os");
        Objects.requireNonNull(share, "share");
        categories = categories.stream().map(ImportRequest::validCategory).toList();
        drivers = List.copyOf(drivers);
        exclusions = exclusions.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (categories.isEmpty() && drivers.isEmpty() && !allowEmpty) {
            throw new OsdkitException(DriverErrors.PACKAGE_INVALID, "A driver package needs drivers: give at least one --category or --driver.",
                    "Import the model's sources with --category <model folder>, then use that category; --allow-empty creates the package"
                            + " first, to add drivers later.");
        }
        if (description != null && description.length() > DriverPackage.MAX_DESCRIPTION) {
            throw new OsdkitException(DriverErrors.PACKAGE_INVALID,
                    "The description is " + description.length() + " characters; ConfigMgr allows " + DriverPackage.MAX_DESCRIPTION + ".");
        }
    }
}
