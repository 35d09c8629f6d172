package org.osdkit.cli.logs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.osdkit.cli.command.ExitCodes;
import org.osdkit.cli.command.LeafCommand;
import org.osdkit.cli.output.OutputFormat;
import org.osdkit.cli.output.ProgressBars;
import org.osdkit.cli.output.Table;
import org.osdkit.logs.diagnosis.DiagnoseLogs;
import org.osdkit.logs.diagnosis.DiagnosisHistory;
import org.osdkit.logs.diagnosis.DiagnosisReport;
import org.osdkit.logs.diagnosis.RulePack;
import org.osdkit.logs.read.LogFile;
import org.osdkit.logs.read.LogInputs;
import org.osdkit.logs.read.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code osdkit logs diagnose}: known failures in the named logs, with evidence; exit 1 on an error- or warning-level finding. */
@Command(name = "diagnose", mixinStandardHelpOptions = true,
        description = {"Look for known ConfigMgr/OSD failures (built-in rules plus your own --rules files) and show each finding",
                "with its cause, fix, references and evidence lines (file, line, time, text). The run is kept in the database",
                "for the dashboard's history unless --no-save. Exit code 1 when an error- or warning-level finding is found (info-level: 0)."})
final class DiagnoseCommand extends LeafCommand {

    @Parameters(arity = "1..*", paramLabel = "<file|folder|glob>", description = "Logs to diagnose.")
    List<String> inputs;

    @Option(names = "--recurse", description = "Search sub-folders of the named folders too.")
    boolean recurse;

    @Option(names = "--rules", paramLabel = "<file>", description = "More rules (YAML or JSON, same format as the built-in pack); repeatable.")
    List<Path> ruleFiles = new ArrayList<>();

    @Option(names = "--no-builtin-rules", description = "Use only the --rules files.")
    boolean noBuiltin;

    @Option(names = "--no-save", description = "Do not keep this run in the diagnosis history.")
    boolean noSave;

    @Mixin
    ReadOptionsMixin read;

    @Override
    protected int execute() {
        RulePack rules = noBuiltin ? RulePack.of(List.of()) : get(RulePack.class);
        for (Path f : ruleFiles) {
            rules = rules.plus(RulePack.load(f));
        }
        List<LogFile> files = LogInputs.expand(inputs, recurse);
        ProblemReport problems = new ProblemReport(printer());
        DiagnosisReport report;
        try (ProgressBars progress = printer().progressBars()) {
            report = get(DiagnoseLogs.class).diagnose(inputs, files, rules, read.options(spec.commandLine()), problems, progress);
        }
        problems.finish();
        Long runId = noSave ? null : get(DiagnosisHistory.class).record(report, app().settings().actor());
        if (printer().format() == OutputFormat.json) {
            printer().json(report);
        } else if (printer().format() == OutputFormat.csv) {
            Table t = Table.of("Severity", "Rule", "Log", "Occurrences", "Confidence", "Title", "FirstEvidence", "Line", "Fix");
            report.findings().forEach(f -> t.row(f.severity(), f.ruleId(), f.log(), f.occurrences(), f.confidence(), f.title(),
                    f.evidence().isEmpty() ? "" : f.evidence().get(0).source(), f.evidence().isEmpty() ? "" : f.evidence().get(0).line(), f.fix()));
            printer().table(t);
        } else {
            FindingsText.print(printer(), report);
        }
        if (runId != null) {
            printer().info("Saved as diagnosis run " + runId + " (osdkit logs history --run " + runId + ").");
        }
        // A warning-level finding (a reboot pending, a PXE boot with no deployment) is a problem found, as in 'smp health';
        // an info-level one (a known harmless message) is not.
        boolean found = report.findings().stream().anyMatch(f -> f.severity().compareTo(Severity.WARNING) >= 0);
        return found ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }
}
