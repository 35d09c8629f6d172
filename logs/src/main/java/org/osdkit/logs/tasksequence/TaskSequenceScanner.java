package org.osdkit.logs.tasksequence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osdkit.logs.diagnosis.Evidence;
import org.osdkit.logs.errorcodes.DecodedCode;
import org.osdkit.logs.errorcodes.ErrorCodes;
import org.osdkit.logs.read.LogRecord;
import org.osdkit.logs.tasksequence.TaskSequenceView.Outcome;

/**
 * Reads the task sequence engine's lines of smsts.log as they stream by. Memory holds the steps
 * (not the records) and a few lines of context around a failure.
 */
final class TaskSequenceScanner {

    // ConfigMgr 2007 writes "instruciton"; later versions "instruction".
    private static final Pattern START = Pattern.compile("Start executing an instruc\\w*\\. Instruction name: (.*?)\\. Instruction pointer: (\\d+)");
    private static final Pattern COMMAND = Pattern.compile("^Executing command line: (.+)", Pattern.DOTALL);
    private static final Pattern EXIT = Pattern.compile("Process completed with exit code (\\d+)");
    private static final Pattern SUCCESS = Pattern.compile("Successfully complete(?:d)? the action \\((.*)\\) with the exit win32 code (\\d+)");
    private static final Pattern FAILED = Pattern.compile("Failed to run the action: (.*?)\\.?[ \\t]*(?:\\r?\\n|$)(.*)", Pattern.DOTALL);
    private static final Pattern IGNORED = Pattern.compile("ignored the failure of the action \\((.*)\\)");
    private static final Pattern SKIPPED = Pattern.compile("The action \\((.*)\\) has been skipped because");
    private static final Pattern REBOOT = Pattern.compile("The action \\((.*)\\) initiated a reboot request|^Rebooting (?:the )?(?:system|computer)");
    private static final Pattern COMPLETED = Pattern.compile("Task sequence completed (0x[0-9A-Fa-f]{8})");
    private static final Pattern ENGINE_FAILED = Pattern.compile("Task sequence execution failed with error code (\\w+)|Task Sequence Engine failed! Code: (\\w+)|Execution of task sequence failed");

    private final int context;
    private final ErrorCodes codes;
    private final List<MutableStep> steps = new ArrayList<>();
    private final List<TaskSequenceView.Reboot> reboots = new ArrayList<>();
    private final Deque<Evidence> before = new ArrayDeque<>();
    private MutableStep current;
    private PendingFailure failure;
    private PendingFailure collecting;
    private Outcome outcome = Outcome.UNKNOWN;
    private String result;

    TaskSequenceScanner(int context, ErrorCodes codes) {
        this.context = context;
        this.codes = codes;
    }

    void accept(LogRecord r) {
        Evidence line = Evidence.of(r);
        if (collecting != null) {
            collecting.context.add(line);
            if (--collecting.after == 0) {
                collecting = null;
            }
        }
        scan(r, line);
        before.add(line);
        if (before.size() > context) {
            before.poll();
        }
    }

