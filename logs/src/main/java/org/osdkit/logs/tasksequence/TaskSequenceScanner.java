package org.osdkit.logs.tasksequence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osdkit.logs.diagnosis.Evidence;
import org.osdkit.logs.errorcodes.DecodedCode;
import org.osdkit.logs.errorcodes.ErrorCodes;
import org.osdkit.logs.read.LogRecord;
import org.osdkit.logs.tasksequence.TaskSequenceView.Kind;
import org.osdkit.logs.tasksequence.TaskSequenceView.Outcome;

/**
 * Reads the task sequence engine's lines of smsts.log as they stream by. Memory holds the steps
 * (not the records) and a few lines of context around a failure. Each rule below is one record shape
 * the engine (TSManager), its bootstrap (TSMBootstrap) or the Restart Computer step writes; the
 * README's task-sequence section lists them.
 */
final class TaskSequenceScanner {

    // ConfigMgr 2007 writes "instruciton"; later versions "instruction".
    private static final Pattern START = Pattern.compile("Start executing an instruc\\w*\\. Instruction name: (.*?)\\. Instruction pointer: (\\d+)");
    private static final Pattern COMMAND = Pattern.compile("^Executing command line: (.+)", Pattern.DOTALL);
    private static final Pattern EXIT = Pattern.compile("Process completed with exit code (\\d+)");
    private static final Pattern SUCCESS = Pattern.compile("Successfully complete(?:d)? the action \\((.*)\\) with the exit win32 code (\\d+)");
    private static final Pattern FAILED = Pattern.compile("Failed to run the action: (.*?)\\.?[ \\t]*(?:\\r?\\n|$)(.*)", Pattern.DOTALL);
    private static final Pattern IGNORED = Pattern.compile("ignored the failure of the action \\((.*)\\)");
    /** "The action (X) has been skipped because ...", "The group (X) has been skipped because ...", "... is disabled". */
    private static final Pattern SKIPPED = Pattern.compile("The (action|group) \\((.*)\\) (?:has been skipped because|is disabled)");
    /** "Skipping the disabled group (X)", "Skipping action X because ...". */
    private static final Pattern SKIPPING = Pattern.compile("(?i)^Skipping (?:the )?(?:disabled )?(action|group|step)\\s*[:(]?\\s*\\(?(.+?)\\)?(?:\\s+(?:because|as|since)\\b.*)?\\.?\\s*$");
    /** The engine's next instruction, set before it evaluates (and maybe skips) that step. */
    private static final Pattern NEXT_POINTER = Pattern.compile("_SMSTSNextInstructionPointer\\s*=\\s*(\\d+)");
    private static final Pattern GROUP_DONE = Pattern.compile("The group \\((.*)\\) has been successfully completed");
    private static final Pattern GROUP_FAILED = Pattern.compile("The execution of the group \\((.*)\\) has failed");
    private static final Pattern REBOOT_REQUEST = Pattern.compile("The action \\((.*)\\) initiated a reboot request");
    /**
     * The other records of a reboot: the variable a step sets to ask for one (not when it is cleared),
     * the Restart Computer step's target, the engine's reboot call, the reboot agent, the bootstrap's flag.
     */
    private static final Pattern REBOOT_SIGNAL = Pattern.compile("(?i)\\bSMSTSRebootRequested\\b(?!\\s*(?:=|to|is)\\s*(?:\"?false\\b|\"?\\s*$|\"\"))"
            + "|\\bReboot(?:ing)? to (?:the )?(?:local hard ?disk|boot image|Windows PE|WinPE)\\b|\\bRebootSystem\\b|\\breboot ?agent\\b"
            + "|\\bSetting reboot required flag\\b|^Rebooting (?:the )?(?:system|computer)");
    /** The engine stopping: "Execution engine result code: Success (0)", "Failure (1)", "Reboot (2)". */
    private static final Pattern ENGINE_RESULT = Pattern.compile("Execution engine result code: (\\w+) \\((\\d+)\\)");
    /** A new engine process carrying on where the last stopped. */
    private static final Pattern RESUMED = Pattern.compile("(?i)\\bresum(?:e|ed|es|ing)\\b.{0,40}\\b(?:task sequence|after (?:a |the )?(?:reboot|restart)|execution)"
            + "|\\b(?:task sequence|execution)\\b.{0,40}\\bresum(?:e|ed|es|ing)\\b");
    private static final Pattern COMPLETED = Pattern.compile("Task sequence completed (0x[0-9A-Fa-f]{8})");
    private static final Pattern ENGINE_FAILED = Pattern.compile("Task sequence execution failed with error code (\\w+)|Task Sequence Engine failed! Code: (\\w+)|Execution of task sequence failed");

