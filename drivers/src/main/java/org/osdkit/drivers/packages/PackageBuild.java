package org.osdkit.drivers.packages;

import java.util.List;
import org.osdkit.core.whatif.OperationPlan;
import org.osdkit.core.whatif.PlannedOperation;
import org.osdkit.drivers.catalog.CatalogDriver;

/**
 * The result of building a driver package's content (create or update).
 *
 * @param driverPackage the package as it is now (or would be, for what-if)
 * @param added         drivers whose content was copied in
 * @param removed       driver hashes whose content was removed
 * @param skipped       drivers selected but left out, with the reason
 * @param warnings      things an admin should look at (unsigned, boot-critical, too many drivers)
 * @param plan          what a what-if run would change ({@link OperationPlan#whatIfLines()} prints it); empty otherwise
 * @param changed       the content changed and SourceVersion was bumped
 */
public record PackageBuild(DriverPackage driverPackage, List<CatalogDriver> added, List<String> removed, List<String> skipped,
                           List<String> warnings, OperationPlan plan, boolean changed) {

    public PackageBuild {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
        plan = plan == null ? OperationPlan.of() : plan;
    }

    /** The one question a confirmed create or update asks: {@code operation} on the package's source, with the planned change count. */
    public PlannedOperation approval(String operation) {
        return new PlannedOperation(operation, driverPackage.source().value(), plan.size() + " changes");
    }
}
