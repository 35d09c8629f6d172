package org.osdkit.cli.sites;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osdkit.cli.output.OutputFormat;
import org.osdkit.cli.output.Table;
import org.osdkit.sites.hierarchy.Site;
import org.osdkit.sites.hierarchy.SiteHierarchy;
import picocli.CommandLine.Command;

/** {@code osdkit sites tree}: the hierarchy from its top sites down. */
@Command(name = "tree", mixinStandardHelpOptions = true, description = "Show the hierarchy as a tree (JSON: nested objects; CSV: rows with a Depth column).")
final class TreeCommand extends HierarchyCommand {

    @Override
    protected int execute() {
        SiteHierarchy hierarchy = hierarchy();
        List<SiteHierarchy.Node> tree = hierarchy.tree();
        if (printer().format() == OutputFormat.json) {
            printer().json(tree.stream().map(TreeCommand::json).toList());
        } else if (printer().format() == OutputFormat.csv) {
            Table table = Table.of("Depth", "SiteCode", "SiteName", "Type", "ParentSiteCode");
            tree.forEach(n -> rows(n, 0, table));
            printer().table(table);
        } else {
            List<String> lines = new ArrayList<>();
            for (SiteHierarchy.Node root : tree) {
                lines.add(label(root.site()));
                text(root.children(), "", lines);
            }
            lines.forEach(printer()::info);
        }
        warnProblems(printer(), hierarchy);
        return exitCode(hierarchy.problems());
    }

    private static void text(List<SiteHierarchy.Node> children, String indent, List<String> lines) {
        for (int i = 0; i < children.size(); i++) {
            boolean last = i == children.size() - 1;
            lines.add(indent + (last ? "`-- " : "|-- ") + label(children.get(i).site()));
            text(children.get(i).children(), indent + (last ? "    " : "|   "), lines);
        }
    }

    private static String label(Site s) {
        return s.code() + "  " + s.name() + " (" + s.type().label() + (s.version() == null ? "" : ", " + s.version()) + ")";
    }

    private static void rows(SiteHierarchy.Node node, int depth, Table table) {
        Site s = node.site();
        table.row(depth, s.code(), s.name(), s.type().label(), s.parent());
        node.children().forEach(c -> rows(c, depth + 1, table));
    }

    private static Map<String, Object> json(SiteHierarchy.Node node) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("SiteCode", node.site().code().value());
        m.put("SiteName", node.site().name());
        m.put("Type", node.site().type().label());
        m.put("Children", node.children().stream().map(TreeCommand::json).toList());
        return m;
    }
}
