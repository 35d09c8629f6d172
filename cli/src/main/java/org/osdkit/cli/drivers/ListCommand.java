package org.osdkit.cli.drivers;

import java.util.List;
import java.util.Map;
import org.osdkit.cli.command.ExitCodes;
import org.osdkit.cli.command.LeafCommand;
import org.osdkit.cli.output.Table;
import org.osdkit.core.Architecture;
import org.osdkit.core.OsTarget;
import org.osdkit.drivers.catalog.CatalogDriver;
import org.osdkit.drivers.catalog.CatalogQuery;
import org.osdkit.drivers.catalog.DriverCatalog;
import org.osdkit.drivers.catalog.SupersededDrivers;
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

    @Option(names = "--superseded", description = "Only drivers a newer version of the same driver (same provider, INF name and hardware IDs, newer"
            + " DriverVer) supersedes, with the newer one: what 'drivers remove' can delete.")
    boolean superseded;

    @Override
    protected int execute() {
        OsTarget target = os == null ? null : CliSupport.target(spec, os, arch == null ? Architecture.X64 : arch);
        DriverCatalog catalog = get(DriverCatalog.class);
        List<CatalogDriver> drivers = catalog.query(new CatalogQuery(category, className, provider, hardwareId, target));
        if (superseded) {
            Map<String, CatalogDriver> newer = SupersededDrivers.among(catalog.query(CatalogQuery.ALL).stream()
                    .flatMap(d -> catalog.find(d.driverHash()).stream()).toList());
            Table table = Table.of("Driver", "Name", "INF", "Provider", "DriverVer", "SupersededBy", "NewerDriverVer", "Categories");
            drivers.stream().filter(d -> newer.containsKey(d.driverHash())).forEach(d -> table.row(d.shortHash(), d.name(), d.infName(), d.provider(),
                    d.driverVer().toString(), newer.get(d.driverHash()).shortHash(), newer.get(d.driverHash()).driverVer().toString(),
                    String.join(", ", d.categories())));
            printer().table(table);
            return ExitCodes.OK;
        }
        Table table = Table.of("Driver", "Name", "INF", "Provider", "Class", "DriverDate", "DriverVersion", "Signed", "Enabled", "Categories");
        for (CatalogDriver d : drivers) {
            table.row(d.shortHash(), d.name(), d.infName(), d.provider(), d.className(), d.driverVer().date(),
                    d.driverVer().version() == null ? null : d.driverVer().version().toString(), d.signed(), d.enabled(), String.join(", ", d.categories()));
        }
        printer().table(table);
        return ExitCodes.OK;
    }
}
