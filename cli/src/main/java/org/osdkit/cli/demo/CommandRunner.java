package org.osdkit.cli.demo;

import java.io.PrintWriter;

/** Runs one osdkit command line in this process (the top-level command hands in its own launcher). */
@FunctionalInterface
public interface CommandRunner {

    int run(String[] args, PrintWriter out, PrintWriter err);
}
