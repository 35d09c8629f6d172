package org.osdkit.cli.command;

/**
 * The root command as a command sees it: the holder of the application context, which it builds from
 * the global options on first use. An interface, so that this package need not know the root command,
 * which names every command group and so depends on all of them.
 */
public interface ContextHolder {

    /** The context of the running command line, created at the first call. */
    AppContext context();

    /** Where confirmation questions are asked and answered: the process's stdin and stderr unless a test set others. */
    default Prompter prompter() {
        return Prompter.system();
    }
}
