package org.osdkit.cli.smp;

import java.time.Clock;
import java.util.List;
import org.osdkit.cli.command.ExitCodes;
import org.osdkit.cli.command.LeafCommand;
import org.osdkit.statemigration.capacity.CapacityReport;
import org.osdkit.statemigration.capacity.CapacityStatus;
import org.osdkit.statemigration.capacity.FolderCapacity;
import org.osdkit.statemigration.inventory.ReconcileSmp;
import org.osdkit.statemigration.settings.FindSmp;
import org.osdkit.statemigration.settings.SmpSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code osdkit smp capacity}: per storage folder, clients and free space against the SMP's limits. */
@Command(name = "capacity", mixinStandardHelpOptions = true,
        description = {"Per storage folder: stores against MaxClients, free space against MinDiskSpace, days until full at the last 30 days' capture rate.",
            "Exit code 1 when a folder is not OK (WARNING, FULL or UNREACHABLE)."})
final class SmpCapacityCommand extends LeafCommand {

    @Mixin
    SmpOption smp;

    @Override
    protected int execute() {
        SmpSettings settings = get(FindSmp.class).find(smp.server);
        List<FolderCapacity> capacity = CapacityReport.of(get(ReconcileSmp.class).reconcile(settings), get(Clock.class).instant());
        printer().table(SmpPlanCommand.capacityTable(capacity));
        return capacity.stream().allMatch(f -> f.status() == CapacityStatus.OK) ? ExitCodes.OK : ExitCodes.PROBLEMS;
    }
}
