package org.osdkit.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.osdkit.cli.output.Printer;
import picocli.CommandLine;

/** The {@code osdkit} launcher's entry point. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, Printer.stdout(), Printer.stderr(), System.getenv());
        System.exit(code);
    }

    /** Runs one command line with the given writers and environment; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment) {
        OsdkitCommand root = new OsdkitCommand(environment);
        try {
            return commandLine(root, args, out, err).execute(args);
        } finally {
            root.close();
            out.flush();
            err.flush();
        }
    }

    /** The whole command tree. */
    static CommandLine commandLine(OsdkitCommand root, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(root);
        CommandGroups.addAll(cl, OsdkitCommand.GROUPS);
        return configure(cl, root, out, err);
    }

    /** The tree {@code args} needs: its command group in full, the others as stand-ins ({@link CommandGroups}). */
    static CommandLine commandLine(OsdkitCommand root, String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(root);
        CommandGroups.addFor(cl, OsdkitCommand.GROUPS, args);
        return configure(cl, root, out, err);
    }

    /** After the groups are added: converters and settings reach only the commands already there. */
    private static CommandLine configure(CommandLine cl, OsdkitCommand root, PrintWriter out, PrintWriter err) {
        Converters.register(cl);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(out);
        cl.setErr(err);
        ErrorReporter reporter = new ErrorReporter(root);
        cl.setExecutionExceptionHandler(reporter);
        cl.setParameterExceptionHandler(reporter);
        return cl;
    }
}
