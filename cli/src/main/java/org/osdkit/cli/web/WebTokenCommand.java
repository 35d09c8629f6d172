package org.osdkit.cli.web;

import java.util.Map;
import org.osdkit.cli.command.ExitCodes;
import org.osdkit.cli.command.LeafCommand;
import org.osdkit.cli.output.OutputFormat;
import org.osdkit.core.audit.AuditEntry;
import org.osdkit.core.audit.AuditJournal;
import org.osdkit.web.ApiToken;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code osdkit web token [--rotate]}: where the dashboard's API token is kept; a new one with {@code --rotate}. */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = {"Say where the dashboard's API token is kept (the file holds only its hash, owner-only). With --rotate: make a",
            "new token, print it once, and end every session signed in with the old one (a running dashboard notices at once)."})
final class WebTokenCommand extends LeafCommand {

    @Option(names = "--rotate", description = "Replace the token and print the new one.")
    boolean rotate;

    @Override
    protected int execute() {
        ApiToken token = ApiToken.in(app().settings().workspace());
        if (!rotate) {
            boolean exists = java.nio.file.Files.exists(token.file());
            printer().info(exists ? "The API token's hash is in " + token.file() + "; the token itself was shown once. 'osdkit web token --rotate'"
                    + " makes a new one." : "No API token yet: 'osdkit web' makes one at its first start, or run 'osdkit web token --rotate'.");
            return ExitCodes.OK;
        }
        String created = token.rotate();
        get(AuditJournal.class).record(new AuditEntry(get(java.time.Clock.class).instant(), app().settings().actor().toString(), "web.token.rotate",
                token.file().getFileName().toString(), null, null, "ok"));
        if (printer().format() == OutputFormat.json) {
            printer().json(Map.of("token", created));
        } else {
            printer().info("New API token (shown this once): " + created);
        }
        return ExitCodes.OK;
    }
}
