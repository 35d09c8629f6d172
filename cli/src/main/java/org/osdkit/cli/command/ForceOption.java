package org.osdkit.cli.command;

import picocli.CommandLine.Option;

/**
 * {@code --force}: do not ask for confirmation, and nothing else. A command that asks before a
 * high-impact change (or before replacing a file) skips the question; it never allows anything that
 * would otherwise be refused.
 */
public final class ForceOption {

    @Option(names = "--force", description = "Do not ask for confirmation (a session without a console needs it).")
    boolean force;

    public boolean enabled() {
        return force;
    }

    /** The high-impact question, unless {@code --force}: true to go ahead. */
    public boolean approve(String operation, String target) {
        return Confirmation.confirm(force, operation, target);
    }
}
