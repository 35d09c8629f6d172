package org.osdkit.cli.drivers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.osdkit.cli.command.ConfirmOption;
import org.osdkit.cli.command.ExitCodes;
import org.osdkit.cli.command.LeafCommand;
import org.osdkit.cli.command.WhatIfOption;
import org.osdkit.cli.output.OutputFormat;
import org.osdkit.cli.output.Table;
import org.osdkit.drivers.catalog.DuplicateOption;
import org.osdkit.drivers.catalog.ImportDrivers;
import org.osdkit.drivers.catalog.ImportOutcome;
import org.osdkit.drivers.catalog.ImportReport;
import org.osdkit.drivers.catalog.ImportRequest;
import org.osdkit.drivers.catalog.ImportedInf;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code osdkit drivers import <folder> --category <name>}: the catalog's Import Driver wizard. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import the INF drivers of a source folder into the catalog. Each driver is stored in its own transaction; templates, non-drivers"
                + " and broken INFs are refused one by one with the reason. Re-importing an unchanged tree changes nothing and reads no file again.",
                "Exit code 1 when an INF was refused or failed (an autorun.inf is ignored, not refused); 2 for a folder or category that cannot be right."})
final class ImportCommand extends LeafCommand {

    @Parameters(index = "0", paramLabel = "<folder>", description = "Source folder (a model's _OriginalSources_ folder or a vendor pack).")
    Path folder;

    @Option(names = "--category", paramLabel = "<name>", description = "Administrative category for the imported drivers (repeatable), e.g. R61-8935CTO.")
    List<String> categories = new ArrayList<>();

    @Option(names = "--duplicates", paramLabel = "skip|append-categories|replace-categories", converter = DuplicatesConverter.class,
            description = "What to do with drivers already in the catalog (ConfigMgr's duplicate options; default: append-categories).")
    DuplicateOption duplicates = DuplicateOption.APPEND_CATEGORIES;

    @Option(names = "--rehash", description = "Hash every file again instead of trusting an unchanged size and modification time.")
    boolean rehash;

    @Mixin
    WhatIfOption whatIf;

    @Mixin
    ConfirmOption confirm;

    @Option(names = "--all", description = "List unchanged INFs too (default: only imported, changed, refused and failed ones).")
    boolean all;

    static final class DuplicatesConverter implements ITypeConverter<DuplicateOption> {
        @Override
        public DuplicateOption convert(String value) {
            return DuplicateOption.parse(value);
        }
    }

    @Override
    protected int execute() {
        CliSupport.folder(spec, "<folder>", folder);
        categories.forEach(c -> CliSupport.option(spec, "--category", () -> ImportRequest.validCategory(c)));
        ImportRequest request = new ImportRequest(folder, categories, duplicates, whatIf.enabled(), rehash);
        if (!whatIf.enabled() && !confirm.approve(request.operation())) {
            printer().info("Nothing changed.");
            return ExitCodes.OK;
        }
        ImportReport report;
        try (CliSupport.Progress progress = new CliSupport.Progress(printer(), "Importing")) {
            report = get(ImportDrivers.class).run(request, progress);
        }
        if (whatIf.enabled()) {
            printer().whatIf(report.plan());
        }
        Table table = Table.of("INF", "Outcome", "Driver", "Name", "Reason", "Warnings");
        boolean machine = printer().format() != OutputFormat.table;
        for (ImportedInf i : report.infs()) {
            if (all || machine || i.outcome() != ImportOutcome.UNCHANGED && i.outcome() != ImportOutcome.IGNORED) {
                table.row(i.relativePath(), i.outcome(), i.driverHash() == null ? "" : i.driverHash().substring(0, 12), i.name(),
                        i.reason() == null ? "" : i.reason(), i.findings().size());
            }
        }
        if (machine || !table.isEmpty()) {
            printer().table(table);
        }
        String summary = "Import of " + report.source() + (whatIf.enabled() ? " (what-if, nothing changed)" : "") + ": " + plainly(report)
                + String.format(" in %.1f s.", report.elapsed().toMillis() / 1000.0);
        if (report.complete() && !whatIf.enabled()) {
            printer().success(summary);
        } else {
            printer().info(summary);
        }
        if (!report.complete()) {
            printer().info(report.count(ImportOutcome.REFUSED) + report.count(ImportOutcome.FAILED) + " INFs did not go into the catalog; the Reason column says why.");
        }
        return report.complete() ? ExitCodes.OK : ExitCodes.PROBLEMS;
    }

    /** "0 imported, 3 unchanged, ...": what happened, in words, whatever the counts. */
    private static String plainly(ImportReport r) {
        long recategorised = r.count(ImportOutcome.CATEGORIES_APPENDED) + r.count(ImportOutcome.CATEGORIES_REPLACED);
        return r.count(ImportOutcome.IMPORTED) + (r.whatIf() ? " would be imported, " : " imported, ") + r.count(ImportOutcome.UNCHANGED) + " unchanged, "
                + recategorised + " with new categories, " + r.count(ImportOutcome.REFUSED) + " refused, " + r.count(ImportOutcome.FAILED) + " failed"
                + (r.count(ImportOutcome.IGNORED) > 0 ? ", " + r.count(ImportOutcome.IGNORED) + " autorun files ignored" : "");
    }
}
