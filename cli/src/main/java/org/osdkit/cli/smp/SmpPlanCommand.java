package org.osdkit.cli.smp;

import java.util.List;
import org.osdkit.cli.command.ExitCodes;
import org.osdkit.cli.command.LeafCommand;
import org.osdkit.cli.output.Printer;
import org.osdkit.cli.output.Table;
import org.osdkit.statemigration.capacity.FolderCapacity;
import org.osdkit.statemigration.cleanup.CleanupPlan;
import org.osdkit.statemigration.cleanup.Hold;
import org.osdkit.statemigration.cleanup.KeepReason;
import org.osdkit.statemigration.cleanup.PlanAction;
import org.osdkit.statemigration.cleanup.PlanCleanup;
import org.osdkit.statemigration.cleanup.PlanItem;
import org.osdkit.statemigration.inventory.StoreFolder;
import org.osdkit.statemigration.settings.FindSmp;
import org.osdkit.statemigration.settings.SmpSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code osdkit smp plan}: what a cleanup would delete, what it keeps and why. Changes nothing. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Show the retention cleanup plan: stores released and past the deletion delay are deleted; the others are kept with",
            "their reason (not released, inside the delay, restore-only mode, held). Held stores are always listed, with the hold that",
            "keeps them. Orphans and stale records are listed for review, never deleted. Shows the bytes freed and the capacity after.",
            "Changes nothing."})
final class SmpPlanCommand extends LeafCommand {

    @Mixin
    SmpOption smp;

    @Option(names = "--all", description = "List kept stores too (by default: deletions, held stores and items to review, with a count of the kept ones).")
    boolean all;

    @Override
    protected int execute() {
        SmpSettings settings = get(FindSmp.class).find(smp.server);
        CleanupPlan plan = get(PlanCleanup.class).plan(settings);
        printer().table(planTable(plan, all));
        summary(printer(), plan);
        return ExitCodes.OK;
    }

    static Table planTable(CleanupPlan plan, boolean all) {
        Table t = Table.of("Action", "Reason", "SourceName", "RestoreName", "MigrationID", "StoreReleaseDate", "EligibleAt", "StorePath", "Bytes",
                "Hold");
        for (PlanItem i : plan.items()) {
            if (all || i.action() != PlanAction.KEEP || i.reason() == KeepReason.HELD) {
                StoreFolder s = i.store();
                t.row(i.action(), i.reason(), i.association().sourceName(), i.association().restoreName(), i.association().migrationId(),
                        i.association().storeReleaseDate(), i.eligibleAt(), s == null ? i.association().storePath() : s.path(),
                        s == null ? null : s.bytes(), hold(i.hold()));
            }
        }
        for (StoreFolder o : plan.orphans()) {
            t.row(PlanAction.REVIEW, "ORPHAN", null, null, null, null, null, o.path(), o.bytes(), null);
        }
        return t;
    }

    /** The hold as an admin recognises it: its target, its reason and who placed it ('smp hold --list' tells when). */
    static String hold(Hold h) {
        return h == null ? null : "\"" + h.target() + "\"" + (h.reason() == null || h.reason().isBlank() ? "" : ": " + h.reason())
                + " (placed by " + h.actor() + ")";
    }

    static void summary(Printer printer, CleanupPlan plan) {
        printer.info("Plan for " + plan.server() + " at " + plan.at() + ": delete " + plan.deletions().size() + " stores ("
                + Sizes.human(plan.bytesToFree()) + "), keep " + plan.with(PlanAction.KEEP).size() + " (of them "
                + plan.items().stream().filter(i -> i.reason() == KeepReason.HELD).count() + " held), review "
                + (plan.with(PlanAction.REVIEW).size() + plan.orphans().size()) + " (of them " + plan.orphans().size() + " orphan folders).");
        printer.info("Deletion delay " + plan.deletionDelayMinutes() + " minutes (" + plan.deletionDelayMinutes() / 1440.0
                + " days) after restore; the SMP's cleanup cycle of " + plan.cleanupCycleMinutes() + " minutes is not the retention."
                + (plan.restoreOnly() ? " Restore-only mode: nothing is deleted." : ""));
        List<FolderCapacity> before = plan.capacityBefore();
        for (int i = 0; i < before.size(); i++) {
            FolderCapacity b = before.get(i);
            FolderCapacity a = plan.capacityAfter().get(i);
            printer.info("  " + b.directory() + ": " + b.status() + " -> " + a.status() + ", clients " + b.clients() + " -> " + a.clients()
                    + " of " + b.maxClients() + ", free " + Sizes.human(b.freeBytes()) + " -> " + Sizes.human(a.freeBytes())
                    + " (MinDiskSpace " + b.minDiskSpace() + ")");
        }
    }

    static Table capacityTable(List<FolderCapacity> capacity) {
        Table t = Table.of("Directory", "Status", "Clients", "MaxClients", "StoreBytes", "FreeBytes", "MinFreeBytes", "MinDiskSpace",
                "CapturesLast30Days", "DaysUntilFull", "OldestUnreleased");
        for (FolderCapacity c : capacity) {
            t.row(c.directory(), c.status(), c.clients(), c.maxClients(), c.storeBytes(), c.freeBytes(), c.minFreeBytes(), c.minDiskSpace(),
                    c.capturesLast30Days(), c.daysUntilFull(), c.oldestUnreleased());
        }
        return t;
    }
}
