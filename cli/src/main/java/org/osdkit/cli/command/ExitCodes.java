package org.osdkit.cli.command;

/** The exit codes every osdkit command uses; documented in the README. */
public final class ExitCodes {

    /** The command did what was asked and found nothing wrong. */
    public static final int OK = 0;
    /** The command ran and found problems (failed stores, error-level findings) or failed. */
    public static final int PROBLEMS = 1;
    /** The command line was wrong: unknown option, missing or malformed argument. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
