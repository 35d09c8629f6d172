package org.osdkit.cli.logs;

import org.osdkit.cli.command.ExitCodes;
import org.osdkit.cli.command.LeafCommand;
import org.osdkit.cli.output.OutputFormat;
import org.osdkit.cli.output.Table;
import org.osdkit.core.OsdkitException;
import org.osdkit.logs.LogsErrors;
import org.osdkit.logs.diagnosis.DiagnosisHistory;
import org.osdkit.logs.diagnosis.DiagnosisRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code osdkit logs history}: the diagnosis runs kept in the database, or one run's findings. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "List the stored diagnosis runs (newest first), or show the findings of one run with --run.")
final class HistoryCommand extends LeafCommand {

    @Option(names = "--run", paramLabel = "<id>", description = "Show this run's findings and evidence.")
    Long run;

    @Option(names = "--limit", paramLabel = "<n>", description = "How many runs to list (default: ${DEFAULT-VALUE}).")
    int limit = 20;

    @Override
    protected int execute() {
        DiagnosisHistory history = get(DiagnosisHistory.class);
        if (run != null) {
            DiagnosisRun r = history.run(run).orElseThrow(() -> new OsdkitException(LogsErrors.RUN_NOT_FOUND,
                    "There is no diagnosis run " + run + ".", "List the runs with 'osdkit logs history'."));
            var findings = history.findings(run);
            if (printer().format() == OutputFormat.json) {
                printer().json(java.util.Map.of("run", r, "findings", findings));
            } else {
                printer().info("Run " + r.id() + " by " + r.actor() + " at " + r.startedAt() + " on " + String.join(", ", r.inputs()));
                FindingsText.print(printer(), findings);
            }
            return ExitCodes.OK;
        }
        Table t = Table.of("Run", "Started", "Actor", "Files", "Records", "Unparsed", "Errors", "Warnings", "Inputs");
        for (DiagnosisRun r : history.recent(limit)) {
            t.row(r.id(), r.startedAt(), r.actor(), r.files(), r.records(), r.unparsed(), r.errors(), r.warnings(), String.join(" ", r.inputs()));
        }
        printer().table(t);
        return ExitCodes.OK;
    }
}
