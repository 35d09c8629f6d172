package org.osdkit.cli.sites;

import org.osdkit.cli.command.ConfirmOption;
import org.osdkit.cli.command.ExitCodes;
import org.osdkit.cli.command.LeafCommand;
import org.osdkit.cli.command.WhatIfOption;
import org.osdkit.cli.output.OutputFormat;
import org.osdkit.cli.output.Table;
import org.osdkit.core.SiteCode;
import org.osdkit.core.whatif.ShouldProcess;
import org.osdkit.core.whatif.WhatIfRecorder;
import org.osdkit.sites.description.AttemptRecovery;
import org.osdkit.sites.description.RecoverDescriptionChanges;
import org.osdkit.sites.description.RecoveryReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code osdkit sites recover}: finishes or rolls back the description changes a killed or failed run left unfinished. */
@Command(name = "recover", mixinStandardHelpOptions = true,
        description = {"Finish or roll back site description changes that a killed or failed run left unfinished, and start SMS_EXECUTIVE "
                + "again if it ran before the change.",
            "For each one the file is compared with the recorded hashes: the original (nothing to undo), the intended file (verified, the "
                + "change is finished) or neither (the backup is restored byte for byte). set-description and revert do this for their site first.",
            "Exit code 1 when a change could not be recovered (or, without --site, was made with other service options)."})
final class RecoverCommand extends LeafCommand {

    @Option(names = "--site", paramLabel = "<code>", description = "Only this site's changes, with these service options (default: every site "
            + "whose changes were made with the same service options).")
    SiteCode site;

    @Mixin
    WhatIfOption whatIf;

    @Mixin
    ConfirmOption confirm;

    @Mixin
    ServiceOptions service;

    @Override
    protected int execute() {
        // --confirm asks before acting on each unfinished change; --what-if acts on none.
        ShouldProcess gate = whatIf.enabled() ? new WhatIfRecorder() : confirm.gate();
        RecoveryReport report = get(RecoverDescriptionChanges.class).run(site, gate, service.controller(), step -> printer().info(step));
        if (gate instanceof WhatIfRecorder recorder) {
            printer().whatIf(recorder.plan());
        }
        if (report.nothingUnfinished()) {
            printer().info("Nothing to recover: no unfinished site description change" + (site == null ? "." : " of site " + site + "."));
        }
        Table table = Table.of("Attempt", "SiteCode", "StartedAt", "OldValue", "NewValue", "Found", "Result", "ChangeID", "Done");
        for (AttemptRecovery r : report.recoveries()) {
            table.row(r.attempt().id(), r.attempt().site(), r.attempt().startedAt(), r.attempt().oldValue(), r.attempt().newValue(), r.found(),
                    r.result(), r.changeId(), r.done());
        }
        // Tables are for people (nothing to show when nothing was found); JSON and CSV always give the rows, even none.
        if (!report.nothingUnfinished() || printer().format() != OutputFormat.table) {
            printer().table(table);
        }
        return report.problems() ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }
}
