package org.osdkit.cli.drivers;

import java.util.ArrayList;
import java.util.List;
import org.osdkit.cli.command.ConfirmOption;
import org.osdkit.cli.command.ExitCodes;
import org.osdkit.cli.command.LeafCommand;
import org.osdkit.cli.command.WhatIfOption;
import org.osdkit.cli.output.ProgressBars;
import org.osdkit.core.Architecture;
import org.osdkit.core.HardwareModel;
import org.osdkit.core.SiteCode;
import org.osdkit.core.UncPath;
import org.osdkit.drivers.packages.CreateDriverPackage;
import org.osdkit.drivers.packages.PackageBuild;
import org.osdkit.drivers.packages.PackageRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code osdkit drivers package create}: the New Driver Package wizard, with the admins' folder convention. */
@Command(name = "create", mixinStandardHelpOptions = true,
        description = {"Create a model's driver package in <share>\\SCCM_Driver_Packages\\<OS>\\<Model>: the folder must be empty and owned by no other"
                + " package; each selected driver's content is copied once (folders named by driver hash) and SourceVersion starts at 1.",
                "A category the catalog does not have, or categories that select no driver for the OS and architecture, are refused (exit code 1,"
                        + " DRV-CATEGORY-NOT-FOUND or DRV-PACKAGE-EMPTY, saying what the categories hold) unless --allow-empty."})
final class PackageCreateCommand extends LeafCommand {

    @Option(names = "--site", required = true, paramLabel = "<code>", description = "Site code the PackageID starts with, e.g. PS1.")
    SiteCode site;

    @Option(names = "--manufacturer", required = true, paramLabel = "<make>", description = "e.g. Lenovo.")
    String manufacturer;

    @Option(names = "--model", required = true, paramLabel = "<model>", description = "e.g. R61.")
    String model;

    @Option(names = "--sku", paramLabel = "<sku>", description = "Machine type or system SKU, e.g. 8935CTO.")
    String sku;

    @Option(names = "--os", required = true, paramLabel = "<os>", description = "OS folder name and target: XP, Win7, Win10-22H2, Win11 ...")
    String os;

    @Option(names = "--arch", required = true, paramLabel = "x86|x64|arm64", description = "Architecture.")
    Architecture arch;

    @Option(names = "--share", required = true, paramLabel = "<share>", description = "Driver share root, e.g. \\\\server\\Drivers\\PC.")
    UncPath share;

    @Option(names = "--category", paramLabel = "<name>", description = "Catalog category whose drivers go in (repeatable).")
    List<String> categories = new ArrayList<>();

    @Option(names = "--driver", paramLabel = "<hash>", description = "A catalog driver to add besides the categories (repeatable).")
    List<String> drivers = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "<inf|hash|hwid|class:name>", description = "Per-model exclusion (repeatable), e.g. iaStor.inf or class:SCSIAdapter.")
    List<String> exclusions = new ArrayList<>();

    @Option(names = "--name", paramLabel = "<name>", description = "Package name (default: Drivers - <Make> <Model> <SKU> - <OS> <arch>).")
    String name;

    @Option(names = "--description", paramLabel = "<text>", description = "Description, at most 127 characters.")
    String description;

    @Option(names = "--allow-empty", description = "Create the package although its categories do not exist yet or select no driver for the OS and"
            + " architecture: create the package first, add drivers later (import into the category, then 'package update').")
    boolean allowEmpty;

    @Option(names = "--keep-superseded", description = "Keep every version of a driver the categories hold; by default only the newest (same provider,"
            + " INF name and hardware IDs, newest DriverVer) goes in.")
    boolean keepSuperseded;

    @Mixin
    WhatIfOption whatIf;

    @Mixin
    ConfirmOption confirm;

    @Override
    protected int execute() {
        CliSupport.oneTable(spec, printer(), PackageBuildPrinter.PARTS);
        drivers.forEach(d -> CliSupport.driverHash(spec, "--driver", d));
        CreateDriverPackage create = get(CreateDriverPackage.class);
        if (confirm.enabled() && !whatIf.enabled()) {
            PackageBuild planned = create.create(request(true));
            if (!PackageBuildPrinter.confirmed(printer(), confirm, "Create driver package", planned)) {
                return ExitCodes.OK;
            }
        }
        PackageBuild build;
        try (ProgressBars progress = printer().progressBars()) {
            build = create.create(request(whatIf.enabled()), progress);
        }
        PackageBuildPrinter.print(printer(), build);
        return ExitCodes.OK;
    }

    private PackageRequest request(boolean onlyPlan) {
        return new PackageRequest(site, new HardwareModel(manufacturer, model, sku), CliSupport.target(spec, os, arch), share, categories, drivers,
                exclusions, name, description, onlyPlan, allowEmpty, keepSuperseded);
    }
}
