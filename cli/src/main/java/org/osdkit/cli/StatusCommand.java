package org.osdkit.cli;

import java.util.Map;
import org.osdkit.cli.command.ExitCodes;
import org.osdkit.cli.command.LeafCommand;
import org.osdkit.cli.output.Table;
import org.osdkit.core.OsdkitVersion;
import org.osdkit.core.storage.Database;
import org.osdkit.core.storage.DatabaseStatus;
import org.osdkit.core.workspace.Workspace;
import picocli.CommandLine.Command;

/** {@code osdkit status}: the workspace, the database and its schema versions at a glance. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show the workspace, osdkit's log file and the database with each module's schema version.")
final class StatusCommand extends LeafCommand {

    @Override
    protected int execute() {
        // Core's bindings only: status reads the database's history tables and needs no domain module.
        Workspace workspace = getCore(Workspace.class);
        Database database = getCore(Database.class);
        DatabaseStatus status = database.status();
        Table table = Table.of("Property", "Value")
                .row("Version", OsdkitVersion.current())
                .row("Workspace", workspace.root())
                .row("OwnLog", workspace.ownLog())
                .row("DatabaseKind", status.kind())
                .row("DatabaseUrl", status.url())
                .row("DatabaseProduct", status.product());
        for (Map.Entry<String, Integer> schema : new java.util.TreeMap<>(status.schemaVersions()).entrySet()) {
            table.row("Schema." + schema.getKey(), schema.getValue());
        }
        printer().table(table);
        return ExitCodes.OK;
    }
}
