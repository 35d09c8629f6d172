package org.osdkit.cli.sites;

import org.osdkit.cli.output.OutputFormat;
import org.osdkit.cli.output.Printer;
import org.osdkit.core.whatif.OperationPlan;
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

    /**
     * A planned change: the domain's operations through the CLI's one what-if printer, then the plan's
     * detailed view (the file, the one-line diff with its byte range, the steps).
     */
    static void planned(Printer printer, OperationPlan operations, DescriptionChangeOutcome outcome) {
        planned(printer, operations, outcome, true);
    }

    /** As above; {@code whatIfRun} false shows the operations as lines for the person about to confirm them, never as the run's document. */
    static void planned(Printer printer, OperationPlan operations, DescriptionChangeOutcome outcome, boolean whatIfRun) {
        if (outcome.unchanged()) {
            printer.info("The site already has that description; nothing to change.");
            return;
        }
        if (whatIfRun) {
            printer.whatIf(operations);
        } else {
            printer.planLines(operations);
        }
        DescriptionChangePlan plan = outcome.plan();
        printer.info("  File: " + plan.foundAs() + ", " + plan.version().label());
        printer.info("  Line " + plan.line() + ", bytes " + plan.byteOffset() + "-" + plan.byteEnd() + ":");
        printer.info("  - " + plan.oldLine());
        printer.info("  + " + plan.newLine());
        printer.info("  Steps:");
        for (int i = 0; i < plan.steps().size(); i++) {
            printer.info("    " + (i + 1) + ". " + plan.steps().get(i));
        }
    }

    /** A change that ran: what it changed, or that nothing needed to change. */
    static void applied(Printer printer, DescriptionChangeOutcome outcome) {
        if (outcome.applied() == null) {
            planned(printer, outcome.operations(), outcome, false);
            return;
        }
        SiteChange change = outcome.applied();
        if (printer.format() == OutputFormat.table) {
            printer.success("Changed the description of site " + change.site() + " from \"" + change.oldValue() + "\" to \"" + change.newValue()
                    + "\" (change " + change.id() + ", backup " + change.backupFile() + ").");
            printer.info("Next: watch sitectrl.log and hman.log on the site server, and check at the parent site that the new name replicated.");
        } else {
            printer.json(change);
        }
    }
}
