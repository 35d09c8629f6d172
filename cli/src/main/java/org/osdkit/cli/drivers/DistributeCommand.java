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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code osdkit drivers distribute --package <id> --dp <fqdn>}: send a package's content, verified by hash. */
@Command(name = "distribute", mixinStandardHelpOptions = true,
        description = {"Copy a driver package's content to distribution points (or every member of a group) and record the content status. All or"
                + " nothing per DP: the new version is copied into a staging folder beside the content, verified by SHA-256 and switched in by renames,"
                + " so the DP holds the previous complete version or the new one, never a mix, also when osdkit is killed; Distributed only after the"
                + " switch. A failed copy is DistributionFailed; an interrupted one stays DistributionPending (or ContentUpdating) and resumes on the"
                + " next run. SMSPXEIMAGE$ is refused: it holds PXE boot images only.",
                "Exit code 1 when a distribution point failed."})
final class DistributeCommand extends LeafCommand {

    @Option(names = "--package", required = true, paramLabel = "<PackageID>", description = "The package to send, e.g. PS100001.")
    PackageId packageId;

    @Option(names = "--dp", paramLabel = "<fqdn>", description = "Distribution point (repeatable).")
    List<String> dps = new ArrayList<>();

    @Option(names = "--dp-group", paramLabel = "<group>", description = "Distribution point group (repeatable).")
    List<String> groups = new ArrayList<>();

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
            distribute.distribute(packageId, dps, groups, plan, DistributionListener.NONE);
            printer().whatIf(plan.plan());
            return ExitCodes.OK;
        }
        // --confirm asks once per distribution point (the groups expanded); only the points answered yes are sent to.
        List<DistributionResult> results;
        try (ProgressBars progress = printer().progressBars()) {
            results = distribute.distribute(packageId, dps, groups, confirm.gate(), DistributionListener.NONE, progress);
        }
        if (results.isEmpty()) {
            printer().info("Nothing changed.");
        }
        Table table = Table.of("PackageID", "DistributionPoint", "State", "SourceVersion", "Copied", "Reused", "Message");
        results.forEach(r -> table.row(packageId, r.dpName(), r.state(), r.sourceVersion(), r.copied(), r.reused(), r.message()));
        if (!results.isEmpty() || printer().format() != OutputFormat.table) {
            printer().table(table);
        }
        if (results.stream().anyMatch(r -> r.state() == DistributionState.DISTRIBUTION_FAILED)) {
            return ExitCodes.PROBLEMS;
        }
        if (!results.isEmpty()) {
            printer().success(packageId + " is distributed to " + results.size() + (results.size() == 1 ? " distribution point." : " distribution points."));
        }
        return ExitCodes.OK;
    }
}
