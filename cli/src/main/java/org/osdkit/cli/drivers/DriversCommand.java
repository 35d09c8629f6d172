package org.osdkit.cli.drivers;

import org.osdkit.cli.command.GroupCommand;
import org.osdkit.cli.command.Subcommands;
import picocli.CommandLine.Command;

/** {@code osdkit drivers}: Driver sources, the driver catalog, driver packages per hardware model and distribution points. */
@Command(name = "drivers", mixinStandardHelpOptions = true,
        description = "Driver sources, the driver catalog, driver packages per hardware model and distribution points.")
@Subcommands({ScanCommand.class, ImportCommand.class, ListCommand.class, ShowCommand.class, DriverStateCommand.Enable.class,
                DriverStateCommand.Disable.class, RemoveDriverCommand.class, PackageCommand.class, DpCommand.class,
                DistributeCommand.class, RedistributeCommand.class, MatchCommand.class})
public final class DriversCommand extends GroupCommand {
}
