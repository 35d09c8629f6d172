package org.osdkit.cli.command;

import java.io.Console;
import java.util.Locale;
import org.osdkit.core.ErrorCode;
import org.osdkit.core.ErrorKind;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.whatif.PlannedOperation;

/**
 * PowerShell's confirmation, the one way osdkit asks: ConfirmImpact High for every command that deletes
 * (ask first, {@code --force} skips the question), and {@code --confirm}'s question before each change.
 * A session without a console (a script, a scheduled task) is refused rather than left hanging at a
 * prompt nobody sees.
 */
public final class Confirmation {

    public static final ErrorCode REQUIRED = ErrorCode.of("CLI-CONFIRMATION-REQUIRED", ErrorKind.REFUSED);

    /** An answer to {@code --confirm}'s question, PowerShell's four. */
    public enum Answer {
        YES, YES_TO_ALL, NO, NO_TO_ALL;

        /** {@code y}, {@code a}, {@code l}; anything else (an empty line too) is no, the default. */
        static Answer parse(String answer) {
            String a = answer == null ? "" : answer.strip().toLowerCase(Locale.ROOT);
            return a.startsWith("y") ? YES : a.startsWith("a") ? YES_TO_ALL : a.startsWith("l") ? NO_TO_ALL : NO;
        }
    }

    /** Reads one answer after showing a formatted question; {@link Console#readLine(String, Object...)} is one. */
    @FunctionalInterface
    interface Prompt {
        String readLine(String format, Object... args);
    }

    private Confirmation() {
    }

    /** True when there is a person to ask. */
    public static boolean hasConsole() {
        return System.console() != null;
    }

    /**
     * @return {@code true} when forced or answered yes, {@code false} when the person answered no
     * @throws OsdkitException {@link #REQUIRED} when there is no console to ask
     */
    public static boolean confirm(boolean force, String operation, String target) {
        if (force) {
            return true;
        }
        Console console = System.console();
        if (console == null) {
            throw new OsdkitException(REQUIRED,
                    "\"" + operation + "\" on \"" + target + "\" is a high-impact change and this session has no console to ask for confirmation.",
                    "Check it with --what-if, then run again with --force.");
        }
        String answer = console.readLine("Confirm%nAre you sure you want to perform this action?%nPerforming the operation \"%s\" on target \"%s\".%n"
                + "[Y] Yes  [N] No (default is \"N\"): ", operation, target);
        return answer != null && answer.strip().toLowerCase(Locale.ROOT).startsWith("y");
    }

    /**
     * {@code --confirm}'s question about one change.
     *
     * @throws OsdkitException {@link #REQUIRED} when there is no console to ask
     */
    public static Answer ask(PlannedOperation change) {
        Console console = System.console();
        return ask(change, console == null ? null : console::readLine);
    }

    static Answer ask(PlannedOperation change, Prompt prompt) {
        if (prompt == null) {
            throw new OsdkitException(REQUIRED, "--confirm asks before each change, and this session has no console to ask: "
                    + change.description(), "Check it with --what-if, then run again without --confirm.");
        }
        return Answer.parse(prompt.readLine("Confirm%nAre you sure you want to perform this action?%n%s%n"
                + "[Y] Yes  [A] Yes to All  [N] No  [L] No to All (default is \"N\"): ", change.description()));
    }
}
