package org.osdkit.cli.command;

import org.osdkit.core.whatif.PlannedOperation;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --force}: do not ask for confirmation, and nothing else. A command that asks before a
 * high-impact change (or before replacing a file) skips the question; it never allows anything that
 * would otherwise be refused.
 */
public final class ForceOption {

    @Option(names = "--force", description = "Do not ask for confirmation (a session whose stdin is not a terminal needs it).")
    boolean force;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    public boolean enabled() {
        return force;
    }

    /** The high-impact question about one change, unless {@code --force}: true to go ahead. */
    public boolean approve(String operation, String target) {
        if (force) {
            return true;
        }
        Confirmation.Answer answer = Confirmation.ask(PlannedOperation.of(operation, target), prompter());
        return answer == Confirmation.Answer.YES || answer == Confirmation.Answer.YES_TO_ALL;
    }

    /** Whether a question can be answered here (stdin is a terminal). */
    public boolean canAsk() {
        Prompter prompter = prompter();
        return prompter != null && prompter.interactive();
    }

    private Prompter prompter() {
        return mixee == null ? null : ((ContextHolder) mixee.root().userObject()).prompter();
    }
}
