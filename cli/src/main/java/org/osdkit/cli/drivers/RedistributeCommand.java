package org.osdkit.cli.drivers;

import java.util.ArrayList;
import java.util.List;
import org.osdkit.cli.command.ConfirmOption;
import org.osdkit.cli.command.ExitCodes;
import org.osdkit.cli.command.LeafCommand;
import org.osdkit.cli.command.WhatIfOption;
import org.osdkit.cli.output.OutputFormat;
import org.osdkit.cli.output.ProgressBars;
import org.osdkit.cli.output.Table;
import org.osdkit.core.PackageId;
import org.osdkit.core.whatif.WhatIfRecorder;
import org.osdkit.drivers.distribution.DistributePackage;
import org.osdkit.drivers.distribution.DistributionListener;
import org.osdkit.drivers.distribution.DistributionResult;
import org.osdkit.drivers.distribution.DistributionState;
import org.osdkit.drivers.packages.DriverPackageStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code osdkit drivers redistribute <PackageID> [--dp ..]}: bring distribution points up to the package's current SourceVersion. */
@Command(name = "redistribute", mixinStandardHelpOptions = true,
        description = {"Bring distribution points up to date with a package's current SourceVersion: the named ones, or every DP that has the package"
                + " but not its current version (\"behind (has 1, package is 2)\" in 'dp status', failed or pending). Only the files that changed are"
                + " copied from the source; the others are taken from the version the DP holds. All or nothing per DP as 'drivers distribute': staged,"
                + " verified by SHA-256 and switched in by renames, so the DP holds the old or the new version, never a mix; an interrupted run resumes."
                + " SMSPXEIMAGE$ is refused.",
                "Exit code 1 when a distribution point failed."})
final class RedistributeCommand extends LeafCommand {

    @Parameters(index = "0", paramLabel = "<PackageID>", description = "The package ID ConfigMgr gave the package: site code and 5 hex digits, e.g. PS100001 ('drivers package list').")
    PackageId packageId;

    @Option(names = "--dp", paramLabel = "<fqdn>", description = "Distribution point (repeatable); default: every DP that is not up to date.")
    List<String> dps = new ArrayList<>();

    @Mixin
    WhatIfOption whatIf;

    @Mixin
    ConfirmOption confirm;

    @Override
    protected int execute() {
        CliSupport.dpNames(spec, "--dp", dps);
        DistributePackage distribute = get(DistributePackage.class);
        if (whatIf.enabled()) {
            WhatIfRecorder plan = new WhatIfRecorder();
            distribute.redistribute(packageId, dps, plan, DistributionListener.NONE);
            printer().whatIf(plan.plan());
            return ExitCodes.OK;
        }
        List<DistributionResult> results;
        try (ProgressBars progress = printer().progressBars()) {
            results = distribute.redistribute(packageId, dps, confirm.gate(), DistributionListener.NONE, progress);
        }
        if (results.isEmpty()) {
            printer().info(dps.isEmpty() ? "Every distribution point of " + packageId + " holds SourceVersion "
                    + get(DriverPackageStore.class).require(packageId).sourceVersion() + "; nothing to do." : "Nothing changed.");
        }
        Table table = Table.of("PackageID", "DistributionPoint", "State", "SourceVersion", "Copied", "Reused", "Message");
        results.forEach(r -> table.row(packageId, r.dpName(), r.state(), r.sourceVersion(), r.copied(), r.reused(), r.message()));
        // Nothing to do is an empty table in JSON and CSV (one document all the same), the sentence above for people.
        if (!results.isEmpty() || printer().format() != OutputFormat.table) {
            printer().table(table);
        }
        if (results.stream().anyMatch(r -> r.state() == DistributionState.DISTRIBUTION_FAILED)) {
            return ExitCodes.PROBLEMS;
        }
        if (!results.isEmpty()) {
            printer().success(packageId + " is up to date on " + results.size() + (results.size() == 1 ? " distribution point." : " distribution points."));
        }
        return ExitCodes.OK;
    }
}
