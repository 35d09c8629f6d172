package org.osdkit.logs.tail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.osdkit.logs.LogsErrors;
import org.osdkit.logs.read.LogReader;
import org.osdkit.logs.read.LogRecord;
import org.osdkit.logs.read.LogStream;
import org.osdkit.logs.read.ReadOptions;
import org.osdkit.logs.read.ReadProblem;

/**
 * Follows one log: shows its last records, then each new record as it is completed, across rollovers
 * (the file renamed to {@code .lo_} and a new one started) and deletions (waits for it to return).
 */
final class Follower {

    private final ReadOptions options;
    private final Consumer<ReadProblem> problems;
    private final LogTail.Pause pause;

    Follower(ReadOptions options, Consumer<ReadProblem> problems, LogTail.Pause pause) {
        this.options = options;
        this.problems = problems;
        this.pause = pause;
    }

    /**
     * Sends the last {@code lastRecords} existing records, then new ones, to {@code sink} until
     * {@code stop} says so (checked whenever the reader has caught up with the writer).
     */
    void follow(Path file, int lastRecords, Consumer<LogRecord> sink, BooleanSupplier stop) throws InterruptedException {
        Deque<LogRecord> backlog = new ArrayDeque<>();
        boolean[] live = {false};
        Consumer<LogRecord> emit = r -> {
            if (live[0]) {
                sink.accept(r);
            } else if (lastRecords > 0) {
                if (backlog.size() == lastRecords) {
                    backlog.poll();
                }
                backlog.add(r);
            }
        };
        FollowedFile.Waiting waiting = new FollowedFile.Waiting() {
            @Override
            public void caughtUp() {
                if (!live[0]) {
                    live[0] = true;
                    backlog.forEach(sink);
                    backlog.clear();
                }
            }

            @Override
            public boolean stopRequested() {
                return stop.getAsBoolean();
            }

            @Override
            public void pause() throws InterruptedException {
                pause.pause();
            }
        };
        boolean reported = false;
        // The stop condition is asked only once the reader has caught up, so the existing records
        // are always shown, even when following is not wanted.
        while (true) {
            if (!Files.exists(file)) {
                if (!reported) {
                    problems.accept(new ReadProblem(file.toString(), 0, LogsErrors.FILE_VANISHED,
                            "the log is gone (deleted or renamed away); waiting for it to come back"));
                    reported = true;
                }
                waiting.caughtUp();
                if (stop.getAsBoolean()) {
                    return;
                }
                pause.pause();
                continue;
            }
            reported = false;
            FollowedFile.End end = followOnce(file, emit, waiting);
            if (end == FollowedFile.End.STOPPED || stop.getAsBoolean()) {
                return;
            }
        }
    }

    private FollowedFile.End followOnce(Path file, Consumer<LogRecord> emit, FollowedFile.Waiting waiting) throws InterruptedException {
        try (FollowedFile in = FollowedFile.open(file, waiting)) {
            byte[] head = new byte[LogReader.SNIFF_BYTES];
            int n = in.readAvailable(head, head.length);
            while (n == 0) {
                // A new generation exists but holds nothing yet: its first bytes decide the encoding.
                waiting.caughtUp();
                if (waiting.stopRequested()) {
                    return FollowedFile.End.STOPPED;
                }
                pause.pause();
                n = in.readAvailable(head, head.length);
                if (n == 0 && !Files.exists(file)) {
                    return FollowedFile.End.VANISHED;
                }
            }
            try (LogStream records = LogReader.readGrowing(file.toString(), head, n, in, options, problems)) {
                records.forEachRemaining(emit);
            }
            if (in.end() == FollowedFile.End.NOT_YET) {
                // The reader gave up before the file ended (binary content, a read error), already
                // reported: following it again would only repeat that, or the records before it.
                waiting.caughtUp();
                return FollowedFile.End.STOPPED;
            }
            if (in.end() == FollowedFile.End.ROLLED_OVER) {
                problems.accept(new ReadProblem(file.toString(), 0, LogsErrors.FILE_VANISHED,
                        "the log rolled over; following the new file"));
            }
            return in.end();
        } catch (IOException e) {
            problems.accept(new ReadProblem(file.toString(), 0, LogsErrors.FILE_UNREADABLE, "cannot follow: " + e.getMessage()));
            waiting.caughtUp();
            pause.pause();
            return FollowedFile.End.VANISHED;
        }
    }
}
