package org.osdkit.cli.logs;

import java.util.List;
import org.osdkit.cli.command.ExitCodes;
import org.osdkit.cli.command.LeafCommand;
import org.osdkit.logs.filter.RecordFilter;
import org.osdkit.logs.merge.Timeline;
import org.osdkit.logs.read.LogFile;
import org.osdkit.logs.read.LogInputs;
import org.osdkit.logs.read.RecordCursor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code osdkit logs merge}: several logs as one timeline ordered by UTC. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Merge logs from several files, folders or machines into one timeline ordered by UTC (local time + bias).",
                "Each record keeps its source; equal times keep the input order; works on logs larger than memory.",
                "Records without a bias sort by their local time unless --assume-zone names their zone."})
final class MergeCommand extends LeafCommand {

    @Parameters(arity = "1..*", paramLabel = "<file|folder|glob>", description = "Logs to merge.")
    List<String> inputs;

    @Option(names = "--recurse", description = "Search sub-folders of the named folders too.")
    boolean recurse;

    @Mixin
    ReadOptionsMixin read;

    @Mixin
    FilterMixin filter;

    @Override
    protected int execute() {
        RecordFilter keep = filter.filter(spec.commandLine());
        List<LogFile> files = LogInputs.expand(inputs, recurse);
        ProblemReport problems = new ProblemReport(printer());
        RecordOutput out = new RecordOutput(printer(), true);
        try (RecordCursor records = Timeline.merge(files, read.options(), problems)) {
            records.stream().filter(keep).forEach(out::accept);
        }
        out.flush();
        problems.finish();
        printer().info(out.count() + " records from " + files.size() + " file(s), merged by UTC.");
        return problems.fileFailed() ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }
}
