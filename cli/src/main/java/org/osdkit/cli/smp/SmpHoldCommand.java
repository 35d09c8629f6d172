package org.osdkit.cli.smp;

import java.util.List;
import org.osdkit.cli.command.ExitCodes;
import org.osdkit.cli.command.LeafCommand;
import org.osdkit.cli.output.Table;
import org.osdkit.statemigration.cleanup.CoveredStore;
import org.osdkit.statemigration.cleanup.Hold;
import org.osdkit.statemigration.cleanup.HoldRepository;
import org.osdkit.statemigration.cleanup.PlaceHold;
import org.osdkit.statemigration.cleanup.RemoveHold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code osdkit smp hold}: keep stores whatever their dates say, until the hold is removed. */
@Command(name = "hold", mixinStandardHelpOptions = true,
        description = {"Hold stores so that no cleanup deletes them: <target> is a store path (as 'osdkit smp plan --all' prints it, as the",
            "association's StorePath, or the storage folder's E:\\... form; case, / or \\, doubled or trailing separators and the server's",
            "short or full name do not matter), a MigrationID or a source or restore computer name. The hold is resolved at once and",
            "prints what it covers; a target that matches nothing is refused (exit code 1) and nothing is held. A MigrationID or",
            "computer name also holds associations imported later under it. '--remove <target>' lifts a hold, '--list' shows them",
            "with what each covers."})
final class SmpHoldCommand extends LeafCommand {

    @Parameters(arity = "0..1", paramLabel = "<target>", description = "Store path, MigrationID or computer name.")
    String target;

    @Mixin
    SmpOption smp;

    @Option(names = "--reason", description = "Why, for the next admin.")
    String reason;

    @Option(names = "--remove", description = "Remove the hold on <target> (a store path in any spelling of the same store) instead.")
    boolean remove;

    @Option(names = "--list", description = "List the holds and what each covers.")
    boolean list;

    @Override
    protected int execute() {
        if (list || target == null) {
            printer().table(listTable(get(HoldRepository.class).all()));
            return ExitCodes.OK;
        }
        if (remove) {
            for (Hold h : get(RemoveHold.class).remove(target)) {
                printer().info("Hold on \"" + h.target() + "\" removed.");
            }
            return ExitCodes.OK;
        }
        Hold hold = get(PlaceHold.class).place(target, reason, smp.server);
        printer().table(coverTable(hold));
        printer().info("Held \"" + hold.target() + "\"" + (hold.server() == null ? "" : " on " + hold.server()) + ": "
                + hold.covered().size() + (hold.covered().size() == 1 ? " store" : " stores") + " covered, listed above."
                + (hold.byStorePath() ? "" : " Associations imported later under this name are held too."));
        return ExitCodes.OK;
    }

    private static Table coverTable(Hold hold) {
        Table t = Table.of("Association", "Computers", "StorePath");
        for (CoveredStore c : hold.covered()) {
            t.row(c.associationKey(), c.computers(), c.storePath());
        }
        return t;
    }

    static Table listTable(List<Hold> holds) {
        Table t = Table.of("Target", "Matches", "Server", "Reason", "Actor", "Placed", "Association", "Computers", "StorePath");
        for (Hold h : holds) {
            String matches = h.byStorePath() ? "store path" : "name, also later associations";
            if (h.covered().isEmpty()) {
                t.row(h.target(), matches, h.server(), h.reason(), h.actor().toString(), h.placed(), null, null, null);
            }
            for (CoveredStore c : h.covered()) {
                t.row(h.target(), matches, h.server(), h.reason(), h.actor().toString(), h.placed(), c.associationKey(), c.computers(), c.storePath());
            }
        }
        return t;
    }
}
