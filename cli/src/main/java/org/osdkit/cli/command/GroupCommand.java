package org.osdkit.cli.command;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Base of the command groups ({@code drivers}, {@code sites}, ...): run without a subcommand it shows
 * the group's usage and exits 2; a group whose commands have not landed yet says so and exits 1.
 */
public abstract class GroupCommand implements Callable<Integer> {

    @Spec
    protected CommandSpec spec;

    @Override
    public Integer call() {
        if (spec.subcommands().isEmpty() || spec.subcommands().keySet().stream().allMatch(n -> n.equals("help"))) {
            spec.commandLine().getErr().println(spec.qualifiedName() + ": not implemented yet.");
            return ExitCodes.PROBLEMS;
        }
        spec.commandLine().getErr().println(spec.qualifiedName() + ": missing command; choose one of " + String.join(", ", spec.subcommands().keySet()) + ".");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
