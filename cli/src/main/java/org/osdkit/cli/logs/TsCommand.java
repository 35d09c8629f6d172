package org.osdkit.cli.logs;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.osdkit.cli.command.ExitCodes;
import org.osdkit.cli.command.LeafCommand;
import org.osdkit.cli.output.OutputFormat;
import org.osdkit.cli.output.Table;
import org.osdkit.logs.diagnosis.Evidence;
import org.osdkit.logs.read.LogFile;
import org.osdkit.logs.read.LogInputs;
import org.osdkit.logs.read.ReadOptions;
import org.osdkit.logs.tasksequence.ReadTaskSequence;
import org.osdkit.logs.tasksequence.TaskSequenceView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code osdkit logs ts}: the steps a task sequence ran, its reboots and the step that failed. */
@Command(name = "ts", mixinStandardHelpOptions = true,
        description = {"Read smsts.log (several fragments from WinPE, the full OS and the client are merged by time) and show",
                "the steps and groups in order (start, duration, exit code, command line), each reboot between the steps it",
                "separates, and the failed step with the lines around it. Exit code 1 when the task sequence failed or an input",
                "could not be read."})
final class TsCommand extends LeafCommand {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    @Parameters(arity = "1..*", paramLabel = "<smsts.log|folder>", description = "smsts.log files or folders holding them.")
    List<String> inputs;

    @Mixin
    ReadOptionsMixin read;

    @Override
    protected int execute() {
        ReadOptions options = read.options(spec.commandLine());
        ProblemReport problems = new ProblemReport(printer());
        List<LogFile> files = LogInputs.expand(inputs, false, problems);
        TaskSequenceView ts = new ReadTaskSequence().read(files, options, problems);
        problems.finish();
        boolean failed = ts.outcome() == TaskSequenceView.Outcome.FAILED || problems.fileFailed();
        if (printer().format() == OutputFormat.json) {
            printer().json(ts);
            return failed ? ExitCodes.PROBLEMS : ExitCodes.OK;
        }
        Table steps = Table.of("Step", "Name", "Kind", "Start", "Duration", "ExitCode", "Outcome", "Line", "CommandLine");
        List<TaskSequenceView.Step> all = ts.steps();
        int r = 0;
        for (int i = 0; i <= all.size(); i++) {
            // Each reboot stands between the steps it separates.
            while (r < ts.reboots().size() && ts.reboots().get(r).position() == i) {
                TaskSequenceView.Reboot b = ts.reboots().get(r++);
                steps.row("", "(reboot)", "REBOOT", b.time() == null ? "" : TIME.format(b.time()), "", "",
                        b.resumed() ? "RESUMED" : b.before() == null ? "NOT RESUMED" : "", b.line() == 0 ? "" : b.line(),
                        (b.step() == null ? "" : "requested by " + b.step() + "; ") + b.evidence().size() + " record(s)");
            }
            if (i == all.size()) {
                break;
            }
            TaskSequenceView.Step s = all.get(i);
            steps.row(s.index() < 0 ? "" : s.index(), s.name(), s.kind(), s.start() == null ? "" : TIME.format(s.start()),
                    duration(s.duration()), s.exitCode(), s.outcome(), s.line() == 0 ? "" : s.line(), s.commandLine());
        }
        printer().table(steps);
        if (printer().format() == OutputFormat.csv) {
            return failed ? ExitCodes.PROBLEMS : ExitCodes.OK;
        }
        for (TaskSequenceView.Reboot b : ts.reboots()) {
            printer().info("Reboot at " + b.time() + " (line " + b.line() + ")" + (b.step() == null ? "" : " requested by " + b.step())
                    + (b.after() == null ? "" : ", after " + b.after()) + (b.before() == null ? ", nothing ran after it" : ", before " + b.before())
                    + (b.resumed() ? "; the engine resumed" : ""));
        }
        printer().info("Task sequence: " + ts.outcome() + (ts.result() == null ? "" : " (" + ts.result() + ")"));
        if (ts.failure() != null) {
            TaskSequenceView.Failure f = ts.failure();
            printer().info("Failed step: " + f.step().name() + " - " + f.error().lines().findFirst().orElse("")
                    + (f.code() == null ? "" : " [" + f.code().hex() + " " + f.code().summary() + "]"));
            for (Evidence e : f.context()) {
                printer().info("  " + e.line() + "  " + e.text().replace("\r", "").replace('\n', ' '));
            }
        }
        return failed ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }

    private static String duration(Duration d) {
        if (d == null) {
            return "";
        }
        long s = d.toSeconds();
        return String.format("%d:%02d:%02d.%03d", s / 3600, (s / 60) % 60, s % 60, d.toMillisPart());
    }
}
