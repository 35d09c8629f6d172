package org.osdkit.logs.tasksequence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osdkit.logs.read.LogFile;
import org.osdkit.logs.read.ReadOptions;
import org.osdkit.logs.tasksequence.TaskSequenceView.Kind;
import org.osdkit.logs.tasksequence.TaskSequenceView.Outcome;

/**
 * One test per engine record shape the task-sequence view reads: reboots, skipped and completed
 * groups, the engine's end. The logs are written here with those shapes (names and times invented).
 */
class RebootsAndGroupsTest {

    private static final String DATE = "07-30-2026";

    @TempDir
    Path dir;

    private static String ts(String message, String time) {
        return ts(message, time, "TSManager");
    }

    private static String ts(String message, String time, String component) {
        return "<![LOG[" + message + "]LOG]!><time=\"" + time + "+420\" date=\"" + DATE + "\" component=\"" + component
                + "\" context=\"\" type=\"1\" thread=\"2000\" file=\"engine.cxx:1\">\r\n";
    }

    private static String start(String name, int pointer, String time) {
        return ts("Start executing an instruction. Instruction name: " + name + ". Instruction pointer: " + pointer, time);
    }

    private static String done(String name, String time) {
        return ts("Successfully completed the action (" + name + ") with the exit win32 code 0", time);
    }

    private TaskSequenceView read(String text) throws IOException {
        Path f = dir.resolve("smsts.log");
        java.nio.file.Files.writeString(f, text);
        return new ReadTaskSequence().read(List.of(LogFile.of(f)), ReadOptions.defaults(), p -> { });
    }

    private static List<String> names(TaskSequenceView ts) {
        return ts.steps().stream().map(TaskSequenceView.Step::name).toList();
    }

