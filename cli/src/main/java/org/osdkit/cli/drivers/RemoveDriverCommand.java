package org.osdkit.cli.drivers;

import org.osdkit.cli.command.ConfirmOption;
import org.osdkit.cli.command.ExitCodes;
import org.osdkit.cli.command.ForceOption;
import org.osdkit.cli.command.LeafCommand;
import org.osdkit.cli.command.WhatIfOption;
import org.osdkit.cli.output.OutputFormat;
import org.osdkit.cli.output.Table;
import org.osdkit.core.whatif.ShouldProcess;
import org.osdkit.core.whatif.WhatIfRecorder;
import org.osdkit.drivers.catalog.CatalogDriver;
import org.osdkit.drivers.packages.DriverPackage;
import org.osdkit.drivers.packages.DriverRemoval;
import org.osdkit.drivers.packages.PackageBuild;
import org.osdkit.drivers.packages.RemoveCatalogDriver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code osdkit drivers remove <driver>}: delete a driver from the catalog; high impact, so it asks first unless {@code --force}. */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Delete a driver from the catalog (a superseded version, see 'drivers list --superseded', or one imported by mistake). Refused"
                + " while a driver package holds it (exit code 1, DRV-DRIVER-IN-USE, naming the packages); --from-packages first rebuilds each of them"
                + " without it (its content folder deleted, confined to the package folder; SourceVersion raised). The driver's source files are not"
                + " touched. Asks about each package and the catalog entry ([Y] Yes  [A] Yes to All ...) unless --force; --confirm asks even with --force."})
final class RemoveDriverCommand extends LeafCommand {

    @Parameters(index = "0", paramLabel = "<driver>", description = "Driver hash or its first 8+ hex digits.")
    String driver;

    @Option(names = "--from-packages", description = "Take the driver out of the packages that hold it first.")
    boolean fromPackages;

    @Mixin
    ForceOption force;

    @Mixin
    ConfirmOption confirm;

    @Mixin
    WhatIfOption whatIf;

    @Override
    protected int execute() {
        String hash = CliSupport.driverHash(spec, "<driver>", driver);
        RemoveCatalogDriver remover = get(RemoveCatalogDriver.class);
        if (whatIf.enabled()) {
            WhatIfRecorder plan = new WhatIfRecorder();
            remover.remove(hash, fromPackages, plan);
            printer().whatIf(plan.plan());
            return ExitCodes.OK;
        }
        // PowerShell's question per package it is taken out of and for the catalog entry, unless --force; --confirm asks even then.
        ShouldProcess gate = confirm.highImpactGate(force, "Remove driver " + hash + " from the catalog");
        DriverRemoval removal = remover.remove(hash, fromPackages, gate);
        for (PackageBuild b : removal.packages()) {
            DriverPackage p = b.driverPackage();
            printer().info("Taken out of " + p.id() + " (" + p.name() + "), now SourceVersion " + p.sourceVersion() + "; 'drivers redistribute " + p.id()
                    + "' brings its distribution points up to date.");
        }
        if (removal.removed()) {
            printer().success("Driver " + removal.driver().infName() + " (" + removal.driver().shortHash() + ") removed from the catalog.");
        } else {
            printer().info("Nothing more changed: the driver is kept in the catalog.");
        }
        if (printer().format() != OutputFormat.table) {
            CatalogDriver d = removal.driver();
            printer().table(Table.of("Driver", "INF", "Name", "DriverVer", "Removed", "TakenOutOf").row(d.shortHash(), d.infName(), d.name(),
                    d.driverVer().toString(), removal.removed(), removal.packages().stream().map(b -> b.driverPackage().id().value()).toList()));
        }
        return ExitCodes.OK;
    }
}
