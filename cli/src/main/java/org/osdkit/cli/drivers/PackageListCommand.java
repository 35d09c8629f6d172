package org.osdkit.cli.drivers;

import org.osdkit.cli.command.ExitCodes;
import org.osdkit.cli.command.LeafCommand;
import org.osdkit.cli.output.Table;
import org.osdkit.drivers.packages.DriverPackageStore;
import org.osdkit.drivers.packages.PackageSummary;
import picocli.CommandLine.Command;

/** {@code osdkit drivers package list}. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List driver packages.")
final class PackageListCommand extends LeafCommand {

    @Override
    protected int execute() {
        Table table = Table.of("PackageID", "Name", "Manufacturer", "Model", "OS", "Architecture", "SourceVersion", "Drivers", "PkgSourcePath");
        // Summaries: the driver count is kept with each package, so listing never reads every package's driver list.
        for (PackageSummary p : get(DriverPackageStore.class).summaries()) {
            table.row(p.id(), p.name(), p.model().manufacturer(), p.model().model() + (p.model().sku() == null ? "" : " " + p.model().sku()), p.os().name(),
                    p.os().architecture(), p.sourceVersion(), p.driverCount(), p.source());
        }
        printer().table(table);
        return ExitCodes.OK;
    }
}
