package org.osdkit.cli.drivers;

import org.osdkit.cli.command.ConfirmOption;
import org.osdkit.cli.output.Printer;
import org.osdkit.cli.output.Table;
import org.osdkit.core.whatif.PlannedOperation;
import org.osdkit.drivers.catalog.CatalogDriver;
import org.osdkit.drivers.packages.DriverPackage;
import org.osdkit.drivers.packages.PackageBuild;

/** Prints the result of a package create or update the same way. */
final class PackageBuildPrinter {

    private PackageBuildPrinter() {
    }

    static void print(Printer printer, PackageBuild build) {
        printer.whatIf(build.plan());
        DriverPackage p = build.driverPackage();
        if (build.plan().isEmpty()) {
            printer.table(Table.of("PackageID", "Name", "PkgSourcePath", "SourceVersion", "Drivers", "Added", "Removed")
                    .row(p.id(), p.name(), p.source(), p.sourceVersion(), p.drivers().size(), build.added().size(), build.removed().size()));
        }
        Table added = Table.of("Driver", "INF", "Name", "Provider", "Class", "DriverVer");
        for (CatalogDriver d : build.added()) {
            added.row(d.shortHash(), d.infName(), d.name(), d.provider(), d.className(), d.driverVer());
        }
        if (!added.isEmpty()) {
            printer.table(added);
        }
        build.skipped().forEach(s -> printer.warn("Not added: " + s));
        build.warnings().forEach(printer::warn);
        if (build.plan().isEmpty()) {
            printer.info(build.changed() ? "SourceVersion is now " + p.sourceVersion() + "." : "Nothing changed; SourceVersion stays " + p.sourceVersion() + ".");
        }
    }

    /** {@code --confirm} for a create or update: shows what the what-if run planned and asks once; false (and says so) when the answer is no. */
    static boolean confirmed(Printer printer, ConfirmOption confirm, String operation, PackageBuild planned) {
        printer.whatIf(planned.plan());
        planned.skipped().forEach(s -> printer.warn("Not added: " + s));
        DriverPackage p = planned.driverPackage();
        if (confirm.approve(new PlannedOperation(operation, p.source().value(), planned.plan().size() + " changes"))) {
            return true;
        }
        printer.info("Nothing changed.");
        return false;
    }
}