    @Test
    void aRestartComputerStepIsOneRebootBetweenTheStepsItSeparatesWhateverRecordsTellOfIt() throws IOException {
        TaskSequenceView ts = read(start("Apply Operating System", 3, "10:00:00.000") + done("Apply Operating System", "10:05:00.000")
                + start("Restart Computer", 4, "10:05:01.000")
                + ts("Executing command line: smsboot.exe /target:HD", "10:05:01.100")
                + ts("Reboot to local harddisk", "10:05:01.200", "SMSBoot")
                + ts("The action (Restart Computer) initiated a reboot request", "10:05:02.000")
                + done("Restart Computer", "10:05:02.100")
                + ts("Execution engine result code: Reboot (2)", "10:05:03.000")
                // The bootstrap's view of the engine's exit: no step's exit code.
                + ts("Process completed with exit code 2147945410", "10:05:03.100", "TSMBootstrap")
                + ts("Setting reboot required flag.", "10:05:03.200", "TSMBootstrap")
                + ts("Resuming Task Sequence after the reboot", "10:07:00.000")
                + start("Install Updates", 5, "10:07:10.000") + done("Install Updates", "10:09:00.000")
                + ts("Execution engine result code: Success (0)", "10:09:01.000"));
        assertEquals(List.of("Apply Operating System", "Restart Computer", "Install Updates"), names(ts));
        assertEquals(1, ts.reboots().size(), ts.reboots().toString());
        TaskSequenceView.Reboot reboot = ts.reboots().get(0);
        assertEquals(2, reboot.position());
        assertEquals("Restart Computer", reboot.step());
        assertEquals("Restart Computer", reboot.after());
        assertEquals("Install Updates", reboot.before());
        assertTrue(reboot.resumed());
        assertEquals(5, reboot.evidence().size(), reboot.evidence().toString());
        assertEquals("0", ts.steps().get(1).exitCode(), "the bootstrap's exit code is not the step's");
        assertEquals(Outcome.SUCCEEDED, ts.outcome());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Set a global environment variable SMSTSRebootRequested=HD", "SMSTSRebootRequested is set to true",
        "Reboot to local harddisk", "Calling RebootSystem to restart into the boot image", "The reboot agent will restart the computer",
        "Rebooting the system", "Execution engine result code: Reboot (2)", "Setting reboot required flag.",
        "Resuming Task Sequence after the reboot"})
    void eachRebootRecordShapeIsFoundBetweenTheStepsAroundIt(String record) throws IOException {
        TaskSequenceView ts = read(start("Install BIOS Update", 7, "11:00:00.000") + ts(record, "11:00:30.000")
                + done("Install BIOS Update", "11:00:31.000") + start("Install Drivers", 8, "11:03:00.000") + done("Install Drivers", "11:04:00.000"));
        assertEquals(1, ts.reboots().size(), record);
        assertEquals(1, ts.reboots().get(0).position(), record);
        assertEquals("Install BIOS Update", ts.reboots().get(0).after());
        assertEquals("Install Drivers", ts.reboots().get(0).before());
    }

    @Test
    void theRebootAgentIsKnownByItsComponentAndAClearedVariableIsNoReboot() throws IOException {
        TaskSequenceView ts = read(start("A", 1, "11:00:00.000") + ts("Set a global environment variable SMSTSRebootRequested=", "11:00:01.000")
                + ts("SMSTSRebootRequested=false", "11:00:02.000") + done("A", "11:00:03.000")
                + ts("Waiting for the computer to restart", "11:00:04.000", "TSRebootAgent") + start("B", 2, "11:02:00.000"));
        assertEquals(1, ts.reboots().size(), ts.reboots().toString());
        assertEquals(11 * 3600 + 4, ts.reboots().get(0).time().toLocalTime().toSecondOfDay());
    }

    @Test
    void aRebootWithNothingAfterItIsShownAsNotFollowedByAStep() throws IOException {
        TaskSequenceView ts = read(start("Restart Computer", 9, "12:00:00.000") + ts("The action (Restart Computer) initiated a reboot request", "12:00:01.000"));
        assertEquals(1, ts.reboots().size());
        assertNull(ts.reboots().get(0).before());
        assertFalse(ts.reboots().get(0).resumed());
    }

    @Test
    void aSkippedGroupIsSkippedOnceWithItsStepNumber() throws IOException {
        TaskSequenceView ts = read(start("Gather", 1, "09:00:00.000") + done("Gather", "09:00:01.000")
                + ts("Set a global environment variable _SMSTSNextInstructionPointer=6", "09:00:01.100")
                + ts("The group (Legacy BIOS) has been skipped because the condition is evaluated to be false", "09:00:01.200")
                + ts("Skipping the group (Legacy BIOS) because its condition is false", "09:00:01.250")
                + ts("Set a global environment variable _SMSTSNextInstructionPointer=9", "09:00:01.300")
                + ts("The action (Format Disk) has been skipped because the condition is evaluated to be false", "09:00:01.400")
                + start("Apply OS", 10, "09:00:02.000") + done("Apply OS", "09:10:00.000"));
        assertEquals(List.of("Gather", "Legacy BIOS", "Format Disk", "Apply OS"), names(ts));
        TaskSequenceView.Step group = ts.steps().get(1);
        assertEquals(Kind.GROUP, group.kind());
        assertEquals(Outcome.SKIPPED, group.outcome());
        assertEquals(6, group.index());
        assertNull(group.duration());
        TaskSequenceView.Step action = ts.steps().get(2);
        assertEquals(Kind.ACTION, action.kind());
        assertEquals(9, action.index());
        assertEquals(Outcome.SKIPPED, action.outcome());
    }

    @Test
    void aCompletedGroupSucceedsWithTheDurationFromItsFirstStep() throws IOException {
        TaskSequenceView ts = read(start("Partition", 2, "09:00:00.000") + done("Partition", "09:01:00.000")
                + ts("The group (Prepare Disk) has been successfully completed", "09:01:00.500")
                + start("Apply OS", 4, "09:02:00.000") + done("Apply OS", "09:12:00.000")
                + start("Apply Drivers", 5, "09:12:01.000") + done("Apply Drivers", "09:14:00.000")
                + ts("The group (Install OS) has been successfully completed", "09:14:01.000")
                + ts("The group (Build) has been successfully completed", "09:14:02.000"));
        assertEquals(List.of("Partition", "Prepare Disk", "Apply OS", "Apply Drivers", "Install OS", "Build"), names(ts));
        TaskSequenceView.Step install = ts.steps().get(4);
        assertEquals(Kind.GROUP, install.kind());
        assertEquals(Outcome.SUCCEEDED, install.outcome());
        assertEquals(Duration.ofMinutes(12).plusSeconds(1), install.duration());
        assertEquals(Duration.ofSeconds(60).plusMillis(500), ts.steps().get(1).duration());
        // A group ending right after a group inside it started with that group.
        assertEquals(Duration.ofMinutes(12).plusSeconds(2), ts.steps().get(5).duration());
    }

    @Test
    void nothingLoggedAfterTheEngineFinishedIsAttributedToAStep() throws IOException {
        TaskSequenceView ts = read(start("Install App", 3, "13:00:00.000")
                + ts("Executing command line: smsswd.exe /pkg:LAB00001 /install", "13:00:00.100")
                + ts("Execution engine result code: Success (0)", "13:00:05.000")
                + ts("Process completed with exit code 1", "13:00:06.000")
                + ts("Executing command line: cleanup.exe", "13:00:06.500"));
        TaskSequenceView.Step app = ts.steps().get(0);
        assertNull(app.exitCode(), "the exit code logged after the engine finished is no step's");
        assertEquals("smsswd.exe /pkg:LAB00001 /install", app.commandLine());
        assertEquals(Duration.ofSeconds(5), app.duration());
        assertEquals(Outcome.SUCCEEDED, ts.outcome());
    }
}
