package org.osdkit.cli.logs;

import java.util.function.Consumer;
import org.osdkit.cli.output.Printer;
import org.osdkit.logs.LogsErrors;
import org.osdkit.logs.read.ReadProblem;

/**
 * Shows read problems as warnings on stderr: the first {@value #SHOWN} in full, then a count, so a
 * badly damaged log does not bury the output. Remembers whether a whole file could not be read.
 */
final class ProblemReport implements Consumer<ReadProblem> {

    static final int SHOWN = 20;

    private final Printer printer;
    private long count;
    private boolean fileFailed;

    ProblemReport(Printer printer) {
        this.printer = printer;
    }

    @Override
    public void accept(ReadProblem p) {
        count++;
        if (p.code().equals(LogsErrors.FILE_UNREADABLE) || p.code().equals(LogsErrors.BINARY_FILE) || p.code().equals(LogsErrors.INPUT_NOT_FOUND)) {
            fileFailed = true;
        }
        if (count <= SHOWN) {
            printer.warn(p.describe());
        }
    }

    /** Prints how many problems were not shown. */
    void finish() {
        if (count > SHOWN) {
            printer.warn((count - SHOWN) + " more read problems not shown (" + count + " in all).");
        }
    }

    /** True when some input could not be read at all. */
    boolean fileFailed() {
        return fileFailed;
    }
}
