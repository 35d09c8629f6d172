package org.osdkit.cli;

import java.io.Console;
import java.util.Locale;
import org.osdkit.core.ErrorCode;
import org.osdkit.core.ErrorKind;
import org.osdkit.core.OsdkitException;

/**
 * PowerShell's ConfirmImpact High for every osdkit command that deletes: ask first, {@code --force}
 * skips the question, and a session without a console (a script, a scheduled task) is refused rather
 * than left hanging at a prompt nobody sees.
 */
public final class Confirmation {

    public static final ErrorCode REQUIRED = ErrorCode.of("CLI-CONFIRMATION-REQUIRED", ErrorKind.REFUSED);

    private Confirmation() {
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
}
