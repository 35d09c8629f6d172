package org.osdkit.cli.drivers;

import java.util.ArrayList;
import java.util.List;
import org.osdkit.cli.command.ConfirmOption;
import org.osdkit.cli.command.ExitCodes;
import org.osdkit.cli.command.LeafCommand;
import org.osdkit.cli.command.WhatIfOption;
import org.osdkit.cli.output.ProgressBars;
import org.osdkit.core.PackageId;
import org.osdkit.drivers.packages.PackageBuild;
import org.osdkit.drivers.packages.PackageChange;
import org.osdkit.drivers.packages.UpdateDriverPackage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code osdkit drivers package update <PackageID>}: change the selection and rebuild; no change refreshes from the categories. */
@Command(name = "update", mixinStandardHelpOptions = true,
        description = {"Change a package's categories, drivers or exclusions and rebuild its content. Without options it refreshes the package from its"
                + " categories. SourceVersion goes up once when the content changed, never once per driver."})
final class PackageUpdateCommand extends LeafCommand {

    @Parameters(index = "0", paramLabel = "<PackageID>", description = "The package ID ConfigMgr gave the package: site code and 5 hex digits, e.g. PS100001 ('drivers package list').")
    PackageId id;

    @Option(names = "--add-category", paramLabel = "<name>", description = "Catalog category whose drivers go in too (repeatable).")
    List<String> addCategories = new ArrayList<>();

    @Option(names = "--remove-category", paramLabel = "<name>", description = "Category whose drivers no longer go in (repeatable).")
    List<String> removeCategories = new ArrayList<>();

    @Option(names = "--add-driver", paramLabel = "<hash>", description = "A catalog driver to add besides the categories (repeatable).")
    List<String> addDrivers = new ArrayList<>();

    @Option(names = "--remove-driver", paramLabel = "<hash>", description = "An explicitly added driver to take out again (repeatable).")
    List<String> removeDrivers = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "<inf|hash|hwid|class:name>", description = "Add a per-model exclusion (repeatable).")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--include", paramLabel = "<exclusion>", description = "Lift an exclusion (repeatable).")
    List<String> include = new ArrayList<>();

    @Option(names = "--keep-superseded", negatable = true, description = "Keep every version of a driver the categories hold (--no-keep-superseded:"
            + " only the newest, the default); the package remembers it.")
    Boolean keepSuperseded;

    @Mixin
    WhatIfOption whatIf;

    @Mixin
    ConfirmOption confirm;

    @Override
    protected int execute() {
        CliSupport.oneTable(spec, printer(), PackageBuildPrinter.PARTS);
        addDrivers.forEach(d -> CliSupport.driverHash(spec, "--add-driver", d));
        removeDrivers.forEach(d -> CliSupport.driverHash(spec, "--remove-driver", d));
        UpdateDriverPackage update = get(UpdateDriverPackage.class);
        if (confirm.enabled() && !whatIf.enabled()) {
            PackageBuild planned = update.update(id, change(true));
            if (!PackageBuildPrinter.confirmed(printer(), confirm, "Update driver package", planned)) {
                return ExitCodes.OK;
            }
        }
        PackageBuild build;
        try (ProgressBars progress = printer().progressBars()) {
            build = update.update(id, change(whatIf.enabled()), progress);
        }
        PackageBuildPrinter.print(printer(), build);
        return ExitCodes.OK;
    }

    private PackageChange change(boolean onlyPlan) {
        return new PackageChange(addCategories, removeCategories, addDrivers, removeDrivers, exclude, include, onlyPlan, keepSuperseded);
    }
}
