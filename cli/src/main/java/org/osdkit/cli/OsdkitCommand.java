package org.osdkit.cli;

import java.nio.file.Path;
import java.util.Map;
import org.osdkit.cli.command.AppContext;
import org.osdkit.cli.command.ContextHolder;
import org.osdkit.cli.drivers.DriversCommand;
import org.osdkit.cli.logs.LogsCommand;
import org.osdkit.cli.output.OutputFormat;
import org.osdkit.cli.sites.SitesCommand;
import org.osdkit.cli.smp.SmpCommand;
import org.osdkit.cli.web.WebCommand;
import org.osdkit.core.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command: global options, the command groups, and the lazily built application context. */
@Command(name = "osdkit",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Toolkit for Windows deployment with Configuration Manager: driver packages, sites, State Migration Points and logs.",
        subcommands = {DriversCommand.class, SitesCommand.class, SmpCommand.class, LogsCommand.class, WebCommand.class, StatusCommand.class, DemoCommand.class},
        footer = {"", "Exit codes: 0 success, 1 the command ran and found problems or failed, 2 usage error."})
public final class OsdkitCommand implements Runnable, ContextHolder {

    private final Map<String, String> environment;
    private AppContext context;

    @Spec
    CommandSpec spec;

    @Option(names = "--workspace", scope = ScopeType.INHERIT, paramLabel = "<folder>",
            description = "Workspace folder for the embedded database and osdkit's own log (default: $OSDKIT_HOME or ~/.osdkit).")
    Path workspace;

    @Option(names = "--db-url", scope = ScopeType.INHERIT, paramLabel = "<jdbc-url>",
            description = "A PostgreSQL JDBC URL to share one database between osdkit instances (default: $OSDKIT_DB_URL, else the embedded H2 database).")
    String databaseUrl;

    @Option(names = "--output", scope = ScopeType.INHERIT, paramLabel = "table|json|csv",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: table).")
    OutputFormat output = OutputFormat.table;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "More detail: stack traces on errors and DEBUG records in osdkit's log (-vv: libraries too).")
    boolean[] verbose = new boolean[0];

    public OsdkitCommand(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    int verbosity() {
        return verbose.length;
    }

    /** The context for the running command, created at the first call (so --help touches nothing). */
    @Override
    public AppContext context() {
        if (context == null) {
            Path root = workspace != null ? workspace : Workspace.defaultRoot(environment);
            String url = databaseUrl != null ? databaseUrl : environment.get("OSDKIT_DB_URL");
            context = AppContext.open(root, url, output, verbosity(), environment, spec.commandLine());
        }
        return context;
    }

    void close() {
        if (context != null) {
            context.close();
            context = null;
        }
    }
}
