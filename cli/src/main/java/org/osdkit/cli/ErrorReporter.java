package org.osdkit.cli;

import java.io.PrintWriter;
import org.osdkit.cli.command.ExitCodes;
import org.osdkit.cli.terminal.Colours;
import org.osdkit.core.OsdkitException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Installed once on the root command: usage mistakes exit 2 with one hint, failures exit 1 with one
 * line naming the error code; stack traces only with {@code -v}, and always in osdkit's log.
 */
final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {

    private final OsdkitCommand root;
    private final Colours colours;

    ErrorReporter(OsdkitCommand root, Colours colours) {
        this.root = root;
        this.colours = colours;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println(colours.error("ERROR: " + e.getMessage()));
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for usage.");
        err.flush();
        return ExitCodes.USAGE;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, ParseResult parseResult) {
        if (e instanceof ParameterException pe) {
            // Settings a command checks itself (environment values, option combinations) are usage errors too.
            return handleParseException(pe, parseResult.originalArgs().toArray(String[]::new));
        }
        PrintWriter err = cl.getErr();
        OsdkitException oe = OsdkitException.in(e).orElse(null);
        if (oe != null) {
            err.println(colours.error("ERROR [" + oe.code().id() + "]: " + oe.describe()));
            log().error("{} failed: [{}] {}", cl.getCommandSpec().qualifiedName(), oe.code().id(), oe.describe(), oe);
        } else {
            err.println(colours.error("ERROR: unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + (root.verbosity() > 0 ? "" : " (run again with -v for details)")));
            log().error("{} failed unexpectedly", cl.getCommandSpec().qualifiedName(), e);
        }
        if (root.verbosity() > 0) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.PROBLEMS;
    }

    /** Asked only on a failure: a command line that succeeds need not start slf4j for this class. */
    private static Logger log() {
        return LoggerFactory.getLogger(ErrorReporter.class);
    }
}
