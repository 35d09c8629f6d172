package org.osdkit.cli.sites;

import java.nio.file.Path;
import org.osdkit.cli.command.ConfirmOption;
import org.osdkit.cli.command.ExitCodes;
import org.osdkit.cli.command.LeafCommand;
import org.osdkit.cli.command.WhatIfOption;
import org.osdkit.cli.output.Table;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.whatif.OperationPlan;
import org.osdkit.core.whatif.PlannedOperation;
import org.osdkit.sites.SiteErrors;
import org.osdkit.sites.hierarchy.ImportHierarchy;
import org.osdkit.sites.hierarchy.ReadHierarchy;
import org.osdkit.sites.hierarchy.Site;
import org.osdkit.sites.hierarchy.SiteHierarchy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code osdkit sites import <source>}: reads and checks a hierarchy and stores it for list/tree/show. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import the hierarchy from a folder of site control files (one site per *.ct0) or a YAML/JSON description; "
                + "replaces the previous import. Refused when a rule is broken; imported but exit code 1 on a warning.")
final class ImportCommand extends LeafCommand {

    @Parameters(index = "0", paramLabel = "<folder|file>", description = "Folder of site control files, or hierarchy .yaml/.yml/.json.")
    Path source;

    @Mixin
    WhatIfOption whatIf;

    @Mixin
    ConfirmOption confirm;

    @Override
    protected int execute() {
        PlannedOperation importing = ImportHierarchy.operation(source);
        if (!whatIf.enabled() && !confirm.approve(importing)) {
            printer().info("Nothing changed.");
            return ExitCodes.OK;
        }
        SiteHierarchy hierarchy;
        try {
            hierarchy = get(ImportHierarchy.class).run(source, whatIf.enabled());
        } catch (OsdkitException e) {
            // The error line names the first problems; list every one of them first.
            if (e.code().equals(SiteErrors.HIERARCHY_INVALID)) {
                HierarchyCommand.warnProblems(printer(), ReadHierarchy.from(source));
            }
            throw e;
        }
        if (whatIf.enabled()) {
            printer().whatIf(OperationPlan.of(importing));
        }
        Table table = Table.of("SiteCode", "SiteName", "Type", "ParentSiteCode", "SiteServer", "Version");
        for (Site s : hierarchy.sites()) {
            table.row(s.code(), s.name(), s.type().label(), s.parent(), s.siteServer(), s.version());
        }
        printer().table(table);
        HierarchyCommand.warnProblems(printer(), hierarchy);
        int warnings = hierarchy.problems().size();
        String with = warnings == 0 ? "" : ", with " + warnings + (warnings == 1 ? " warning" : " warnings");
        if (whatIf.enabled()) {
            printer().info("Would import " + hierarchy.sites().size() + " sites from " + source + with + ".");
        } else if (warnings == 0) {
            printer().success("Imported " + hierarchy.sites().size() + " sites from " + source + ".");
        } else {
            printer().warn("Imported " + hierarchy.sites().size() + " sites from " + source + with + ".");
        }
        // Stored all the same (a warning breaks no rule), but a problem found, as for list, tree and show.
        return HierarchyCommand.exitCode(hierarchy.problems());
    }
}
