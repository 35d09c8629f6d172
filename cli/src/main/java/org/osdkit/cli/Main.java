package org.osdkit.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.osdkit.cli.command.AppContext;
import org.osdkit.cli.logs.ErrcodeCommand;
import org.osdkit.cli.output.OutputFormat;
import org.osdkit.cli.output.Printer;
import org.osdkit.cli.terminal.StreamColours;
import org.osdkit.cli.terminal.TableWidth;
import org.osdkit.cli.terminal.Terminals;
import picocli.CommandLine;

/** The {@code osdkit} launcher's entry point. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Map<String, String> environment = System.getenv();
        OsdkitCommand root = new OsdkitCommand(environment);
        root.tableWidth = TableWidth.forStdout(environment);
        root.stderrTerminal = Terminals.isTerminal(2);
        int code = run(root, args, Printer.stdout(), Printer.stderr(), StreamColours.detect(args, environment));
        System.exit(code);
    }

    /** Runs one command line with the given writers and environment; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment) {
        // Writers other than the process's streams are no terminal: no colour.
        return run(args, out, err, environment, StreamColours.NONE);
    }

    /** As above, colouring each stream as {@code colours} decided. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment, StreamColours colours) {
        return run(new OsdkitCommand(environment), args, out, err, colours);
    }

    private static int run(OsdkitCommand root, String[] args, PrintWriter out, PrintWriter err, StreamColours colours) {
        try {
            if (versionOnly(args)) {
                // What picocli prints for --version, without building the command model: reading the
                // root's annotations and loading picocli's parser is most of this command's start-up.
                for (String line : new VersionProvider().getVersion()) {
                    out.println(line);
                }
                return 0;
            }
            if (ErrcodeCommand.isPlainDecode(args) && !AppContext.setsCheckedSettings(root.environment())) {
                // Numbers only, which cannot fail: printed as the command prints them, without picocli's
                // command model (most of this command's start-up). No workspace, as for the command; an
                // environment setting the command line would check (and might refuse) takes picocli's way.
                return ErrcodeCommand.runPlain(args, new Printer(out, err, OutputFormat.table, null, colours, root.tableWidth));
            }
            return commandLine(root, args, out, err, colours).execute(args);
        } finally {
            root.close();
            out.flush();
            err.flush();
        }
    }

    /** {@code osdkit --version} or {@code -V} and nothing else. */
    static boolean versionOnly(String[] args) {
        return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    }

    /** The whole command tree. */
    static CommandLine commandLine(OsdkitCommand root, PrintWriter out, PrintWriter err) {
        return commandLine(root, out, err, StreamColours.NONE);
    }

    static CommandLine commandLine(OsdkitCommand root, PrintWriter out, PrintWriter err, StreamColours colours) {
        root.colours = colours;
        CommandLine cl = new CommandLine(root);
        CommandGroups.addAll(cl, OsdkitCommand.GROUPS);
        return configure(cl, root, out, err, colours);
    }

    /** The tree {@code args} needs: its command group in full, the others as stand-ins ({@link CommandGroups}). */
    static CommandLine commandLine(OsdkitCommand root, String[] args, PrintWriter out, PrintWriter err) {
        return commandLine(root, args, out, err, StreamColours.NONE);
    }

    static CommandLine commandLine(OsdkitCommand root, String[] args, PrintWriter out, PrintWriter err, StreamColours colours) {
        root.colours = colours;
        CommandLine cl = new CommandLine(root);
        CommandGroups.addFor(cl, OsdkitCommand.GROUPS, args);
        return configure(cl, root, out, err, colours);
    }

    /** After the groups are added: converters and settings reach only the commands already there. */
    private static CommandLine configure(CommandLine cl, OsdkitCommand root, PrintWriter out, PrintWriter err, StreamColours colours) {
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(colours.out().ansi()));
        Converters.register(cl);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(out);
        cl.setErr(err);
        ErrorReporter reporter = new ErrorReporter(root, colours.err());
        cl.setExecutionExceptionHandler(reporter);
        cl.setParameterExceptionHandler(reporter);
        HelpSections.install(cl);
        return cl;
    }
}
