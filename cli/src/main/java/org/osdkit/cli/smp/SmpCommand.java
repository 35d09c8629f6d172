package org.osdkit.cli.smp;

import org.osdkit.cli.command.GroupCommand;
import org.osdkit.cli.command.Subcommands;
import picocli.CommandLine.Command;

/** {@code osdkit smp}: State Migration Point stores: inventory, capacity, health and retention cleanup. */
@Command(name = "smp", mixinStandardHelpOptions = true,
        description = "State Migration Point stores: inventory, capacity, health and retention cleanup.")
@Subcommands({SmpSettingsCommand.class, SmpImportCommand.class, SmpScanCommand.class, SmpCapacityCommand.class,
            SmpPlanCommand.class, SmpCleanupCommand.class, SmpHoldCommand.class, SmpHealthCommand.class, SmpJournalCommand.class})
public final class SmpCommand extends GroupCommand {
}
