package org.osdkit.cli.smp;

import java.util.List;
import org.osdkit.cli.command.ConfirmOption;
import org.osdkit.cli.command.ExitCodes;
import org.osdkit.cli.command.ForceOption;
import org.osdkit.cli.command.LeafCommand;
import org.osdkit.cli.command.WhatIfOption;
import org.osdkit.cli.output.OutputFormat;
import org.osdkit.cli.output.ProgressBars;
import org.osdkit.cli.output.Table;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.whatif.OperationPlan;
import org.osdkit.core.whatif.ShouldProcess;
import org.osdkit.statemigration.SmpErrors;
import org.osdkit.statemigration.cleanup.CleanupJournal;
import org.osdkit.statemigration.cleanup.CleanupPlan;
import org.osdkit.statemigration.cleanup.CleanupReport;
import org.osdkit.statemigration.cleanup.JournalStep;
import org.osdkit.statemigration.cleanup.PlanCleanup;
import org.osdkit.statemigration.cleanup.PlanItem;
import org.osdkit.statemigration.cleanup.RunCleanup;
import org.osdkit.statemigration.cleanup.StepState;
import org.osdkit.statemigration.cleanup.StoreOutcome;
import org.osdkit.statemigration.settings.FindSmp;
import org.osdkit.statemigration.settings.SmpSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code osdkit smp cleanup}: deletes the stores the plan says, journalled, audited and confined to the storage folders. */
@Command(name = "cleanup", mixinStandardHelpOptions = true,
        description = {"Delete the stores that are released and past the deletion delay (see 'osdkit smp plan'). High impact: shows the plan",
            "and asks about each store ([Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help); --force skips the questions,",
            "and when stdin is not a terminal (a script, a scheduled task) --force is required; --confirm asks even with --force.",
            "One failed store never stops the others; each deletion is journalled before and after, so an interrupted run is resumed",
            "with --resume. One run at a time per SMP: a second one is refused naming the running one (host, pid, since); the lock of a",
            "killed run (heartbeat stopped) is taken over only by --resume. Exit code 1 when any store failed or the run was refused."})
final class SmpCleanupCommand extends LeafCommand {

    static final String OPERATION = PlanItem.DELETE_OPERATION;

    @Mixin
    SmpOption smp;

    @Mixin
    WhatIfOption whatIf;

    @Mixin
    ForceOption force;

    @Mixin
    ConfirmOption confirm;

    @Option(names = "--resume", description = {"Resume the SMP's interrupted cleanup run; every remaining store is re-checked first.",
        "Refused while the run is still alive (its heartbeat is fresh)."})
    boolean resume;

    @Override
    protected int execute() {
        SmpSettings settings = get(FindSmp.class).find(smp.server);
        RunCleanup runner = get(RunCleanup.class);
        if (!whatIf.enabled()) {
            // Another run running (or, without --resume, one interrupted) is refused before anything is shown or asked.
            runner.check(settings, resume);
        }
        CleanupPlan plan = get(PlanCleanup.class).plan(settings);
        if (resume) {
            var run = get(CleanupJournal.class).unfinished(settings.server()).orElseThrow(() -> new OsdkitException(SmpErrors.NO_RUN_TO_RESUME,
                    "No interrupted cleanup run of " + settings.server() + " to resume."));
            List<JournalStep> steps = get(CleanupJournal.class).steps(run.runId());
            long done = steps.stream().filter(s -> s.state().isFinal()).count();
            printer().info("Run " + run.runId() + " started " + run.startedAt() + " by " + run.actor() + " had finished " + done + " of "
                    + steps.size() + " stores; these are not redone.");
        } else if (printer().format() == OutputFormat.table) {
            // With JSON or CSV there is one document: the what-if plan, or the run's outcomes.
            printer().table(SmpPlanCommand.planTable(plan, false));
            SmpPlanCommand.summary(printer(), plan);
        }
        // The domain says what the run would do (a resume: the run, then each store it would still delete).
        OperationPlan planned = runner.whatIf(settings, plan, resume);
        if (whatIf.enabled()) {
            printer().whatIf(planned);
            return ExitCodes.OK;
        }
        long stores = planned.operations().stream().filter(o -> o.operation().equals(PlanItem.DELETE_OPERATION)).count();
        if (stores == 0 && !resume) {
            printer().info("Nothing to delete.");
            return ExitCodes.OK;
        }
        // PowerShell's question per store (a resumed run once, as a whole) unless --force, --confirm even then;
        // only what is answered yes is deleted.
        ShouldProcess gate = confirm.highImpactGate(force, OPERATION + ": " + stores + " state stores on " + settings.server());
        CleanupReport report;
        try (ProgressBars progress = printer().progressBars()) {
            report = runner.run(settings, plan, resume, gate, progress);
        }
        if (!report.ran()) {
            printer().info("Nothing deleted.");
            return ExitCodes.OK;
        }
        if (report.tookOver() != null) {
            printer().info("Took over the cleanup lock of the interrupted " + report.tookOver().describe() + ".");
        }
        if (report.repairedAssociations() > 0) {
            printer().info(report.repairedAssociations() + " associations whose stores an earlier run deleted got their StoreDeletionDate now.");
        }
        Table t = Table.of("Seq", "StorePath", "Computers", "Result", "Bytes", "Reason", "EarlierAttempt");
        for (StoreOutcome o : report.outcomes()) {
            t.row(o.seq(), o.storePath(), o.computers(), o.state(), o.bytes(), o.reason(), o.earlierAttempt());
        }
        printer().table(t);
        String summary = "Run " + report.runId() + (report.resumed() ? " (resumed)" : "") + ": " + report.count(StepState.DELETED) + " deleted ("
                + Sizes.human(report.bytesFreed()) + "), " + report.count(StepState.FAILED) + " failed, " + report.count(StepState.REFUSED)
                + " refused, " + report.count(StepState.SKIPPED) + " skipped. Journal: osdkit smp journal " + report.runId();
        if (report.anyFailed()) {
            printer().info(summary);
        } else {
            printer().success(summary);
        }
        if (report.anyFailed()) {
            printer().error("Some stores were not deleted; their reasons are listed above. Fix them and run the cleanup again.");
            return ExitCodes.PROBLEMS;
        }
        return ExitCodes.OK;
    }
}
