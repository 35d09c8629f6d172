package org.osdkit.cli.sites;

import java.nio.file.Path;
import org.osdkit.cli.command.ExitCodes;
import org.osdkit.cli.command.LeafCommand;
import org.osdkit.cli.output.Table;
import org.osdkit.sites.controlfile.ScfBlock;
import org.osdkit.sites.controlfile.ScfProblem;
import org.osdkit.sites.controlfile.SiteControlFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code osdkit sites inspect <file>}: the structured view of a site control file and whatever osdkit could not read in it. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Read a site control file: its site definition, blocks and properties, and every line osdkit could not parse (exit 1 if any).")
final class InspectCommand extends LeafCommand {

    @Parameters(index = "0", paramLabel = "<file>", description = "A site control file (sitectrl.ct0, *.ct1, *.ct2).")
    Path file;

    @Override
    protected int execute() {
        SiteControlFile scf = SiteControlFile.read(file);
        Table table = Table.of("Property", "Value");
        scf.siteDefinition().ifPresent(d -> table
                .row("SiteCode", d.siteCode())
                .row("SiteName", d.siteName())
                .row("SiteNameLine", d.siteNameLine())
                .row("ParentSiteCode", d.parentSiteCode())
                .row("SiteServer", d.siteServer())
                .row("Type", d.siteType() == null ? null : d.siteType().label())
                .row("Version", d.productVersion()));
        table.row("Header", scf.header())
                .row("Lines", scf.lines().size())
                .row("TopLevelBlocks", String.join(", ", scf.blocks().stream().map(ScfBlock::type).distinct().toList()))
                .row("Components", scf.find("COMPONENT").size())
                .row("Properties", scf.blocks().stream().mapToInt(ScfBlock::propertyCount).sum())
                .row("FullyParsed", scf.fullyParsed())
                .row("SHA256", scf.sha256());
        printer().table(table);
        for (ScfProblem p : scf.problems()) {
            printer().error(file + " " + p);
        }
        return scf.fullyParsed() ? ExitCodes.OK : ExitCodes.PROBLEMS;
    }
}
