package org.osdkit.cli.drivers;

import org.osdkit.cli.command.ExitCodes;
import org.osdkit.cli.command.LeafCommand;
import org.osdkit.cli.output.Table;
import org.osdkit.core.Architecture;
import org.osdkit.core.OsTarget;
import org.osdkit.drivers.catalog.CatalogDriver;
import org.osdkit.drivers.catalog.CatalogQuery;
import org.osdkit.drivers.catalog.DriverCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code osdkit drivers list}: catalog queries by category, class, provider, hardware ID, OS and architecture. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List catalog drivers; the filters combine and ignore case.")
final class ListCommand extends LeafCommand {

    @Option(names = "--category", paramLabel = "<name>", description = "Drivers in this category.")
    String category;

    @Option(names = "--class", paramLabel = "<class>", description = "Setup class, e.g. Net or SCSIAdapter.")
    String className;

    @Option(names = "--provider", paramLabel = "<name>", description = "Provider, e.g. Intel.")
    String provider;

    @Option(names = "--hwid", paramLabel = "<id>", description = "Drivers listing this hardware or compatible ID.")
    String hardwareId;

    @Option(names = "--os", paramLabel = "<os>", description = "Drivers with models for this OS (XP, Win7, Win10-22H2, 10.0.19045 ...); needs --arch.")
    String os;

    @Option(names = "--arch", paramLabel = "x86|x64|arm64", description = "Architecture for --os.")
    Architecture arch;

    @Override
    protected int execute() {
        OsTarget target = os == null ? null : CliSupport.target(spec, os, arch == null ? Architecture.X64 : arch);
        Table table = Table.of("Driver", "Name", "INF", "Provider", "Class", "DriverDate", "DriverVersion", "Signed", "Enabled", "Categories");
        for (CatalogDriver d : get(DriverCatalog.class).query(new CatalogQuery(category, className, provider, hardwareId, target))) {
            table.row(d.shortHash(), d.name(), d.infName(), d.provider(), d.className(), d.driverVer().date(),
                    d.driverVer().version() == null ? null : d.driverVer().version().toString(), d.signed(), d.enabled(), String.join(", ", d.categories()));
        }
        printer().table(table);
        return ExitCodes.OK;
    }
}
