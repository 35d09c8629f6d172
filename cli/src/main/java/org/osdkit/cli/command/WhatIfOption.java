package org.osdkit.cli.command;

import picocli.CommandLine.Option;

/** {@code --what-if}, PowerShell's {@code -WhatIf}: show what the command would change, change nothing. */
public final class WhatIfOption {

    @Option(names = "--what-if", description = "Show what would change (\"What if:\" lines) and change nothing.")
    boolean whatIf;

    /** True when nothing may be changed. */
    public boolean enabled() {
        return whatIf;
    }
}
