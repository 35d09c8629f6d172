package org.osdkit.cli.smp;

import org.osdkit.cli.ExitCodes;
import org.osdkit.cli.LeafCommand;
import org.osdkit.cli.output.Table;
import org.osdkit.statemigration.cleanup.Hold;
import org.osdkit.statemigration.cleanup.HoldRepository;
import org.osdkit.statemigration.cleanup.PlaceHold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code osdkit smp hold}: keep stores whatever their dates say, until the hold is removed. */
@Command(name = "hold", mixinStandardHelpOptions = true,
        description = {"Hold stores so that no cleanup deletes them: <target> is a store path, a MigrationID or a source or restore computer name.",
            "'--remove <target>' lifts a hold, '--list' shows them."})
final class SmpHoldCommand extends LeafCommand {

    @Parameters(arity = "0..1", paramLabel = "<target>", description = "Store path, MigrationID or computer name.")
    String target;

    @Option(names = "--reason", description = "Why, for the next admin.")
    String reason;

    @Option(names = "--remove", description = "Remove the hold on <target> instead.")
    boolean remove;

    @Option(names = "--list", description = "List the holds.")
    boolean list;

    @Override
    protected int execute() {
        if (list || target == null) {
            Table t = Table.of("Target", "Reason", "Actor", "Placed");
            for (Hold h : get(HoldRepository.class).all()) {
                t.row(h.target(), h.reason(), h.actor(), h.placed());
            }
            printer().table(t);
            return ExitCodes.OK;
        }
        get(PlaceHold.class).apply(target, reason, !remove);
        printer().info(remove ? "Hold on \"" + target + "\" removed." : "Stores matching \"" + target + "\" are held.");
        return ExitCodes.OK;
    }
}
