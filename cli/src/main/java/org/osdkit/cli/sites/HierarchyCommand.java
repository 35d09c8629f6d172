package org.osdkit.cli.sites;

import java.nio.file.Path;
import java.util.List;
import org.osdkit.cli.command.ExitCodes;
import org.osdkit.cli.command.LeafCommand;
import org.osdkit.cli.output.Printer;
import org.osdkit.sites.hierarchy.HierarchyProblem;
import org.osdkit.sites.hierarchy.ReadHierarchy;
import org.osdkit.sites.hierarchy.SiteHierarchy;
import org.osdkit.sites.hierarchy.SiteInventory;
import picocli.CommandLine.Option;

/** Base of the commands that show a hierarchy: the imported one, or one read on the spot with {@code --from}. */
abstract class HierarchyCommand extends LeafCommand {

    @Option(names = "--from", paramLabel = "<folder|file>",
            description = "Read this folder of site control files or YAML/JSON description instead of the imported hierarchy.")
    Path from;

    SiteHierarchy hierarchy() {
        return from != null ? ReadHierarchy.from(from) : get(SiteInventory.class).load();
    }

    /** Exit code 1 when the hierarchy shown has any problem, a warning (a missing parent, a documented limit passed) too. */
    static int exitCode(List<HierarchyProblem> problems) {
        return problems.isEmpty() ? ExitCodes.OK : ExitCodes.PROBLEMS;
    }

    static void warnProblems(Printer printer, SiteHierarchy hierarchy) {
        for (HierarchyProblem p : hierarchy.problems()) {
            if (p.error()) {
                printer.error(p.message());
            } else {
                printer.warn(p.message());
            }
        }
    }
}
