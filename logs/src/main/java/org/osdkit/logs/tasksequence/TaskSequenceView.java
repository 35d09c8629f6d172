package org.osdkit.logs.tasksequence;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.osdkit.logs.diagnosis.Evidence;
import org.osdkit.logs.errorcodes.DecodedCode;

/**
 * What a task sequence did, read from smsts.log: its steps in order, the reboots, and the step that
 * failed with the lines around it.
 *
 * @param steps   steps in the order they ran (skipped ones included)
 * @param reboots reboot requests
 * @param failure the step that stopped the task sequence, or {@code null}
 * @param outcome how the task sequence ended
 * @param result  the final code the engine logged ({@code 0x00000000}), or {@code null}
 */
public record TaskSequenceView(List<Step> steps, List<Reboot> reboots, Failure failure, Outcome outcome, String result) {

    public TaskSequenceView {
        steps = List.copyOf(steps);
        reboots = List.copyOf(reboots);
    }

    /** How a step or the task sequence ended. */
    public enum Outcome {
        SUCCEEDED,
        FAILED,
        /** The step failed but has continue-on-error set. */
        FAILURE_IGNORED,
        /** Its condition was false (or it is disabled). */
        SKIPPED,
        /** No end was logged (the log ends, or the machine rebooted mid-step). */
        UNKNOWN
    }

    /**
     * One step.
     *
     * @param index       instruction pointer as logged, or -1 for skipped steps
     * @param name        the step's name
     * @param source      the file the step started in
     * @param line        line of its start
     * @param start       local start time as written
     * @param startUtc    UTC start, or {@code null}
     * @param duration    until its end line (or the next step), or {@code null}
     * @param exitCode    the exit code ({@code 0}, {@code 0x80070002}), or {@code null}
     * @param commandLine the action's command line where logged, or {@code null}
     * @param outcome     how it ended
     */
    public record Step(int index, String name, String source, long line, LocalDateTime start, Instant startUtc, Duration duration,
                       String exitCode, String commandLine, Outcome outcome) {
    }

    /**
     * A reboot request.
     *
     * @param source the file
     * @param line   its line
     * @param time   local time as written
     * @param step   the step that asked for it, or {@code null}
     * @param text   the log line
     */
    public record Reboot(String source, long line, LocalDateTime time, String step, String text) {
    }

    /**
     * The failed step with the lines around its failure.
     *
     * @param step    the step
     * @param error   the failure message
     * @param code    the error code in it, decoded, or {@code null}
     * @param context the lines before, at and after the failure
     */
    public record Failure(Step step, String error, DecodedCode code, List<Evidence> context) {

        public Failure {
            context = List.copyOf(context);
        }
    }
}
