package org.osdkit.cli.smp;

import picocli.CommandLine.Option;

/** The {@code --smp} option shared by the commands that work on one State Migration Point. */
final class SmpOption {

    @Option(names = "--smp", paramLabel = "<server>",
            description = "The State Migration Point (its server name); may be left out when only one is configured.")
    String server;
}
