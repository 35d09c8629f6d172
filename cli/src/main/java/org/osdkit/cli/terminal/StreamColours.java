package org.osdkit.cli.terminal;

import java.util.Map;
import java.util.function.IntPredicate;

/** The colour decisions for stdout and stderr, which differ when only one of them is redirected. */
public record StreamColours(Colours out, Colours err) {

    /** The option that turns colour off; accepted anywhere on the command line, as the global options are. */
    public static final String NO_COLOR_OPTION = "--no-color";

    /** No colour on either stream. */
    public static final StreamColours NONE = new StreamColours(Colours.NONE, Colours.NONE);

    /**
     * Decides before picocli parses the line, so that the usage help and a usage error already follow
     * {@code --no-color}. {@code isTerminal} answers for file descriptor 1 (stdout) and 2 (stderr).
     */
    public static StreamColours detect(String[] args, Map<String, String> environment, IntPredicate isTerminal, boolean windows) {
        boolean noColor = requested(args);
        return new StreamColours(Colours.decide(isTerminal.test(1), noColor, environment, windows),
                Colours.decide(isTerminal.test(2), noColor, environment, windows));
    }

    /** For the process's own streams. */
    public static StreamColours detect(String[] args, Map<String, String> environment) {
        return detect(args, environment, Terminals::isTerminal, Terminals.windows());
    }

    private static boolean requested(String[] args) {
        for (String arg : args) {
            if (arg.equals("--")) {
                return false; // after "--" it is an argument, not the option
            }
            if (arg.equals(NO_COLOR_OPTION)) {
                return true;
            }
        }
        return false;
    }
}
