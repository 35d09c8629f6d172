package org.osdkit.cli.drivers;

import java.io.Console;
import java.util.Locale;
import java.util.Optional;
import me.tongfei.progressbar.ProgressBar;
import org.osdkit.cli.output.Printer;
import org.osdkit.core.OsdkitException;
import org.osdkit.drivers.DriverErrors;
import org.osdkit.drivers.ScanListener;

/** What several drivers commands share: progress bars for tree walks and PowerShell-style confirmation. */
final class CliSupport {

    private CliSupport() {
    }

    /** A scan listener that drives a progress bar on a terminal; close it when the walk is done. */
    static final class Progress implements ScanListener, AutoCloseable {
        private final Printer printer;
        private final String task;
        private Optional<ProgressBar> bar;

        Progress(Printer printer, String task) {
            this.printer = printer;
            this.task = task;
        }

        @Override
        public void folderDone(int done, int total, String folder) {
            if (bar == null) {
                bar = printer.progress(task, total);
            }
            bar.ifPresent(b -> b.stepTo(done));
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.ifPresent(ProgressBar::close);
            }
        }
    }

    /**
     * High-impact commands ask first, as PowerShell does at ConfirmImpact High; {@code --force} skips the
     * question, and without a console (a script, a scheduled task) they refuse instead of hanging.
     */
    static void confirm(boolean force, String operation, String target) {
        if (force) {
            return;
        }
        Console console = System.console();
        if (console == null) {
            throw new OsdkitException(DriverErrors.CONFIRMATION_REQUIRED,
                    "\"" + operation + "\" on \"" + target + "\" is a high-impact change and this session cannot ask for confirmation.",
                    "Add --force to confirm it in a script, or --what-if to see what it would do.");
        }
        String answer = console.readLine("Confirm%nAre you sure you want to perform this action?%nPerforming the operation \"%s\" on target \"%s\".%n[Y] Yes  [N] No (default is \"N\"): ",
                operation, target);
        if (answer == null || !answer.strip().toLowerCase(Locale.ROOT).startsWith("y")) {
            throw new OsdkitException(DriverErrors.CONFIRMATION_REQUIRED, "Not confirmed: nothing was changed.");
        }
    }
}
