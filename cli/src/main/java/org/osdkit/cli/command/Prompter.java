package org.osdkit.cli.command;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Locale;
import org.osdkit.cli.output.Printer;
import org.osdkit.cli.terminal.Terminals;

/**
 * Where questions are asked and answered: the question on stderr (stdout may be a pipe or carry JSON),
 * the answer from stdin. There is a person to ask when stdin is a terminal, whatever stdout is:
 * {@code System.console()} is null as soon as stdout is piped ({@code osdkit smp cleanup | tee run.txt}),
 * yet the admin still sits at the keyboard. Not when stdin is a file or a pipe (a script, a scheduled task).
 */
public final class Prompter {

    /** What {@code [S] Suspend} does: PowerShell's nested prompt, here a shell until the admin types {@code exit}. */
    @FunctionalInterface
    public interface Suspension {
        void suspend(PrintWriter err);
    }

    private final BufferedReader in;
    private final PrintWriter err;
    private final boolean interactive;
    private final Suspension suspension;

    /**
     * @param in          where answers are read
     * @param err         where questions are written
     * @param interactive whether a person answers (false: every question is refused rather than left hanging)
     * @param suspension  what {@code [S] Suspend} does
     */
    public Prompter(Reader in, PrintWriter err, boolean interactive, Suspension suspension) {
        this.in = in instanceof BufferedReader b ? b : new BufferedReader(in);
        this.err = err;
        this.interactive = interactive;
        this.suspension = suspension;
    }

    /** The process's stdin and stderr; interactive when stdin is a terminal. */
    public static Prompter system() {
        Charset charset = System.console() != null ? System.console().charset() : Charset.defaultCharset();
        return new Prompter(new InputStreamReader(System.in, charset), Printer.stderr(), Terminals.isTerminal(0), Prompter::shell);
    }

    /** True when there is a person to ask. */
    public boolean interactive() {
        return interactive;
    }

    PrintWriter err() {
        return err;
    }

    /** Shows {@code question} (no line end) and reads one line; null at the end of the input. */
    String ask(String question) {
        err.print(question);
        err.flush();
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void suspend() {
        suspension.suspend(err);
    }

    /** A nested shell on the same terminal; the question is asked again when it exits. */
    private static void shell(PrintWriter err) {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        String shell = windows ? System.getenv().getOrDefault("COMSPEC", "cmd.exe") : System.getenv().getOrDefault("SHELL", "/bin/sh");
        err.println("Suspended: " + shell + " runs until you type \"exit\"; then the question is asked again.");
        err.flush();
        try {
            new ProcessBuilder(shell).inheritIO().start().waitFor();
        } catch (IOException e) {
            err.println("Cannot start " + shell + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
