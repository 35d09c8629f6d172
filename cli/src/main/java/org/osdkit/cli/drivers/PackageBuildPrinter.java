package org.osdkit.cli.drivers;

import org.osdkit.cli.command.ConfirmOption;
import org.osdkit.cli.output.Printer;
import org.osdkit.cli.output.Table;
import org.osdkit.cli.output.View;
import org.osdkit.drivers.catalog.CatalogDriver;
import org.osdkit.drivers.packages.DriverPackage;
import org.osdkit.drivers.packages.PackageBuild;

/** Prints the result of a package create or update the same way. */
final class PackageBuildPrinter {

    private PackageBuildPrinter() {
    }

    /** The parts of the printed result, for the csv refusal's message (see {@link CliSupport#oneTable}). */
    static final String PARTS = "two tables (Package, Added)";

    /**
     * The package and the drivers added to it as one view: two tables for people, one JSON document for
     * machines (the caller refused csv before building). A what-if run prints its plan instead.
     */
    static void print(Printer printer, PackageBuild build) {
        if (!build.plan().isEmpty()) {
            printer.whatIf(build.plan());
        }
        DriverPackage p = build.driverPackage();
        if (build.plan().isEmpty()) {
            Table properties = Table.of("Property", "Value").row("PackageID", p.id()).row("Name", p.name()).row("PkgSourcePath", p.source())
                    .row("SourceVersion", p.sourceVersion()).row("Drivers", p.drivers().size()).row("Added", build.added().size())
                    .row("Removed", build.removed().size()).row("Changed", build.changed());
            Table added = Table.of("Driver", "INF", "Name", "Provider", "Class", "DriverVer");
            for (CatalogDriver d : build.added()) {
                added.row(d.shortHash(), d.infName(), d.name(), d.provider(), d.className(), d.driverVer());
            }
            printer.view(View.of().properties("Package", properties).table("Added", added));
        }
        build.skipped().forEach(s -> printer.warn("Not added: " + s));
        build.warnings().forEach(printer::warn);
        if (build.plan().isEmpty()) {
            if (build.changed()) {
                printer.success("SourceVersion is now " + p.sourceVersion() + ".");
            } else {
                printer.info("Nothing changed; SourceVersion stays " + p.sourceVersion() + ".");
            }
        }
    }

    /** {@code --confirm} for a create or update: shows what the what-if run planned and asks once; false (and says so) when the answer is no. */
    static boolean confirmed(Printer printer, ConfirmOption confirm, String operation, PackageBuild planned) {
        printer.planLines(planned.plan());
        planned.skipped().forEach(s -> printer.warn("Not added: " + s));
        if (confirm.approve(planned.approval(operation))) {
            return true;
        }
        printer.info("Nothing changed.");
        return false;
    }
}
