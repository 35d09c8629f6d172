package org.osdkit.cli.drivers;

import java.util.Optional;
import org.osdkit.cli.command.ExitCodes;
import org.osdkit.cli.command.LeafCommand;
import org.osdkit.cli.output.Table;
import org.osdkit.cli.output.View;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.PackageId;
import org.osdkit.drivers.catalog.CatalogDriver;
import org.osdkit.drivers.catalog.DriverCatalog;
import org.osdkit.drivers.catalog.DriverErrors;
import org.osdkit.drivers.distribution.ContentStatus;
import org.osdkit.drivers.distribution.DpContentStatus;
import org.osdkit.drivers.packages.DriverPackage;
import org.osdkit.drivers.packages.DriverPackageStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code osdkit drivers package show <PackageID>}. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show a driver package: properties, drivers and content status per distribution point.")
final class PackageShowCommand extends LeafCommand {

    @Parameters(index = "0", paramLabel = "<PackageID>", description = "The package ID ConfigMgr gave the package: site code and 5 hex digits, e.g. PS100001 ('drivers package list').")
    PackageId id;

    @Override
    protected int execute() {
        CliSupport.oneTable(spec, printer(), "three tables (Package, Drivers, DistributionPoints)");
        DriverPackage p = get(DriverPackageStore.class).find(id).orElseThrow(() -> new OsdkitException(DriverErrors.PACKAGE_NOT_FOUND,
                "There is no driver package " + id + ".", "List packages with 'osdkit drivers package list'."));
        Table properties = Table.of("Property", "Value").row("PackageID", p.id()).row("Name", p.name()).row("Description", p.description())
                .row("Manufacturer", p.model().manufacturer()).row("Model", p.model().model()).row("SKU", p.model().sku()).row("OS", p.os().name())
                .row("OSVersion", p.os().version()).row("Architecture", p.os().architecture()).row("PkgSourcePath", p.source())
                .row("SourceVersion", p.sourceVersion()).row("Categories", String.join(", ", p.categories()))
                .row("Drivers", String.join(", ", p.explicitDrivers())).row("Exclusions", String.join(", ", p.exclusions()))
                .row("Created", p.created()).row("Updated", p.updated());
        DriverCatalog catalog = get(DriverCatalog.class);
        Table drivers = Table.of("Driver", "INF", "Name", "Provider", "Class", "DriverVer", "Signed");
        for (String hash : p.drivers()) {
            Optional<CatalogDriver> d = catalog.find(hash).map(x -> x.driver());
            drivers.row(hash.substring(0, 12), d.map(CatalogDriver::infName).orElse("(not in catalog)"), d.map(CatalogDriver::name).orElse(""),
                    d.map(CatalogDriver::provider).orElse(""), d.map(CatalogDriver::className).orElse(""), d.map(x -> x.driverVer().toString()).orElse(""),
                    d.map(CatalogDriver::signed).orElse(false));
        }
        Table status = Table.of("DistributionPoint", "State", "SourceVersion", "Updated", "Message");
        // State says "behind (has 1, package is 2)" for a DP holding an older version: 'drivers redistribute' brings it up to date.
        for (DpContentStatus s : get(ContentStatus.class).of(p)) {
            status.row(s.dpName(), s.summary(), s.sourceVersion(), s.updated(), s.message());
        }
        printer().view(View.of().properties("Package", properties).table("Drivers", drivers).table("DistributionPoints", status));
        return ExitCodes.OK;
    }
}
