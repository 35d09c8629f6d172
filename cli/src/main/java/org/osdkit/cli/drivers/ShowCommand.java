package org.osdkit.cli.drivers;

import org.osdkit.cli.command.ExitCodes;
import org.osdkit.cli.command.LeafCommand;
import org.osdkit.cli.output.Table;
import org.osdkit.cli.output.View;
import org.osdkit.core.OsdkitException;
import org.osdkit.drivers.catalog.CatalogDriver;
import org.osdkit.drivers.catalog.CatalogModel;
import org.osdkit.drivers.catalog.DriverCatalog;
import org.osdkit.drivers.catalog.DriverDetail;
import org.osdkit.drivers.catalog.DriverErrors;
import org.osdkit.drivers.catalog.DriverFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code osdkit drivers show <hash>}: one catalog driver with its models, platforms and files. */
@Command(name = "show", mixinStandardHelpOptions = true, description = {"Show one catalog driver: properties, models (hardware IDs), platforms and content files.",
        "--output json prints them as one document; --output csv is refused (three tables)."})
final class ShowCommand extends LeafCommand {

    @Parameters(index = "0", paramLabel = "<driver>", description = "Driver hash or its first 8+ hex digits (as 'drivers list' shows it).")
    String driver;

    @Override
    protected int execute() {
        CliSupport.oneTable(spec, printer(), "three tables (Driver, Models, Files)");
        String hash = CliSupport.driverHash(spec, "<driver>", driver);
        DriverDetail d = get(DriverCatalog.class).find(hash).orElseThrow(() -> new OsdkitException(DriverErrors.DRIVER_NOT_FOUND,
                "No catalog driver has the hash " + driver + " (or the prefix matches several).", "Give more hex digits; list drivers with 'osdkit drivers list'."));
        CatalogDriver c = d.driver();
        Table properties = Table.of("Property", "Value").row("Driver", c.driverHash()).row("Name", c.name()).row("INF", c.infName())
                .row("Source", c.sourceFolder() + "/" + c.infPath()).row("Provider", c.provider()).row("Class", c.className()).row("ClassGuid", c.classGuid())
                .row("DriverVer", c.driverVer()).row("Signed", c.signed()).row("CatalogFile", c.catalogFile()).row("Kind", c.kind())
                .row("BootCritical", c.bootCritical()).row("Enabled", c.enabled()).row("Categories", String.join(", ", c.categories()))
                .row("Platforms", String.join(", ", d.offeredPlatforms())).row("ContentHash", d.contentHash()).row("Imported", c.importedAt())
                .row("ImportedBy", c.importedBy());
        Table models = Table.of("Decoration", "Description", "HardwareID", "CompatibleIDs", "InstallSection", "FeatureScore");
        for (CatalogModel m : d.models()) {
            models.row(m.decoration().isEmpty() ? "(undecorated)" : m.decoration(), m.description(), m.hardwareId().isEmpty() ? "(none: compatible IDs only)" : m.hardwareId(),
                    String.join(", ", m.compatibleIds()),
                    m.installSection(), String.format("0x%02X", m.featureScore()));
        }
        Table files = Table.of("File", "Size", "SHA256");
        for (DriverFile f : d.files()) {
            files.row(f.relativePath(), f.size(), f.sha256());
        }
        printer().view(View.of().properties("Driver", properties).table("Models", models).table("Files", files));
        return ExitCodes.OK;
    }
}
