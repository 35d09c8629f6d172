package org.osdkit.logs.tasksequence;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.osdkit.logs.diagnosis.Evidence;
import org.osdkit.logs.errorcodes.DecodedCode;

/**
 * What a task sequence did, read from smsts.log: its steps and groups in order, the reboots between
 * them, and the step that failed with the lines around it.
 *
 * @param steps   steps and groups in the order they ended or were skipped (a group after its steps)
 * @param reboots the reboots, each once however many records tell of it, in order
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

    /** An action (a step that runs something) or a group of steps. */
    public enum Kind {
        ACTION,
        GROUP
    }

    /**
     * One step or group.
     *
     * @param kind        action or group
     * @param index       instruction pointer as logged (for a skipped step the engine's next pointer when
     *                    it skipped it), or -1 when none was logged
     * @param name        the step's name
     * @param source      the file the step started in
     * @param line        line of its start
     * @param start       local start time as written
     * @param startUtc    UTC start, or {@code null}
     * @param duration    until its end line (or the next step); for a group from its first step; or {@code null}
     * @param exitCode    the exit code ({@code 0}, {@code 0x80070002}), or {@code null}
     * @param commandLine the action's command line where logged, or {@code null}
     * @param outcome     how it ended
     */
    public record Step(Kind kind, int index, String name, String source, long line, LocalDateTime start, Instant startUtc, Duration duration,
                       String exitCode, String commandLine, Outcome outcome) {
    }

    /**
     * A reboot, told by one or more records (the step's request, the reboot agent's, the engine
     * stopping for it, the engine resuming after it).
     *
     * @param source    the file of its first record
     * @param line      the line of its first record
     * @param time      local time of its first record as written
     * @param step      the step that asked for it, or {@code null} when no record says
     * @param text      its first record's text
     * @param position  how many entries of {@link #steps()} come before it: it stands between
     *                  {@code steps().get(position - 1)} and {@code steps().get(position)}
     * @param after     the last step that started before it, or {@code null}
     * @param before    the first step that started after it, or {@code null} when none did
     * @param resumed   true when the engine logged resuming after it
     * @param evidence  the records that tell of it: {@code line: text}
     */
    public record Reboot(String source, long line, LocalDateTime time, String step, String text, int position, String after,
                         String before, boolean resumed, List<String> evidence) {

        public Reboot {
            evidence = List.copyOf(evidence);
        }
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
