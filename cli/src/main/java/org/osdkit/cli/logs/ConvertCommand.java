package org.osdkit.cli.logs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.osdkit.cli.command.ExitCodes;
import org.osdkit.cli.command.ForceOption;
import org.osdkit.cli.command.LeafCommand;
import org.osdkit.logs.convert.ConvertToCmTrace;
import org.osdkit.logs.filter.RecordFilter;
import org.osdkit.logs.merge.Timeline;
import org.osdkit.logs.read.LogReader;
import org.osdkit.logs.read.LogFile;
import org.osdkit.logs.read.LogInputs;
import org.osdkit.logs.read.ReadOptions;
import org.osdkit.logs.read.RecordCursor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code osdkit logs convert --to cmtrace}: rewrite any supported log as CMTrace lines. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Rewrite logs of any supported format (legacy $$< site server logs, plain text) as CMTrace records,",
                "keeping local time and bias as written. Writes to stdout, or atomically to --out (never over an input;",
                "an existing file only when answered yes, or with --force). A severity guessed from the text (no type in the",
                "source) is marked severity=\"guessed\" and is an error only when the text states one, not on a word like \"failed\"."})
final class ConvertCommand extends LeafCommand {

    @Option(names = "--to", required = true, paramLabel = "cmtrace", description = "Target format; only cmtrace.")
    String to;

    @Parameters(arity = "1..*", paramLabel = "<file|folder|glob>", description = "Logs to convert.")
    List<String> inputs;

    @Option(names = "--out", paramLabel = "<file>", description = "Write here instead of stdout.")
    Path out;

    @Mixin
    ForceOption force;

    @Option(names = "--merge", description = "Merge the inputs by UTC instead of writing them one after another.")
    boolean merge;

    @Option(names = "--recurse", description = "Search sub-folders of the named folders too.")
    boolean recurse;

    @Mixin
    ReadOptionsMixin read;

    @Mixin
    FilterMixin filter;

    @Override
    protected int execute() {
        if (!"cmtrace".equalsIgnoreCase(to)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--to supports only cmtrace, was \"" + to + "\"");
        }
        RecordFilter keep = filter.filter(spec.commandLine());
        ReadOptions options = read.options(spec.commandLine());
        boolean replace = force.enabled();
        // Replacing a file is asked about where there is someone to ask; a script without --force is refused by the conversion itself.
        if (out != null && !replace && Files.exists(out) && force.canAsk()) {
            if (!force.approve("Replace file", out.toString())) {
                printer().info("Nothing written.");
                return ExitCodes.OK;
            }
            replace = true;
        }
        ProblemReport problems = new ProblemReport(printer());
        List<LogFile> files = LogInputs.expand(inputs, recurse, problems);
        ConvertToCmTrace convert = new ConvertToCmTrace();
        long n;
        try (RecordCursor records = keep.apply(merge ? Timeline.merge(files, options, problems)
                : LogReader.openAll(files, options, problems))) {
            n = out == null ? convert.write(records, printer().out()) : convert.writeFile(records, out, files, replace);
        }
        problems.finish();
        if (out != null) {
            printer().info("Wrote " + n + " CMTrace records to " + out + ".");
        }
        return problems.fileFailed() ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }
}
