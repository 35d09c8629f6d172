package org.osdkit.cli.logs;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.cli.CliRun;

/** The set-up of the logs command tests: a temporary folder for the logs and the workspace, and the last run's output. */
abstract class LogsCliFixture {

    @TempDir
    Path dir;

    String out;
    String err;

    /** Runs {@code osdkit args...} on the workspace under {@link #dir}; its output is left in {@link #out} and {@link #err}. */
    int run(String... args) {
        CliRun run = CliRun.in(dir.resolve("workspace"), args);
        out = run.out();
        err = run.err();
        return run.exitCode();
    }
}
