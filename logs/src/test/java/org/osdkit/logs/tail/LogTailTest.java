package org.osdkit.logs.tail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.logs.LogsErrors;
import org.osdkit.logs.read.LogRecord;
import org.osdkit.logs.read.Logs;
import org.osdkit.logs.read.ReadOptions;
import org.osdkit.logs.read.ReadProblem;

/** The writer's actions are scripted into the tail's pauses: no sleeping, no timing. */
class LogTailTest {

    @TempDir
    Path dir;

    private final List<LogRecord> seen = new ArrayList<>();
    private final List<ReadProblem> problems = new ArrayList<>();
    private final Deque<Runnable> script = new ArrayDeque<>();

    private void follow(Path log, int last) throws InterruptedException {
        LogTail tail = new LogTail(ReadOptions.defaults(), problems::add, () -> {
            Runnable step = script.poll();
            if (step != null) {
                step.run();
            }
        });
        tail.follow(log, last, seen::add, script::isEmpty);
    }

    private List<String> messages() {
        return seen.stream().map(LogRecord::message).toList();
    }

    private static void append(Path file, String text) {
        try {
            Files.writeString(file, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String rec(String message, int second) {
        return Logs.cm(message, "10:00:" + String.format("%02d", second) + ".000+000", "07-30-2026");
    }

    @Test
    void showsTheLastRecordsThenNewOnesAsTheyAreCompleted() throws Exception {
        Path log = Logs.write(dir, "CAS.log", rec("one", 1) + rec("two", 2) + rec("three", 3));
        String half = rec("four", 4);
        script.add(() -> append(log, half.substring(0, 20)));
        script.add(() -> append(log, half.substring(20)));
        script.add(() -> append(log, rec("five", 5)));
        follow(log, 2);
        assertEquals(List.of("two", "three", "four", "five"), messages());
        assertEquals(4, seen.get(2).line());
    }

    @Test
    void followsTheNewFileAfterARolloverWithoutLosingTheOldFilesLastRecord() throws Exception {
        Path log = Logs.write(dir, "CAS.log", rec("old", 1));
        script.add(() -> {
            append(log, rec("last before rollover", 2));
            try {
                Files.move(log, dir.resolve("CAS.lo_"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            append(log, rec("first of new file", 3));
        });
        script.add(() -> append(log, rec("second of new file", 4)));
        follow(log, 10);
        assertEquals(List.of("old", "last before rollover", "first of new file", "second of new file"), messages());
        assertEquals(1, seen.get(2).line());
    }

    @Test
    void aLogDeletedWhileTailingIsReportedAndPickedUpWhenItReturns() throws Exception {
        Path log = Logs.write(dir, "smsts.log", rec("before", 1));
        script.add(() -> {
            try {
                Files.delete(log);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        script.add(() -> { });
        script.add(() -> append(log, rec("after", 2)));
        script.add(() -> { });
        follow(log, 0);
        assertEquals(List.of("after"), messages());
        assertTrue(problems.stream().anyMatch(p -> p.code() == LogsErrors.FILE_VANISHED && p.message().contains("gone")), problems.toString());
    }

    @Test
    void ignoresExistingRecordsWhenAskedForNone() throws Exception {
        Path log = Logs.write(dir, "a.log", rec("existing", 1));
        script.add(() -> append(log, rec("new", 2)));
        follow(log, 0);
        assertEquals(List.of("new"), messages());
    }
}
