package org.osdkit.cli.sites;

import java.util.function.Consumer;
import org.osdkit.cli.command.ConfirmOption;
import org.osdkit.cli.command.ExitCodes;
import org.osdkit.cli.command.WhatIfOption;
import org.osdkit.cli.output.Printer;
import org.osdkit.core.whatif.ShouldProcess;
import org.osdkit.core.whatif.WhatIfRecorder;
import org.osdkit.sites.description.DescriptionChangeOutcome;

/**
 * How set-description and revert run a change: {@code --what-if} records the domain's operations and
 * prints them with the detailed plan; {@code --confirm} does that first and asks about each operation
 * through core's {@link ShouldProcess}, then makes the change only when the answer is yes.
 */
final class DescriptionConfirmation {

    /** The use case, run with a gate and a listener for its steps. */
    @FunctionalInterface
    interface Change {
        DescriptionChangeOutcome run(ShouldProcess gate, Consumer<String> progress);
    }

    private DescriptionConfirmation() {
    }

    /**
     * Runs {@code change} as the options say and prints what it did.
     *
     * @param accepted {@code --accept-unsupported}: without it the run is refused anyway, so nothing is asked first
     */
    static int run(Printer printer, WhatIfOption whatIf, ConfirmOption confirm, boolean accepted, Change change) {
        if (whatIf.enabled()) {
            WhatIfRecorder recorder = new WhatIfRecorder();
            DescriptionChangeOutcome planned = change.run(recorder, printer::info);
            DescriptionChangePrinter.planned(printer, recorder.plan(), planned);
            return ExitCodes.OK;
        }
        if (confirm.enabled() && accepted) {
            // The question comes after the plan is shown: a what-if run first, then the change itself.
            WhatIfRecorder recorder = new WhatIfRecorder();
            DescriptionChangeOutcome planned = change.run(recorder, step -> { });
            if (!planned.unchanged()) {
                DescriptionChangePrinter.planned(printer, recorder.plan(), planned, false);
                ShouldProcess ask = confirm.gate();
                if (!recorder.plan().operations().stream().allMatch(ask::shouldProcess)) {
                    printer.info("Nothing changed.");
                    return ExitCodes.OK;
                }
            }
        }
        DescriptionChangePrinter.applied(printer, change.run(ShouldProcess.always(), printer::info));
        return ExitCodes.OK;
    }
}
