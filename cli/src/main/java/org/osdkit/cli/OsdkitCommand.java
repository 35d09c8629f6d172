package org.osdkit.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import org.osdkit.cli.command.AppContext;
import org.osdkit.cli.command.ContextHolder;
import org.osdkit.cli.command.Prompter;
import org.osdkit.cli.completion.CompletionCommand;
import org.osdkit.cli.drivers.DriversCommand;
import org.osdkit.cli.logs.LogsCommand;
import org.osdkit.cli.output.OutputFormat;
import org.osdkit.cli.sites.SitesCommand;
import org.osdkit.cli.smp.SmpCommand;
import org.osdkit.cli.terminal.StreamColours;
import org.osdkit.cli.terminal.TableWidth;
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
        footer = {"", "Exit codes: 0 success, 1 the command ran and found problems or failed, 2 usage error."})
public final class OsdkitCommand implements Runnable, ContextHolder {

    /**
     * The command groups, in the order help lists them. Not in {@code @Command(subcommands)}: picocli
     * would build every group's commands for every command line; {@link CommandGroups} builds only the
     * one a command line names.
     */
    static final List<Class<?>> GROUPS = List.of(DriversCommand.class, SitesCommand.class, SmpCommand.class, LogsCommand.class,
            WebCommand.class, StatusCommand.class, CompletionCommand.class,
            DemoCommand.class);

    private final Map<String, String> environment;
    private AppContext context;

    @Spec
    CommandSpec spec;

    @Option(names = "--workspace", scope = ScopeType.INHERIT, paramLabel = "<folder>",
            description = "Workspace folder for the embedded database and osdkit's own log (default: $OSDKIT_HOME, else ~/.osdkit; on Windows %%LOCALAPPDATA%%\\osdkit).")
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

    // Read before parsing by StreamColours (so help and usage errors obey it too); declared here to be
    // accepted and documented with the other global options.
    @Option(names = StreamColours.NO_COLOR_OPTION, scope = ScopeType.INHERIT,
            description = "No colour, as when output is redirected or NO_COLOR is set.")
    boolean noColor;

    @Option(names = "--progress", scope = ScopeType.INHERIT,
            description = "Progress bars on stderr even when it is not a terminal (on a terminal they are shown anyway; never on stdout).")
    boolean progress;

    /** Whether the process's stderr is a terminal, so progress is shown without --progress; set by the launcher. */
    boolean stderrTerminal;

    /** Where questions are asked; the process's stdin and stderr unless a test set its own. */
    Prompter prompter;

    /** The colour decisions for this command line; set by the launcher. */
    StreamColours colours = StreamColours.NONE;

    /** The width tables fit into; set by the launcher for the process's own stdout. */
    IntSupplier tableWidth = TableWidth.UNLIMITED;

    public OsdkitCommand(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Override
    public Prompter prompter() {
        if (prompter == null) {
            prompter = Prompter.system();
        }
        return prompter;
    }

    /** The environment the command line runs in. */
    Map<String, String> environment() {
        return environment;
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
            context = AppContext.open(root, url, output, verbosity(), environment, spec.commandLine(), colours, tableWidth);
            context.printer().showingProgress(progress || stderrTerminal);
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
