package org.osdkit.cli.sites;

import java.util.stream.Collectors;
import org.osdkit.cli.output.Table;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.SiteCode;
import org.osdkit.sites.SiteErrors;
import org.osdkit.sites.description.ChangeHistory;
import org.osdkit.sites.description.SiteChange;
import org.osdkit.sites.hierarchy.HierarchyProblem;
import org.osdkit.sites.hierarchy.Site;
import org.osdkit.sites.hierarchy.SiteHierarchy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code osdkit sites show <code>}: one site with its place in the hierarchy and its recorded changes. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one site: its properties, parents up to the top, children, problems and changes.")
final class ShowCommand extends HierarchyCommand {

    @Parameters(index = "0", paramLabel = "<code>", description = "The site code.")
    SiteCode code;

    @Override
    protected int execute() {
        SiteHierarchy hierarchy = hierarchy();
        Site s = hierarchy.find(code).orElseThrow(() -> new OsdkitException(SiteErrors.SITE_NOT_FOUND,
                "Site " + code + " is not in the " + (from == null ? "imported hierarchy" : "hierarchy of " + from) + ".",
                "List the sites with: osdkit sites list"));
        var changes = get(ChangeHistory.class).list(code, 5);
        Table table = Table.of("Property", "Value")
                .row("SiteCode", s.code())
                .row("SiteName", s.name())
                .row("Type", s.type().label() + " (" + s.type().code() + ")")
                .row("ParentSiteCode", s.parent())
                .row("SiteServer", s.siteServer())
                .row("Version", s.version())
                .row("PathToTop", hierarchy.pathToTop(code).stream().map(SiteCode::value).collect(Collectors.joining(" -> ")))
                .row("Children", hierarchy.children(code).stream().map(c -> c.code().value()).collect(Collectors.joining(", ")))
                .row("Source", s.source())
                .row("Problems", hierarchy.problemsOf(code).stream().map(HierarchyProblem::toString).collect(Collectors.joining("; ")))
                .row("RecentChanges", changes.stream().map(ShowCommand::change).collect(Collectors.joining("; ")));
        printer().table(table);
        return exitCode(hierarchy.problemsOf(code));
    }

    private static String change(SiteChange c) {
        return "#" + c.id() + " " + c.changedAt() + " \"" + c.oldValue() + "\" -> \"" + c.newValue() + "\"";
    }
}
