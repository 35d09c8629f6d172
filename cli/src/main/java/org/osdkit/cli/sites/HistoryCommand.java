package org.osdkit.cli.sites;

import org.osdkit.cli.command.ExitCodes;
import org.osdkit.cli.command.LeafCommand;
import org.osdkit.cli.output.Table;
import org.osdkit.core.SiteCode;
import org.osdkit.sites.description.ChangeHistory;
import org.osdkit.sites.description.SiteChange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code osdkit sites history}: the recorded description changes, newest first. */
@Command(name = "history", mixinStandardHelpOptions = true, description = "List the site description changes osdkit made, newest first.")
final class HistoryCommand extends LeafCommand {

    @Option(names = "--site", paramLabel = "<code>", description = "Only this site's changes.")
    SiteCode site;

    @Option(names = "--limit", paramLabel = "<n>", description = "At most this many (default: ${DEFAULT-VALUE}).")
    int limit = 50;

    @Override
    protected int execute() {
        Table table = Table.of("ChangeID", "ChangedAt", "Actor", "SiteCode", "OldValue", "NewValue", "RevertOf", "BackupFile", "ControlFile");
        for (SiteChange c : get(ChangeHistory.class).list(site, Math.max(1, limit))) {
            table.row(c.id(), c.changedAt(), c.actor(), c.site(), c.oldValue(), c.newValue(), c.revertOf(), c.backupFile(), c.controlFile());
        }
        printer().table(table);
        return ExitCodes.OK;
    }
}
