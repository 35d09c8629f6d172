package org.osdkit.cli.sites;

import org.osdkit.cli.command.ConfirmOption;
import org.osdkit.cli.command.WhatIfOption;
import org.osdkit.cli.output.Printer;
import org.osdkit.core.whatif.PlannedOperation;
import org.osdkit.sites.description.DescriptionChangeOutcome;
import org.osdkit.sites.description.DescriptionChangePlan;

/** With {@code --confirm}, a description change is shown as planned (the one-line diff and the steps) and asked about before it is made. */
final class DescriptionConfirmation {

    private DescriptionConfirmation() {
    }

    /** True when the question comes first: {@code --confirm}, not a what-if run, and the edit accepted (else the run refuses anyway). */
    static boolean asksFirst(ConfirmOption confirm, WhatIfOption whatIf, UnsupportedEditOption unsupported) {
        return confirm.enabled() && !whatIf.enabled() && unsupported.accepted;
    }

    /** Shows {@code planned} and asks; false (and says so) when the answer is no. */
    static boolean confirmed(Printer printer, String operation, DescriptionChangeOutcome planned, ConfirmOption confirm) {
        if (planned.unchanged()) {
            return true;
        }
        DescriptionChangePrinter.print(printer, operation, planned);
        DescriptionChangePlan plan = planned.plan();
        if (confirm.approve(PlannedOperation.of(operation, DescriptionChangePrinter.target(plan)))) {
            return true;
        }
        printer.info("Nothing changed.");
        return false;
    }
}
