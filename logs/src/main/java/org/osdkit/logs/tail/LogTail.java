package org.osdkit.logs.tail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.osdkit.core.OsdkitException;
import org.osdkit.logs.LogsErrors;
import org.osdkit.logs.read.LogRecord;
import org.osdkit.logs.read.ReadOptions;
import org.osdkit.logs.read.ReadProblem;

/**
 * Follows a growing log like CMTrace's auto-refresh or {@code tail -f}: the last records first, then
 * each record as soon as it is complete, surviving rollover (the file renamed to {@code .lo_} and a
 * new one started) and deletion (reported; it waits for the log to come back).
 */
public final class LogTail {

    /** CMTrace refreshes no faster than every 500 ms; so do we by default. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofMillis(500);

    /** How to wait between polls of the file. */
    @FunctionalInterface
    public interface Pause {
        void pause() throws InterruptedException;

        /** Sleeps for {@code interval}. */
        static Pause every(Duration interval) {
            return () -> Thread.sleep(interval.toMillis());
        }
    }

    private final ReadOptions options;
    private final Consumer<ReadProblem> problems;
    private final Pause pause;

    public LogTail(ReadOptions options, Consumer<ReadProblem> problems, Pause pause) {
        this.options = options;
        this.problems = problems;
        this.pause = pause;
    }

    /**
     * Sends the last {@code lastRecords} records of {@code file}, then every new one, to {@code sink}
     * until {@code stop} returns true (asked whenever all written records have been delivered) or the
     * thread is interrupted. A file missing at the start is an error ({@link LogsErrors#INPUT_NOT_FOUND}).
     */
    public void follow(Path file, int lastRecords, Consumer<LogRecord> sink, BooleanSupplier stop) throws InterruptedException {
        if (!Files.isRegularFile(file)) {
            throw new OsdkitException(LogsErrors.INPUT_NOT_FOUND, "Log file " + file + " does not exist.",
                    "Check the path; a task sequence moves smsts.log as it runs (see the log locations in the README).");
        }
        new Follower(options, problems, pause).follow(file, lastRecords, sink, stop);
    }
}
