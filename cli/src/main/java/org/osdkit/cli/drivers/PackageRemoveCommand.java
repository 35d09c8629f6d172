package org.osdkit.cli.drivers;

import org.osdkit.cli.command.ConfirmOption;
import org.osdkit.cli.command.ExitCodes;
import org.osdkit.cli.command.ForceOption;
import org.osdkit.cli.command.LeafCommand;
import org.osdkit.cli.command.WhatIfOption;
import org.osdkit.cli.output.OutputFormat;
import org.osdkit.cli.output.Table;
import org.osdkit.core.PackageId;
import org.osdkit.core.whatif.ShouldProcess;
import org.osdkit.core.whatif.WhatIfRecorder;
import org.osdkit.drivers.distribution.PackageRemoval;
import org.osdkit.drivers.distribution.RemovalStep;
import org.osdkit.drivers.distribution.RemoveDriverPackage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code osdkit drivers package remove <PackageID>}: high impact, so it asks first unless {@code --force}. */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Remove a driver package: its copies on distribution points, the content osdkit wrote to its source folder (only when the folder's"
                + " manifest names this package) and its record. Every deletion is journalled and confined: nothing outside the DP's share or the driver"
                + " share is touched, and no link or mount point is followed; a deletion that fails keeps the package (exit code 1). Asks about each DP copy, driver"
                + " folder and file ([Y] Yes  [A] Yes to All ...) unless --force; --confirm asks even with --force."})
final class PackageRemoveCommand extends LeafCommand {

    static final String OPERATION = "Remove driver package";

    @Parameters(index = "0", paramLabel = "<PackageID>", description = "The package ID ConfigMgr gave the package: site code and 5 hex digits, e.g. PS100001 ('drivers package list').")
    PackageId id;

    @Option(names = "--keep-source", description = "Leave the source folder's content in place.")
    boolean keepSource;

    @Mixin
    ForceOption force;

    @Mixin
    ConfirmOption confirm;

    @Mixin
    WhatIfOption whatIf;

    @Override
    protected int execute() {
        RemoveDriverPackage remover = get(RemoveDriverPackage.class);
        if (whatIf.enabled()) {
            WhatIfRecorder plan = new WhatIfRecorder();
            remover.remove(id, keepSource, plan);
            printer().whatIf(plan.plan());
            return ExitCodes.OK;
        }
        // PowerShell's question per DP copy, driver folder and file unless --force; --confirm asks even with --force.
        ShouldProcess gate = confirm.highImpactGate(force, OPERATION + " " + id);
        PackageRemoval removal = remover.remove(id, keepSource, gate);
        if (printer().format() != OutputFormat.table) {
            // The lines below are for people (stderr here); JSON and CSV get one table of every deletion asked about.
            Table steps = Table.of("PackageID", "Path", "Outcome", "Reason", "RecordRemoved");
            removal.steps().forEach(step -> steps.row(id, step.path(), step.declined() ? "Declined"
                    : step.failed() ? "Failed" : step.deleted() ? "Deleted" : "AlreadyGone",
                    step.failed() ? step.reason() : "", removal.recordRemoved()));
            printer().table(steps);
        }
        for (RemovalStep step : removal.steps()) {
            if (step.deleted()) {
                printer().info("Removed " + step.path());
            } else if (step.failed()) {
                printer().error("FAILED " + step.path() + ": " + step.reason());
            }
        }
        if (removal.failed()) {
            printer().error("Driver package " + id + " is kept: " + removal.failures().size() + " deletions failed (reasons above). Fix them and run the removal again.");
            return ExitCodes.PROBLEMS;
        }
        if (!removal.recordRemoved()) {
            printer().info(removal.steps().stream().anyMatch(RemovalStep::deleted) ? "Driver package " + id + " is kept: some of its content was answered no."
                    : "Nothing changed.");
            return ExitCodes.OK;
        }
        printer().success("Driver package " + id + " removed.");
        return ExitCodes.OK;
    }
}
