package org.osdkit.cli.smp;

import org.osdkit.cli.command.ExitCodes;
import org.osdkit.cli.command.LeafCommand;
import org.osdkit.cli.output.Table;
import org.osdkit.core.OsdkitException;
import org.osdkit.statemigration.SmpErrors;
import org.osdkit.statemigration.cleanup.CleanupJournal;
import org.osdkit.statemigration.cleanup.JournalRun;
import org.osdkit.statemigration.cleanup.JournalStep;
import org.osdkit.statemigration.settings.FindSmp;
import java.util.Locale;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** {@code osdkit smp journal}: the cleanup runs and, for one run, what happened to each store. */
@Command(name = "journal", mixinStandardHelpOptions = true,
        description = "List the SMP's cleanup runs, or with a run ID every store of that run as journalled (before and after each deletion).")
final class SmpJournalCommand extends LeafCommand {

    @Mixin
    SmpOption smp;

    @Parameters(arity = "0..1", paramLabel = "<run-id>", converter = RunIdConverter.class,
            description = "A run ID from the list (a UUID): show every store of that run.")
    String runId;

    /**
     * A run ID is the UUID its run was given, as the list prints it: anything else is a usage error (2)
     * before the journal is opened, as a malformed package ID or site code is; a well-formed ID of no run is
     * a problem found (1). Upper case, as pasted from elsewhere, is taken as the same ID.
     */
    static final class RunIdConverter implements ITypeConverter<String> {
        private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

        @Override
        public String convert(String value) {
            if (!UUID.matcher(value).matches()) {
                throw new TypeConversionException("\"" + value + "\" is not a cleanup run ID: it is a UUID as 'osdkit smp journal' lists them "
                        + "(e.g. a1d66120-d8dd-4c62-bd8e-5187ad7dbe68)");
            }
            return value.toLowerCase(Locale.ROOT);
        }
    }

    @Override
    protected int execute() {
        CleanupJournal journal = get(CleanupJournal.class);
        if (runId == null) {
            Table t = Table.of("RunId", "Started", "Finished", "Actor", "Planned", "DeletionDelayMinutes");
            for (JournalRun r : journal.runs(get(FindSmp.class).find(smp.server).server(), 50)) {
                t.row(r.runId(), r.startedAt(), r.finishedAt() == null ? "INTERRUPTED" : r.finishedAt(), r.actor(), r.planned(), r.deletionDelayMinutes());
            }
            printer().table(t);
            return ExitCodes.OK;
        }
        journal.run(runId).orElseThrow(() -> new OsdkitException(SmpErrors.RUN_NOT_FOUND, "There is no cleanup run " + runId + "."));
        Table t = Table.of("Seq", "StorePath", "Computers", "State", "PlannedBytes", "BytesDeleted", "Reason", "Started", "Finished");
        for (JournalStep s : journal.steps(runId)) {
            t.row(s.seq(), s.storePath(), s.computers(), s.state(), s.plannedBytes(), s.bytesDeleted(), s.reason(), s.startedAt(), s.finishedAt());
        }
        printer().table(t);
        return ExitCodes.OK;
    }
}
