package org.osdkit.cli.smp;

import java.nio.file.Path;
import java.time.ZoneId;
import org.osdkit.cli.command.ExitCodes;
import org.osdkit.cli.command.LeafCommand;
import org.osdkit.cli.output.Table;
import org.osdkit.statemigration.associations.ImportAssociations;
import org.osdkit.statemigration.associations.ImportProblem;
import org.osdkit.statemigration.associations.ImportSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code osdkit smp import}: reads an export of the computer associations. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import computer associations from 'Get-CMComputerAssociation | Export-Csv' or ConvertTo-Json of it / SMS_StateMigration.",
            "Bad records are reported with their line and field and skipped; the exit code is then 1."})
final class SmpImportCommand extends LeafCommand {

    @Parameters(paramLabel = "<export>", description = "The CSV or JSON export.")
    Path file;

    @Option(names = "--time-zone", defaultValue = "UTC", paramLabel = "<zone>",
            description = "Zone of dates written without an offset, e.g. Export-Csv's '1/20/2009 4:05:06 PM' (default: ${DEFAULT-VALUE}).")
    ZoneId zone;

    @Override
    protected int execute() {
        ImportSummary s = get(ImportAssociations.class).importFile(file, zone);
        if (!s.problems().isEmpty()) {
            Table problems = Table.of("File", "Line", "Field", "Problem");
            for (ImportProblem p : s.problems()) {
                problems.row(p.file(), p.line(), p.field(), p.message());
            }
            printer().table(problems);
        }
        printer().info("Imported " + s.read() + " associations from " + file + ": " + s.added() + " new, " + s.updated() + " updated, "
                + s.problems().size() + " records skipped.");
        return s.problems().isEmpty() ? ExitCodes.OK : ExitCodes.PROBLEMS;
    }
}
