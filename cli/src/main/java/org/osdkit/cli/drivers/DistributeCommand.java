package org.osdkit.cli.drivers;

import java.util.ArrayList;
import java.util.List;
import org.osdkit.cli.ConfirmOption;
import org.osdkit.cli.ExitCodes;
import org.osdkit.cli.LeafCommand;
import org.osdkit.cli.WhatIfOption;
import org.osdkit.cli.output.Table;
import org.osdkit.core.PackageId;
import org.osdkit.core.whatif.PlannedOperation;
import org.osdkit.drivers.distribution.DistributePackage;
import org.osdkit.drivers.distribution.DistributionListener;
import org.osdkit.drivers.distribution.DistributionResult;
import org.osdkit.drivers.distribution.DistributionState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code osdkit drivers distribute --package <id> --dp <fqdn>}: send a package's content, verified by hash. */
@Command(name = "distribute", mixinStandardHelpOptions = true,
        description = {"Copy a driver package's content to distribution points (or every member of a group), verify it by SHA-256 and record the content"
                + " status: Distributed only when every file is verified; a failed copy is DistributionFailed, an interrupted one stays DistributionPending"
                + " and resumes on the next run. SMSPXEIMAGE$ is refused: it holds PXE boot images only.",
                "Exit code 1 when a distribution point failed."})
final class DistributeCommand extends LeafCommand {

    @Option(names = "--package", required = true, paramLabel = "<PackageID>")
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
        DistributePackage distribute = get(DistributePackage.class);
        List<String> points = dps;
        List<String> viaGroups = groups;
        if (confirm.enabled() && !whatIf.enabled()) {
            // One question per distribution point; the groups are expanded by the what-if run, so only the approved points are sent to.
            points = new ArrayList<>();
            for (DistributionResult planned : distribute.distribute(packageId, dps, groups, true, DistributionListener.NONE)) {
                printer().info(planned.message());
                if (confirm.approve(new PlannedOperation("Distribute driver package", planned.dpName(), packageId + ", SourceVersion " + planned.sourceVersion()))) {
                    points.add(planned.dpName());
                }
            }
            viaGroups = List.of();
            if (points.isEmpty()) {
                printer().info("Nothing changed.");
                return ExitCodes.OK;
            }
        }
        List<DistributionResult> results = distribute.distribute(packageId, points, viaGroups, whatIf.enabled(), DistributionListener.NONE);
        if (whatIf.enabled()) {
            results.forEach(r -> printer().info(r.message()));
            return ExitCodes.OK;
        }
        Table table = Table.of("PackageID", "DistributionPoint", "State", "SourceVersion", "Copied", "Reused", "Message");
        results.forEach(r -> table.row(packageId, r.dpName(), r.state(), r.sourceVersion(), r.copied(), r.reused(), r.message()));
        printer().table(table);
        return results.stream().anyMatch(r -> r.state() == DistributionState.DISTRIBUTION_FAILED) ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }
}
