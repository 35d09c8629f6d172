package org.osdkit.cli.smp;

import org.osdkit.cli.command.ExitCodes;
import org.osdkit.cli.command.LeafCommand;
import org.osdkit.cli.output.Table;
import org.osdkit.statemigration.associations.ComputerAssociation;
import org.osdkit.statemigration.inventory.InventoryEntry;
import org.osdkit.statemigration.inventory.ReconcileSmp;
import org.osdkit.statemigration.inventory.Reconciliation;
import org.osdkit.statemigration.inventory.StorageFolderScan;
import org.osdkit.statemigration.inventory.StoreFolder;
import org.osdkit.statemigration.inventory.StoreLocation;
import org.osdkit.statemigration.settings.FindSmp;
import org.osdkit.statemigration.settings.SmpSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code osdkit smp scan}: the storage folders on disk reconciled with the associations. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = {"Scan the SMP's storage folders and reconcile them with the imported associations: each association with its store,",
            "orphan folders (no association), stale records (store gone) and stuck captures (never restored). Changes nothing.",
            "Exit code 1 when a storage folder is unreachable or has a problem, or a capture is stuck (what 'smp health' warns about)."})
final class SmpScanCommand extends LeafCommand {

    @Mixin
    SmpOption smp;

    @Option(names = "--stuck-after-days", defaultValue = "30", description = "A capture never restored for this long is stuck (default: ${DEFAULT-VALUE}).")
    long stuckAfterDays;

    @Override
    protected int execute() {
        SmpSettings settings = get(FindSmp.class).find(smp.server);
        Reconciliation r = get(ReconcileSmp.class).reconcile(settings);
        var now = get(java.time.Clock.class).instant();
        var stuck = java.util.Set.copyOf(r.stuck(now, java.time.Duration.ofDays(stuckAfterDays)));
        Table t = Table.of("Finding", "SourceName", "RestoreName", "MigrationID", "State", "StoreCreationDate", "StoreReleaseDate",
                "StorePath", "StoreFolder", "Bytes", "LastWrite", "UsmtFiles");
        for (InventoryEntry e : r.entries()) {
            ComputerAssociation a = e.association();
            String finding = e.isStale() ? "STALE" : stuck.contains(e) ? "STUCK"
                    : e.location().where() == StoreLocation.Where.OUTSIDE ? "OUTSIDE" : "OK";
            StoreFolder s = e.store();
            t.row(finding, a.sourceName(), a.restoreName(), a.migrationId(), a.state(), a.storeCreationDate(), a.storeReleaseDate(),
                    a.storePath(), s == null ? null : s.path(), s == null ? null : s.bytes(), s == null ? null : s.lastWrite(),
                    s == null ? null : s.link() ? "LINK" : s.layout());
        }
        for (StoreFolder o : r.orphans()) {
            t.row("ORPHAN", null, null, null, null, null, null, null, o.path(), o.bytes(), o.lastWrite(), o.link() ? "LINK" : o.layout());
        }
        printer().table(t);
        for (StorageFolderScan scan : r.scans()) {
            if (!scan.reachable() || scan.problem() != null) {
                printer().warn("Storage folder " + scan.folder().directory() + ": " + scan.problem());
            }
        }
        printer().info(r.entries().size() + " associations on " + settings.server() + ", " + r.orphans().size() + " orphan folders, "
                + r.stale().size() + " stale records, " + stuck.size() + " stuck captures (older than " + stuckAfterDays + " days); "
                + r.otherSmp() + " associations belong to other SMPs.");
        // The findings 'smp health' counts as a warning or an error are problems found here too; orphans and stale records
        // are what the cleanup plan reviews, not a warning of health.
        boolean problems = !stuck.isEmpty() || r.scans().stream().anyMatch(s -> !s.reachable() || s.problem() != null);
        return problems ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }
}
