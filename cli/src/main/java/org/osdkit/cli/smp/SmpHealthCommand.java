package org.osdkit.cli.smp;

import java.time.Duration;
import org.osdkit.cli.command.ExitCodes;
import org.osdkit.cli.command.LeafCommand;
import org.osdkit.cli.output.OutputFormat;
import org.osdkit.cli.output.Table;
import org.osdkit.statemigration.health.CheckHealth;
import org.osdkit.statemigration.health.CleanupState;
import org.osdkit.statemigration.health.FolderHealth;
import org.osdkit.statemigration.health.HealthStatus;
import org.osdkit.statemigration.health.SmpHealth;
import org.osdkit.statemigration.settings.FindSmp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code osdkit smp health}: storage folders, thresholds, cleanup backlog and stuck captures; JSON for the dashboard. */
@Command(name = "health", mixinStandardHelpOptions = true,
        description = {"Check the SMP: storage folders reachable and writable, free space and MaxClients, cleanup backlog (eligible but not",
            "deleted; overdue = the SMP's own cleanup has stopped), stuck captures, and an osdkit cleanup RUNNING (its lock's heartbeat",
            "is fresh) or INTERRUPTED (resume it). Writability is probed by creating and removing a file in each storage folder, and",
            "every store is walked: only this command does that. The result is kept, with its time, and is what the dashboard shows.",
            "'--output json' gives the dashboard's document. Exit code 1 when the status is WARNING or ERROR (a problem was found)."})
final class SmpHealthCommand extends LeafCommand {

    @Mixin
    SmpOption smp;

    @Option(names = "--stuck-after-days", defaultValue = "30", description = "A capture never restored for this long is stuck (default: ${DEFAULT-VALUE}).")
    long stuckAfterDays;

    @Override
    protected int execute() {
        SmpHealth h = get(CheckHealth.class).check(get(FindSmp.class).find(smp.server), Duration.ofDays(stuckAfterDays));
        if (printer().format() == OutputFormat.json) {
            printer().json(h);
        } else {
            Table t = Table.of("Directory", "Reachable", "Writable", "Status", "Clients", "MaxClients", "FreeBytes", "MinFreeBytes", "DaysUntilFull");
            for (FolderHealth f : h.folders()) {
                t.row(f.directory(), f.reachable(), f.writable(), f.capacity().status(), f.capacity().clients(), f.capacity().maxClients(),
                        f.capacity().freeBytes(), f.capacity().minFreeBytes(), f.capacity().daysUntilFull());
            }
            printer().table(t);
            printer().info(h.server() + ": " + h.status() + (h.restoreOnly() ? " (restore-only mode)" : "") + "; backlog " + h.backlogStores()
                    + " stores (" + Sizes.human(h.backlogBytes()) + ", " + h.overdueStores() + " overdue), " + h.stuckCaptures() + " stuck captures, "
                    + h.staleRecords() + " stale records, " + h.orphanFolders() + " orphan folders.");
            if (h.cleanup() == CleanupState.RUNNING) {
                printer().info("Cleanup running: " + h.cleanupLock().describe() + ".");
            }
            h.problems().forEach(p -> printer().info("  " + p));
            printer().info("Kept as the last check of " + h.server() + " (" + h.checkedAt() + "): the dashboard shows it.");
        }
        // A WARNING is a problem found (act soon), as a DP behind is for 'drivers dp status': exit 1 for both.
        return h.status() == HealthStatus.OK ? ExitCodes.OK : ExitCodes.PROBLEMS;
    }
}
