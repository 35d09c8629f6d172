package org.osdkit.cli.logs;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.osdkit.cli.command.ExitCodes;
import org.osdkit.cli.command.LeafCommand;
import org.osdkit.logs.filter.RecordFilter;
import org.osdkit.logs.read.ReadOptions;
import org.osdkit.logs.tail.LogTail;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code osdkit logs tail}: follow a growing log. */
@Command(name = "tail", mixinStandardHelpOptions = true,
        description = {"Show the last records of a log, then follow it as it grows (like CMTrace's auto-refresh); Ctrl+C stops.",
                "Survives rollover (the log renamed to .lo_ and a new one started) and waits for a deleted log to come back."})
final class TailCommand extends LeafCommand {

    @Parameters(paramLabel = "<file>", description = "The log to follow, e.g. C:\\Windows\\CCM\\Logs\\smsts.log.")
    Path file;

    @Option(names = {"-n", "--lines"}, paramLabel = "<records>", description = "Existing records to show first (default: ${DEFAULT-VALUE}; 0 ignores existing lines).")
    int lines = 10;

    @Option(names = {"-f", "--follow"}, negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Keep following (default); --no-follow prints the last records and stops.")
    boolean follow = true;

    @Option(names = "--interval", paramLabel = "<ms>", description = "How often to look for new records, in milliseconds (default: ${DEFAULT-VALUE}).")
    long intervalMillis = LogTail.DEFAULT_INTERVAL.toMillis();

    @Option(names = "--for", paramLabel = "<seconds>", description = "Stop after this many seconds (default: until Ctrl+C).")
    Long seconds;

    @Mixin
    ReadOptionsMixin read;

    @Mixin
    FilterMixin filter;

    @Override
    protected int execute() throws InterruptedException {
        RecordFilter keep = filter.filter(spec.commandLine());
        if (lines < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--lines must be 0 or more, was " + lines);
        }
        if (intervalMillis <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--interval must be a positive number of milliseconds, was " + intervalMillis);
        }
        if (seconds != null && seconds <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--for must be a positive number of seconds, was " + seconds);
        }
        ReadOptions options = read.options(spec.commandLine());
        ProblemReport problems = new ProblemReport(printer());
        RecordOutput out = new RecordOutput(printer(), false);
        Instant deadline = seconds == null ? null : Instant.now().plusSeconds(seconds);
        LogTail tail = new LogTail(options, problems, LogTail.Pause.every(Duration.ofMillis(Math.max(100, intervalMillis))));
        tail.follow(file, lines, r -> {
            if (keep.test(r)) {
                out.accept(r);
                out.flush();
            }
        }, () -> !follow || (deadline != null && !Instant.now().isBefore(deadline)));
        problems.finish();
        return problems.fileFailed() ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }
}
