package org.osdkit.cli.sites;

import org.osdkit.cli.output.Printer;
import org.osdkit.core.whatif.PlannedOperation;
import org.osdkit.sites.description.DescriptionChangeOutcome;
import org.osdkit.sites.description.DescriptionChangePlan;
import org.osdkit.sites.description.SiteChange;
import org.osdkit.sites.description.SupportedWays;

/** Shows a description change the same way for set-description and revert. */
final class DescriptionChangePrinter {

    private DescriptionChangePrinter() {
    }

    static void warnUnsupported(Printer printer) {
        printer.warn(SupportedWays.UNSUPPORTED_WARNING);
    }

    /** What a description change is done to, in its what-if line and its question. */
    static String target(DescriptionChangePlan plan) {
        return plan.site() + " in " + plan.controlFile();
    }

    static void print(Printer printer, String operation, DescriptionChangeOutcome outcome) {
        if (outcome.unchanged()) {
            printer.info("The site already has that description; nothing to change.");
            return;
        }
        DescriptionChangePlan plan = outcome.plan();
        if (outcome.applied() == null) {
            printer.info(PlannedOperation.of(operation, target(plan)).whatIfLine());
            printer.info("  File: " + plan.foundAs() + ", " + plan.version().label());
            printer.info("  Line " + plan.line() + ", bytes " + plan.byteOffset() + "-" + plan.byteEnd() + ":");
            printer.info("  - " + plan.oldLine());
            printer.info("  + " + plan.newLine());
            printer.info("  Steps:");
            for (int i = 0; i < plan.steps().size(); i++) {
                printer.info("    " + (i + 1) + ". " + plan.steps().get(i));
            }
            return;
        }
        SiteChange change = outcome.applied();
        if (printer.format() == org.osdkit.cli.output.OutputFormat.table) {
            printer.info("Changed the description of site " + change.site() + " from \"" + change.oldValue() + "\" to \"" + change.newValue()
                    + "\" (change " + change.id() + ", backup " + change.backupFile() + ").");
            printer.info("Next: watch sitectrl.log and hman.log on the site server, and check at the parent site that the new name replicated.");
        } else {
            printer.json(change);
        }
    }
}
