package org.osdkit.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.osdkit.cli.command.ExitCodes;
import org.osdkit.cli.demo.DemoWorkflow;
import org.osdkit.web.Dashboard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code osdkit demo}: a sample estate and the seed's workflows in a fresh folder, then the dashboard.
 * Not a {@code LeafCommand}: it never opens the workspace of the global options (the user's real one),
 * only the demo folder's, through nested command lines run by {@link Main#run}.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Create a sample ConfigMgr estate in a new folder, run osdkit's workflows on it (drivers, sites, SMP cleanup, log diagnosis),",
            "print a summary and start the dashboard on it. Never touches your own workspace. The refusals it shows are expected."},
        footer = {"", "Example: osdkit demo --no-web --into ./osdkit-demo"})
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--into", paramLabel = "<folder>", description = "New or empty folder for the demo (default: a new osdkit-demo-<time> folder here).")
    Path into;

    @Option(names = "--no-web", description = "Stop after the summary instead of starting the dashboard.")
    boolean noWeb;

    @Option(names = "--port", paramLabel = "<port>", description = "Dashboard port, 0 for any free port (default: ${DEFAULT-VALUE}).")
    int port = Dashboard.DEFAULT_PORT;

    @Override
    public Integer call() throws Exception {
        Path folder = into != null ? into
                : Path.of("osdkit-demo-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        folder = folder.toAbsolutePath().normalize();
        if (!DemoWorkflow.emptyOrAbsent(folder)) {
            throw new ParameterException(spec.commandLine(), "--into " + folder + " must be a new or empty folder: the demo writes its own estate there");
        }
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        // The nested runs see no environment: no OSDKIT_DB_URL or OSDKIT_HOME can lead them to a real database.
        DemoWorkflow demo = new DemoWorkflow(folder, (args, o, e) -> Main.run(args, o, e, Map.of()), out, err);
        boolean asDesigned = demo.run();
        if (!asDesigned) {
            return ExitCodes.PROBLEMS;
        }
        if (noWeb) {
            return ExitCodes.OK;
        }
        err.println("Starting the dashboard on the demo workspace (Ctrl+C to stop) ...");
        err.flush();
        return Main.run(new String[] {"--workspace", demo.workspace().toString(), "web", "--port", Integer.toString(port)}, out, err, Map.of());
    }
}
