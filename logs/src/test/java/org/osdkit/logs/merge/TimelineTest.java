package org.osdkit.logs.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.logs.LogsErrors;
import org.osdkit.logs.read.LogFile;
import org.osdkit.logs.read.LogInputs;
import org.osdkit.logs.read.LogReader;
import org.osdkit.logs.read.LogRecord;
import org.osdkit.logs.read.Logs;
import org.osdkit.logs.read.ReadOptions;
import org.osdkit.logs.read.ReadProblem;

class TimelineTest {

    @TempDir
    Path dir;

    @Test
    void mergesLogsFromDifferentZonesByUtcAndTagsEachRecordWithItsSource() throws IOException {
        // Eastern (+240) and Central European (-120) clocks: 06:00 EDT = 10:00 UTC = 12:00 CEST.
        Path a = Logs.write(dir, "client/smsts.log", Logs.cm("A1", "06:00:00.000+240", "07-30-2026") + Logs.cm("A2", "06:00:02.000+240", "07-30-2026"));
        Path b = Logs.write(dir, "server/distmgr.log", Logs.cm("B1", "12:00:01.000-120", "07-30-2026") + Logs.cm("B2", "12:00:02.000-120", "07-30-2026"));
        List<LogRecord> merged = Logs.all(Timeline.merge(List.of(LogFile.of(a), LogFile.of(b)), ReadOptions.defaults(), p -> { }));
        assertEquals(List.of("A1", "B1", "A2", "B2"), merged.stream().map(LogRecord::message).toList());
        assertEquals(a.toString(), merged.get(2).source());
        assertEquals(b.toString(), merged.get(3).source());
    }

    @Test
    void keepsTheOrderWithinOneLogAndFragmentsAfterTheirPredecessor() throws IOException {
        Path a = Logs.write(dir, "a.log", Logs.cm("late first", "10:00:05.000+000", "07-30-2026") + "<![LOG[torn\n"
                + Logs.cm("early second", "10:00:01.000+000", "07-30-2026"));
        Path b = Logs.write(dir, "b.log", Logs.cm("b", "10:00:03.000+000", "07-30-2026"));
        List<String> merged = Logs.all(Timeline.merge(List.of(LogFile.of(a), LogFile.of(b)), ReadOptions.defaults(), p -> { }))
                .stream().map(LogRecord::message).toList();
        assertEquals(List.of("b", "late first", "<![LOG[torn\n", "early second"), merged);
    }

    @Test
    void readsTheLoGenerationBeforeTheCurrentLog() throws IOException {
        Path cur = Logs.write(dir, "CAS.log", Logs.cm("new", "10:00:00.000+000", "07-30-2026"));
        Path old = Logs.write(dir, "CAS.lo_", Logs.cm("old", "09:00:00.000+000", "07-30-2026"));
        List<String> seq = Logs.all(LogReader.openAll(LogInputs.expand(List.of(dir.toString()), false), ReadOptions.defaults(), p -> { }))
                .stream().map(LogRecord::message).toList();
        assertEquals(List.of("old", "new"), seq);
        assertTrue(cur.toFile().exists() && old.toFile().exists());
    }

    @Test
    void equalTimesKeepTheInputOrderAndAMissingFileIsReportedNotFatal() throws IOException {
        Path a = Logs.write(dir, "a.log", Logs.cm("a", "10:00:00.000+000", "07-30-2026"));
        Path b = Logs.write(dir, "b.log", Logs.cm("b", "10:00:00.000+000", "07-30-2026"));
        List<ReadProblem> problems = new ArrayList<>();
        List<String> merged = Logs.all(Timeline.merge(List.of(LogFile.of(b), LogFile.of(dir.resolve("gone.log")), LogFile.of(a)),
                ReadOptions.defaults(), problems::add)).stream().map(LogRecord::message).toList();
        assertEquals(List.of("b", "a"), merged);
        assertEquals(LogsErrors.INPUT_NOT_FOUND, problems.get(0).code());
    }

    @Test
    void mergesTheCorpusRotationsInTimeOrder() {
        Path base = Logs.resource("corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/server/intake/rotations/evidence/sccm/server/management-point/server-mp-policy");
        List<LogFile> files = LogInputs.expand(List.of(base.toString()), true);
        List<String> merged = Logs.all(Timeline.merge(files, ReadOptions.defaults(), p -> { })).stream().map(LogRecord::message).toList();
        assertEquals(List.of("SYNTHETIC FIXTURE timestamped MP policy rotation", "SYNTHETIC FIXTURE numbered MP policy rotation",
                "SYNTHETIC FIXTURE lo rotation for MP policy", "SYNTHETIC FIXTURE current MP policy rotation"), merged);
    }
}
