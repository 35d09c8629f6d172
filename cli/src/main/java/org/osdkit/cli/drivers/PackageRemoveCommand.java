package org.osdkit.cli.drivers;

import org.osdkit.cli.ConfirmOption;
import org.osdkit.cli.ExitCodes;
import org.osdkit.cli.ForceOption;
import org.osdkit.cli.LeafCommand;
import org.osdkit.cli.WhatIfOption;
import org.osdkit.core.PackageId;
import org.osdkit.core.whatif.PlannedOperation;
import org.osdkit.drivers.distribution.RemoveDriverPackage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code osdkit drivers package remove <PackageID>}: high impact, so it asks first unless {@code --force}. */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Remove a driver package: its copies on distribution points, the content osdkit wrote to its source folder (only when the folder's"
                + " manifest names this package) and its record. Every deletion is journalled. Asks for confirmation unless --force."})
final class PackageRemoveCommand extends LeafCommand {

    static final String OPERATION = "Remove driver package";

    @Parameters(index = "0", paramLabel = "<PackageID>")
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
        if (whatIf.enabled() || confirm.enabled()) {
            remover.remove(id, keepSource, true).forEach(printer()::info);
            if (whatIf.enabled()) {
                return ExitCodes.OK;
            }
        }
        // With --confirm its question replaces the high-impact one, and --force does not skip it.
        boolean approved = confirm.enabled() ? confirm.approve(PlannedOperation.of(OPERATION, id.value())) : force.approve(OPERATION, id.value());
        if (!approved) {
            printer().info("Nothing changed.");
            return ExitCodes.OK;
        }
        remover.remove(id, keepSource, false).forEach(d -> printer().info("Removed " + d));
        printer().info("Driver package " + id + " removed.");
        return ExitCodes.OK;
    }
}
