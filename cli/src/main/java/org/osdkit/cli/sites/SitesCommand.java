package org.osdkit.cli.sites;

import org.osdkit.cli.command.GroupCommand;
import org.osdkit.cli.command.Subcommands;
import picocli.CommandLine.Command;

/** {@code osdkit sites}: The site hierarchy, site control files and safe site description changes. */
@Command(name = "sites", mixinStandardHelpOptions = true,
        description = "The site hierarchy, site control files and safe site description changes.")
@Subcommands({ImportCommand.class, ListCommand.class, TreeCommand.class, ShowCommand.class, InspectCommand.class,
            SetDescriptionCommand.class, HistoryCommand.class, RevertCommand.class, RecoverCommand.class})
public final class SitesCommand extends GroupCommand {
}
