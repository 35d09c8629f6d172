package org.osdkit.cli.command;

import java.util.function.Function;
import org.osdkit.core.whatif.PlannedOperation;
import org.osdkit.core.whatif.ShouldProcess;
import picocli.CommandLine.Option;

/**
 * {@code --confirm}, PowerShell's {@code -Confirm}: ask before each change, even where the command would
 * not ask (and even with {@code --force}). "Yes to All" and "No to All" answer the rest of the run.
 */
public final class ConfirmOption {

    @Option(names = "--confirm", description = "Ask before each change, even where the command would not ask.")
    boolean confirm;

    /** The question; a test puts its own answers here. */
    Function<PlannedOperation, Confirmation.Answer> asker = Confirmation::ask;

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
        if (!confirm) {
            return true;
        }
        if (forAll != null) {
            return forAll == Confirmation.Answer.YES_TO_ALL;
        }
        Confirmation.Answer answer = asker.apply(change);
        if (answer == Confirmation.Answer.YES_TO_ALL || answer == Confirmation.Answer.NO_TO_ALL) {
            forAll = answer;
        }
        return answer == Confirmation.Answer.YES || answer == Confirmation.Answer.YES_TO_ALL;
    }

    /** The gate to hand a domain operation that asks before each change. */
    public ShouldProcess gate() {
        return this::approve;
    }
}