    private void scan(LogRecord r, Evidence line) {
        String m = r.message();
        Matcher x;
        if ((x = START.matcher(m)).find()) {
            end(r);
            current = new MutableStep(Integer.parseInt(x.group(2)), x.group(1), r);
            steps.add(current);
        } else if (current != null && current.commandLine == null && (x = COMMAND.matcher(m)).find()) {
            current.commandLine = x.group(1).strip();
        } else if (current != null && (x = EXIT.matcher(m)).find()) {
            current.exitCode = code(x.group(1));
        } else if ((x = SUCCESS.matcher(m)).find()) {
            MutableStep s = step(x.group(1));
            s.exitCode = code(x.group(2));
            finish(s, Outcome.SUCCEEDED, r);
        } else if ((x = FAILED.matcher(m)).find()) {
            MutableStep s = step(x.group(1));
            List<DecodedCode> found = codes.findIn(m);
            DecodedCode code = found.stream().filter(DecodedCode::failure).findFirst().orElse(found.isEmpty() ? null : found.get(0));
            if (code != null && s.exitCode == null) {
                s.exitCode = code.hex();
            }
            finish(s, Outcome.FAILED, r);
            failure = new PendingFailure(s, x.group(2).isBlank() ? x.group(1) : x.group(2).strip(), code, new ArrayList<>(before), context);
            failure.context.add(line);
            collecting = failure;
        } else if ((x = IGNORED.matcher(m)).find()) {
            MutableStep s = step(x.group(1));
            s.outcome = Outcome.FAILURE_IGNORED;
            if (failure != null && failure.step == s) {
                failure = null;
                collecting = null;
            }
        } else if ((x = SKIPPED.matcher(m)).find()) {
            MutableStep s = new MutableStep(-1, x.group(1), r);
            s.outcome = Outcome.SKIPPED;
            steps.add(s);
        } else if ((x = REBOOT.matcher(m)).find()) {
            reboots.add(new TaskSequenceView.Reboot(r.source(), r.line(), r.localTime(), x.group(1), line.text()));
        } else if ((x = COMPLETED.matcher(m)).find()) {
            result = x.group(1);
            outcome = "0x00000000".equals(result) ? Outcome.SUCCEEDED : Outcome.FAILED;
            end(r);
        } else if ((x = ENGINE_FAILED.matcher(m)).find()) {
            outcome = Outcome.FAILED;
            String c = x.group(1) != null ? x.group(1) : x.group(2);
            if (c != null && result == null) {
                result = c;
            }
            end(r);
        }
    }

    /** The step named {@code name}: the current one when it matches, else the latest with that name, else a new one. */
    private MutableStep step(String name) {
        if (current != null && current.name.equals(name)) {
            return current;
        }
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).name.equals(name)) {
                return steps.get(i);
            }
        }
        MutableStep s = new MutableStep(-1, name, null);
        steps.add(s);
        return s;
    }

    private void finish(MutableStep s, Outcome o, LogRecord r) {
        s.outcome = o;
        s.end = r.sortTime();
        if (s == current) {
            current = null;
        }
    }

    /** A new step started or the sequence ended: the running step ends here if it logged no end. */
    private void end(LogRecord r) {
        if (current != null && current.end == null) {
            current.end = r.sortTime();
        }
        current = null;
    }

    private static String code(String decimal) {
        long v = Long.parseLong(decimal);
        return v > 0xFFFF ? String.format("0x%08X", v & 0xFFFFFFFFL) : Long.toString(v);
    }

    TaskSequenceView view() {
        List<TaskSequenceView.Step> out = new ArrayList<>();
        TaskSequenceView.Failure failed = null;
        for (MutableStep s : steps) {
            TaskSequenceView.Step step = s.toStep();
            out.add(step);
            if (failure != null && failure.step == s) {
                failed = new TaskSequenceView.Failure(step, failure.error, failure.code, failure.context);
            }
        }
        Outcome overall = outcome == Outcome.UNKNOWN && failed != null ? Outcome.FAILED : outcome;
        return new TaskSequenceView(out, reboots, failed, overall, result);
    }

    private static final class MutableStep {
        final int index;
        final String name;
        final LogRecord first;
        Instant end;
        String exitCode;
        String commandLine;
        Outcome outcome = Outcome.UNKNOWN;

        MutableStep(int index, String name, LogRecord first) {
            this.index = index;
            this.name = name;
            this.first = first;
        }

        TaskSequenceView.Step toStep() {
            Instant start = first == null ? null : first.sortTime();
            Duration duration = start != null && end != null && !end.isBefore(start) ? Duration.between(start, end) : null;
            return new TaskSequenceView.Step(index, name, first == null ? null : first.source(), first == null ? 0 : first.line(),
                    first == null ? null : first.localTime(), first == null ? null : first.utc(), duration, exitCode, commandLine, outcome);
        }
    }

    private static final class PendingFailure {
        final MutableStep step;
        final String error;
        final DecodedCode code;
        final List<Evidence> context;
        int after;

        PendingFailure(MutableStep step, String error, DecodedCode code, List<Evidence> context, int after) {
            this.step = step;
            this.error = error;
            this.code = code;
            this.context = context;
            this.after = after;
        }
    }
}
