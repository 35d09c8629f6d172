package org.osdkit.cli.logs;

import java.util.List;
import org.osdkit.cli.command.ExitCodes;
import org.osdkit.cli.command.LeafCommand;
import org.osdkit.logs.filter.RecordFilter;
import org.osdkit.logs.merge.Timeline;
import org.osdkit.logs.read.LogFile;
import org.osdkit.logs.read.LogInputs;
import org.osdkit.logs.read.ReadOptions;
import org.osdkit.logs.read.RecordCursor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code osdkit logs merge}: several logs as one timeline ordered by UTC. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Merge logs from several files, folders or machines into one timeline ordered by UTC (local time + bias).",
                "Each record keeps its source; equal times keep the input order; works on logs larger than memory.",
                "Records without a bias sort by their local time unless --assume-zone or --zone names their zone.",
                "MDT logs (BDD.log, ZTI*.log ...) write +000 whatever the zone: they take the bias of their machine's smsts.log",
                "(the log with a true bias nearest in the folder tree) unless --zone names theirs; inferred times say so."})
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
        ReadOptions options = read.options(spec.commandLine());
        ProblemReport problems = new ProblemReport(printer());
        List<LogFile> files = LogInputs.expand(inputs, recurse, problems);
        RecordOutput out = new RecordOutput(printer(), true);
        try (RecordCursor records = Timeline.merge(files, options, problems)) {
            records.stream().filter(keep).forEach(out::accept);
        }
        out.flush();
        problems.finish();
        printer().info(out.count() + " records from " + files.size() + " file(s), merged by UTC." + out.timeSummary());
        return problems.fileFailed() ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }
}
