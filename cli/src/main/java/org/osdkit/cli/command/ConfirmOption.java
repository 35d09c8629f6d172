package org.osdkit.cli.command;

import java.util.function.Function;
import org.osdkit.core.whatif.PlannedOperation;
import org.osdkit.core.whatif.ShouldProcess;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --confirm}, PowerShell's {@code -Confirm}: ask before each change, even where the command would
 * not ask (and even with {@code --force}). "Yes to All" and "No to All" answer the rest of the run.
 */
public final class ConfirmOption {

    @Option(names = "--confirm", description = "Ask before each change, even where the command would not ask (and even with --force).")
    boolean confirm;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /** The question; null asks the command line's {@link Prompter}. A test puts its own answers here. */
    Function<PlannedOperation, Confirmation.Answer> asker;

    private Confirmation.Answer forAll;

    public boolean enabled() {
        return confirm;
    }

    /** Asks {@code answers} instead of the console: the CLI's tests answer the questions a console would ask. */
    public void askWith(Function<PlannedOperation, Confirmation.Answer> answers) {
        this.asker = answers;
    }

    /** True to make {@code change}: always without {@code --confirm}, else what the person answers. */
    public boolean approve(PlannedOperation change) {
        return !confirm || ask(change);
    }

    /** The gate to hand a domain operation that asks before each change. */
    public ShouldProcess gate() {
        return this::approve;
    }

    /**
     * The gate of a high-impact command that changes many items (SMP stores, a package's copies and files):
     * PowerShell's question before each of them unless {@code --force}; {@code --confirm} asks even then.
     * Refused before anything changes when the question would be asked and nobody can answer it.
     *
     * @param what what the command is about to do, named in the refusal
     */
    public ShouldProcess highImpactGate(ForceOption force, String what) {
        if (force.enabled() && !confirm) {
            return ShouldProcess.always();
        }
        Prompter prompter = prompter();
        if (asker == null && (prompter == null || !prompter.interactive())) {
            throw Confirmation.refused(what);
        }
        return this::ask;
    }

    private boolean ask(PlannedOperation change) {
        if (forAll != null) {
            return forAll == Confirmation.Answer.YES_TO_ALL;
        }
        Confirmation.Answer answer = asker != null ? asker.apply(change) : Confirmation.ask(change, prompter());
        if (answer == Confirmation.Answer.YES_TO_ALL || answer == Confirmation.Answer.NO_TO_ALL) {
            forAll = answer;
        }
        return answer == Confirmation.Answer.YES || answer == Confirmation.Answer.YES_TO_ALL;
    }

    private Prompter prompter() {
        return mixee == null ? null : ((ContextHolder) mixee.root().userObject()).prompter();
    }
}
