package org.osdkit.cli.sites;

import org.osdkit.cli.output.Table;
import org.osdkit.sites.hierarchy.Site;
import org.osdkit.sites.hierarchy.SiteHierarchy;
import picocli.CommandLine.Command;

/** {@code osdkit sites list}: every site, one row each. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the sites of the imported hierarchy (or of --from).")
final class ListCommand extends HierarchyCommand {

    @Override
    protected int execute() {
        SiteHierarchy hierarchy = hierarchy();
        Table table = Table.of("SiteCode", "SiteName", "Type", "ParentSiteCode", "SiteServer", "Version");
        for (Site s : hierarchy.sites()) {
            table.row(s.code(), s.name(), s.type().label(), s.parent(), s.siteServer(), s.version());
        }
        printer().table(table);
        warnProblems(printer(), hierarchy);
        if (hierarchy.sites().isEmpty() && from == null) {
            printer().info("No sites imported yet: osdkit sites import <folder of sitectrl.ct0 files | hierarchy.yaml>");
        }
        return exitCode(hierarchy.problems());
    }
}
