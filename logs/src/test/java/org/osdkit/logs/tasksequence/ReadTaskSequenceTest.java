package org.osdkit.logs.tasksequence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.logs.diagnosis.Evidence;
import org.osdkit.logs.read.LogFile;
import org.osdkit.logs.read.Logs;
import org.osdkit.logs.read.ReadOptions;
import org.osdkit.logs.tasksequence.TaskSequenceView.Outcome;

class ReadTaskSequenceTest {

    @TempDir
    Path dir;

    private TaskSequenceView read(Path... files) {
        return new ReadTaskSequence().read(List.of(files).stream().map(LogFile::of).toList(), ReadOptions.defaults(), p -> { });
    }

    @Test
    void listsTheStepsInOrderWithTimesExitCodesAndCommandLines() {
        TaskSequenceView ts = read(Logs.resource("synthetic/smsts.log"));
        assertEquals(List.of("Partition Disk 0 - UEFI", "Partition Disk 0 - BIOS", "Apply Operating System", "Setup Windows and ConfigMgr",
                "Install Drivers Tool", "Install Application Suite", "Applications"), ts.steps().stream().map(TaskSequenceView.Step::name).toList());
        TaskSequenceView.Step applications = ts.steps().get(6);
        assertEquals(TaskSequenceView.Kind.GROUP, applications.kind());
        assertEquals(Outcome.FAILED, applications.outcome());
        TaskSequenceView.Step partition = ts.steps().get(0);
        assertEquals(2, partition.index());
        assertEquals(Outcome.SUCCEEDED, partition.outcome());
        assertEquals("0", partition.exitCode());
        assertEquals("osddiskpart.exe", partition.commandLine());
        assertEquals(Duration.ofMillis(5500), partition.duration());
        assertEquals(Instant.parse("2026-07-30T13:00:00.010Z"), partition.startUtc());
        assertEquals(2, partition.line());
        assertEquals(Outcome.SKIPPED, ts.steps().get(1).outcome());
        assertEquals(Duration.ofMinutes(10).plusMillis(10), ts.steps().get(2).duration());
        assertEquals(Outcome.FAILURE_IGNORED, ts.steps().get(4).outcome());
    }

    @Test
    void showsRebootsAndTheFailedStepWithTheLinesAroundIt() {
        TaskSequenceView ts = read(Logs.resource("synthetic/smsts.log"));
        assertEquals(1, ts.reboots().size());
        assertEquals("Setup Windows and ConfigMgr", ts.reboots().get(0).step());
        assertEquals(4, ts.reboots().get(0).position(), "after Setup Windows and ConfigMgr, before Install Drivers Tool");
        assertEquals("Install Drivers Tool", ts.reboots().get(0).before());
        assertEquals(Outcome.FAILED, ts.outcome());
        assertEquals("80004005", ts.result());
        TaskSequenceView.Failure failure = ts.failure();
        assertEquals("Install Application Suite", failure.step().name());
        assertEquals("0x80070002", failure.step().exitCode());
        assertEquals("The system cannot find the file specified. (Error: 80070002; Source: Windows)", failure.error());
        assertEquals("ERROR_FILE_NOT_FOUND", failure.code().meanings().stream().filter(m -> m.domain().equals("Win32")).findFirst().orElseThrow().symbol());
        List<Long> lines = failure.context().stream().map(Evidence::line).toList();
        assertEquals(List.of(21L, 22L, 23L, 24L, 25L, 26L, 28L, 29L, 30L, 31L, 32L), lines);
    }

    @Test
    void fragmentsFromWinPeAndTheFullOsAreReadAsOneTimeline() throws IOException {
        String pe = Logs.cm("Start executing an instruction. Instruction name: Apply Operating System. Instruction pointer: 1", "10:00:00.000+000", "07-30-2026")
                + Logs.cm("Successfully completed the action (Apply Operating System) with the exit win32 code 0", "10:05:00.000+000", "07-30-2026");
        String os = Logs.cm("Start executing an instruction. Instruction name: Install Updates. Instruction pointer: 2", "10:20:00.000+000", "07-30-2026")
                + Logs.cm("Task sequence completed 0x00000000", "10:30:00.000+000", "07-30-2026");
        Path fullOs = Logs.write(dir, "CCM/Logs/smsts.log", os);
        Path winpe = Logs.write(dir, "X/Windows/Temp/SMSTSLog/smsts.log", pe);
        TaskSequenceView ts = read(fullOs, winpe);
        assertEquals(List.of("Apply Operating System", "Install Updates"), ts.steps().stream().map(TaskSequenceView.Step::name).toList());
        assertEquals(Outcome.SUCCEEDED, ts.outcome());
        assertNull(ts.failure());
        assertEquals(Duration.ofMinutes(10), ts.steps().get(1).duration());
        assertTrue(ts.steps().get(1).source().contains("CCM"));
    }
}
