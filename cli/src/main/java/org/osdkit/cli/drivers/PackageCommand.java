package org.osdkit.cli.drivers;

import org.osdkit.cli.command.GroupCommand;
import picocli.CommandLine.Command;

/** {@code osdkit drivers package}: driver packages per hardware model. */
@Command(name = "package", mixinStandardHelpOptions = true,
        description = "Driver packages per hardware model, under <share>\\SCCM_Driver_Packages\\<OS>\\<Model>.",
        subcommands = {PackageCreateCommand.class, PackageListCommand.class, PackageShowCommand.class, PackageUpdateCommand.class, PackageRemoveCommand.class})
final class PackageCommand extends GroupCommand {
}
