package org.osdkit.cli.logs;

import java.util.List;
import org.osdkit.cli.command.ExitCodes;
import org.osdkit.cli.command.LeafCommand;
import org.osdkit.logs.filter.RecordFilter;
import org.osdkit.logs.read.LogFile;
import org.osdkit.logs.read.LogInputs;
import org.osdkit.logs.read.LogReader;
import org.osdkit.logs.read.ReadOptions;
import org.osdkit.logs.read.RecordCursor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code osdkit logs parse}: every record of the named logs, file by file, filtered. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {"Read ConfigMgr logs (CMTrace, legacy $$< and plain text, detected per file) and print their records.",
                "Folders expand to their .log, .lo_ and history files, oldest generation first. JSON prints one record per line.",
                "Exit code 1 when a named file is missing or could not be read at all (binary, unreadable); the others are still read."})
final class ParseCommand extends LeafCommand {

    @Parameters(arity = "1..*", paramLabel = "<file|folder|glob>", description = "Logs to read.")
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
        RecordOutput out = new RecordOutput(printer(), files.size() > 1);
        try (RecordCursor records = LogReader.openAll(files, options, problems)) {
            records.stream().filter(keep).forEach(out::accept);
        }
        out.flush();
        problems.finish();
        printer().info(out.count() + " records from " + files.size() + " file(s)." + out.timeSummary());
        return problems.fileFailed() ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }
}
