package org.osdkit.cli.drivers;

import org.osdkit.cli.Confirmation;
import org.osdkit.cli.ExitCodes;
import org.osdkit.cli.LeafCommand;
import org.osdkit.core.PackageId;
import org.osdkit.drivers.distribution.RemoveDriverPackage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code osdkit drivers package remove <PackageID>}: high impact, so it asks first unless {@code --force}. */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Remove a driver package: its copies on distribution points, the content osdkit wrote to its source folder (only when the folder's"
                + " manifest names this package) and its record. Every deletion is journalled. Asks for confirmation unless --force."})
final class PackageRemoveCommand extends LeafCommand {

    @Parameters(index = "0", paramLabel = "<PackageID>")
    PackageId id;

    @Option(names = "--keep-source", description = "Leave the source folder's content in place.")
    boolean keepSource;

    @Option(names = "--force", description = "Do not ask for confirmation.")
    boolean force;

    @Option(names = "--what-if", description = "Show what would be removed and change nothing.")
    boolean whatIf;

    @Override
    protected int execute() {
        RemoveDriverPackage remover = get(RemoveDriverPackage.class);
        if (whatIf) {
            remover.remove(id, keepSource, true).forEach(printer()::info);
            return ExitCodes.OK;
        }
        if (!Confirmation.confirm(force, "Remove driver package", id.value())) {
            printer().info("Nothing changed.");
            return ExitCodes.OK;
        }
        remover.remove(id, keepSource, false).forEach(d -> printer().info("Removed " + d));
        printer().info("Driver package " + id + " removed.");
        return ExitCodes.OK;
    }
}
