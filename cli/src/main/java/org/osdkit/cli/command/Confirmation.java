package org.osdkit.cli.command;

import java.util.Locale;
import org.osdkit.core.ErrorCode;
import org.osdkit.core.ErrorKind;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.whatif.PlannedOperation;

/**
 * PowerShell's confirmation, the one way osdkit asks: ShouldProcess's question per change, with its
 * six choices ({@code [Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help}, default
 * Yes). Commands that delete (ConfirmImpact High) ask it before each change unless {@code --force};
 * {@code --confirm} asks it wherever a command changes something. A session with no one at the
 * keyboard (stdin not a terminal) is refused rather than left hanging at a prompt nobody sees.
 */
public final class Confirmation {

    public static final ErrorCode REQUIRED = ErrorCode.of("CLI-CONFIRMATION-REQUIRED", ErrorKind.REFUSED);

    /** PowerShell's choices line, as ShouldProcess shows it. */
    static final String CHOICES = "[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is \"Y\"): ";

    /** What {@code ?} prints, one line per choice (osdkit's words for what each does). */
    static final String HELP = String.join(System.lineSeparator(),
            "Y - Make this change.",
            "A - Make this change and every following one of this command without asking again.",
            "N - Skip this change and ask about the next one.",
            "L - Skip this change and every following one of this command.",
            "S - Pause: open a shell on this terminal; type \"exit\" to come back to this question.",
            "? - Show this help.");

    /** An answer: PowerShell's four outcomes (Suspend and Help ask again). */
    public enum Answer {
        YES, YES_TO_ALL, NO, NO_TO_ALL
    }

    private Confirmation() {
    }

    /**
     * Asks about {@code change} until the person gives one of the four answers: empty is the default
     * (Yes), {@code s} suspends, {@code ?} explains, anything else asks again. The end of the input
     * answers No to All, so nothing more is changed by a session whose input ran out.
     *
     * @throws OsdkitException {@link #REQUIRED} when there is no one to ask
     */
    public static Answer ask(PlannedOperation change, Prompter prompter) {
        if (prompter == null || !prompter.interactive()) {
            throw refused(change.description());
        }
        String question = "Confirm" + System.lineSeparator() + "Are you sure you want to perform this action?" + System.lineSeparator()
                + change.description() + System.lineSeparator() + CHOICES;
        while (true) {
            String line = prompter.ask(question);
            if (line == null) {
                prompter.err().println();
                return Answer.NO_TO_ALL;
            }
            switch (line.strip().toLowerCase(Locale.ROOT)) {
                case "", "y", "yes" -> {
                    return Answer.YES;
                }
                case "a", "yes to all" -> {
                    return Answer.YES_TO_ALL;
                }
                case "n", "no" -> {
                    return Answer.NO;
                }
                case "l", "no to all" -> {
                    return Answer.NO_TO_ALL;
                }
                case "s", "suspend" -> prompter.suspend();
                case "?" -> prompter.err().println(HELP);
                default -> { } // PowerShell asks again after an answer it does not know
            }
        }
    }

    /** The refusal of a session without anyone to ask. */
    static OsdkitException refused(String what) {
        return new OsdkitException(REQUIRED, "osdkit asks before this change and nobody can answer (stdin is not a terminal): " + what,
                "Check it with --what-if, then run again with --force (and without --confirm).");
    }
}