    private final int context;
    private final ErrorCodes codes;
    private final List<MutableStep> steps = new ArrayList<>();
    private final List<TaskSequenceView.Reboot> reboots = new ArrayList<>();
    private final Deque<Evidence> before = new ArrayDeque<>();
    private MutableStep current;
    /** The last action started, for "which step did the reboot follow". */
    private MutableStep lastStarted;
    private PendingFailure failure;
    private PendingFailure collecting;
    private PendingReboot reboot;
    private Outcome outcome = Outcome.UNKNOWN;
    private String result;
    /** The engine stopped (finished, failed, or went down for a reboot): nothing after it belongs to a step. */
    private boolean engineStopped;
    private int nextPointer = -1;
    /** Index in {@link #steps} after the last group ended or was skipped: a group's steps follow it. */
    private int groupBoundary;
    private MutableStep lastGroup;

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
            engineStopped = false;
            current = new MutableStep(Kind.ACTION, Integer.parseInt(x.group(2)), x.group(1), r);
            closeReboot(current);
            steps.add(current);
            lastStarted = current;
        } else if (!engineStopped && current != null && current.commandLine == null && (x = COMMAND.matcher(m)).find()) {
            current.commandLine = x.group(1).strip();
        } else if (!engineStopped && current != null && !outerProcess(r) && (x = EXIT.matcher(m)).find()) {
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
            skipped(x.group(1), x.group(2), r);
        } else if ((x = SKIPPING.matcher(m)).find()) {
            skipped(x.group(1), x.group(2), r);
        } else if ((x = NEXT_POINTER.matcher(m)).find()) {
            nextPointer = Integer.parseInt(x.group(1));
        } else if ((x = GROUP_DONE.matcher(m)).find()) {
            group(x.group(1), Outcome.SUCCEEDED, r);
        } else if ((x = GROUP_FAILED.matcher(m)).find()) {
            group(x.group(1), Outcome.FAILED, r);
        } else if ((x = REBOOT_REQUEST.matcher(m)).find()) {
            reboot(r, line, x.group(1));
        } else if ((x = ENGINE_RESULT.matcher(m)).find()) {
            String word = x.group(1).toLowerCase(Locale.ROOT);
            if (word.equals("reboot")) {
                reboot(r, line, null);
            } else if (word.equals("success")) {
                outcome = outcome == Outcome.FAILED ? outcome : Outcome.SUCCEEDED;
            } else {
                outcome = Outcome.FAILED;
            }
            stop(r);
        } else if (REBOOT_SIGNAL.matcher(m).find() || (r.component() != null && r.component().toLowerCase(Locale.ROOT).contains("rebootagent"))) {
            reboot(r, line, null);
        } else if (RESUMED.matcher(m).find()) {
            // A log that starts after the reboot (its first half in a log not given) still shows it.
            if (reboot == null) {
                reboot(r, line, null);
            } else {
                reboot.evidence.add(describe(line));
            }
            reboot.resumed = true;
        } else if ((x = COMPLETED.matcher(m)).find()) {
            result = x.group(1);
            outcome = "0x00000000".equals(result) ? Outcome.SUCCEEDED : Outcome.FAILED;
            stop(r);
        } else if ((x = ENGINE_FAILED.matcher(m)).find()) {
            outcome = Outcome.FAILED;
            String c = x.group(1) != null ? x.group(1) : x.group(2);
            if (c != null && result == null) {
                result = c;
            }
            stop(r);
        }
    }

    /** TSMBootstrap and TSBootShell run the engine: their "process completed" is the engine's exit, not a step's. */
    private static boolean outerProcess(LogRecord r) {
        String c = r.component();
        return c != null && (c.regionMatches(true, 0, "TSMBootstrap", 0, 12) || c.regionMatches(true, 0, "TSBootShell", 0, 11));
    }

    /** A skipped action or group, once: the engine may tell of the same skip in more than one record. */
    private void skipped(String what, String name, LogRecord r) {
        Kind kind = what.equalsIgnoreCase("group") ? Kind.GROUP : Kind.ACTION;
        String clean = name.strip();
        for (int i = steps.size() - 1; i >= Math.max(0, steps.size() - 3); i--) {
            MutableStep s = steps.get(i);
            if (s.outcome == Outcome.SKIPPED && s.name.equals(clean) && (s.index == nextPointer || s.index < 0 || nextPointer < 0)) {
                return;
            }
        }
        MutableStep s = new MutableStep(kind, nextPointer, clean, r);
        s.outcome = Outcome.SKIPPED;
        steps.add(s);
        if (kind == Kind.GROUP) {
            groupBoundary = steps.size();
            lastGroup = s;
        }
    }

    /**
     * A group ended. Its start is the first step after the previous group's end; when no step ran
     * since (the group ended right after a group inside it), it started with that inner group.
     */
    private void group(String name, Outcome o, LogRecord r) {
        if (o == Outcome.FAILED) {
            end(r);
        }
        LogRecord first = null;
        for (int i = groupBoundary; i < steps.size(); i++) {
            if (steps.get(i).kind == Kind.ACTION && steps.get(i).first != null) {
                first = steps.get(i).first;
                break;
            }
        }
        if (first == null && lastGroup != null && lastGroup.first != null) {
            first = lastGroup.first;
        }
        MutableStep g = new MutableStep(Kind.GROUP, -1, name.strip(), first == null ? r : first);
        g.outcome = o;
        g.end = r.sortTime();
        g.endRecord = r;
        steps.add(g);
        groupBoundary = steps.size();
        lastGroup = g;
    }

    private void reboot(LogRecord r, Evidence line, String requestedBy) {
        if (reboot == null) {
            reboot = new PendingReboot(r, line, steps.size(), lastStarted == null ? null : lastStarted.name);
        } else {
            reboot.evidence.add(describe(line));
        }
        if (requestedBy != null && reboot.step == null) {
            reboot.step = requestedBy;
        } else if (reboot.step == null && current != null && requestedBy == null && !engineStopped) {
            reboot.step = current.name;
        }
    }

    /** The first step after a reboot closes it. */
    private void closeReboot(MutableStep next) {
        if (reboot != null) {
            reboots.add(reboot.toReboot(next.name));
            reboot = null;
        }
    }

    private static String describe(Evidence e) {
        return e.line() + ": " + e.text().replace("\r", "").replace('\n', ' ');
    }

    /** The step named {@code name}: the current one when it matches, else the latest with that name, else a new one. */
    private MutableStep step(String name) {
        if (current != null && current.name.equals(name)) {
            return current;
        }
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).kind == Kind.ACTION && steps.get(i).name.equals(name)) {
                return steps.get(i);
            }
        }
        MutableStep s = new MutableStep(Kind.ACTION, -1, name, null);
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

    /** A new step started: the running step ends here if it logged no end. */
    private void end(LogRecord r) {
        if (current != null && current.end == null) {
            current.end = r.sortTime();
        }
        current = null;
    }

    /** The engine stopped: the running step ends, and what follows is no step's. */
    private void stop(LogRecord r) {
        end(r);
        engineStopped = true;
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
        List<TaskSequenceView.Reboot> all = new ArrayList<>(reboots);
        if (reboot != null) {
            all.add(reboot.toReboot(null));
        }
        Outcome overall = outcome == Outcome.UNKNOWN && failed != null ? Outcome.FAILED : outcome;
        return new TaskSequenceView(out, all, failed, overall, result);
    }

    private static final class MutableStep {
        final Kind kind;
        final int index;
        final String name;
        final LogRecord first;
        Instant end;
        LogRecord endRecord;
        String exitCode;
        String commandLine;
        Outcome outcome = Outcome.UNKNOWN;

        MutableStep(Kind kind, int index, String name, LogRecord first) {
            this.kind = kind;
            this.index = index;
            this.name = name;
            this.first = first;
        }

        TaskSequenceView.Step toStep() {
            Instant start = first == null ? null : first.sortTime();
            Duration duration = outcome != Outcome.SKIPPED && start != null && end != null && !end.isBefore(start) ? Duration.between(start, end) : null;
            return new TaskSequenceView.Step(kind, index, name, first == null ? null : first.source(), first == null ? 0 : first.line(),
                    first == null ? null : first.localTime(), first == null ? null : first.utc(), duration, exitCode, commandLine, outcome);
        }
    }

    private static final class PendingReboot {
        final LogRecord first;
        final String text;
        final int position;
        final String after;
        final List<String> evidence = new ArrayList<>();
        String step;
        boolean resumed;

        PendingReboot(LogRecord first, Evidence line, int position, String after) {
            this.first = first;
            this.text = line.text();
            this.position = position;
            this.after = after;
            evidence.add(describe(line));
        }

        TaskSequenceView.Reboot toReboot(String before) {
            return new TaskSequenceView.Reboot(first.source(), first.line(), first.localTime(), step, text, position, after, before, resumed, evidence);
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
