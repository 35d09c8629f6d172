package org.osdkit.cli.completion;

import java.util.concurrent.Callable;
import org.osdkit.cli.command.ExitCodes;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Prints a completion script for one shell on stdout. Not a {@code LeafCommand}: it needs only the
 * command model, so it opens no workspace and no database.
 */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = "Print the shell completion script for bash, zsh or PowerShell on stdout.",
        footer = {"", "Examples:",
            "  source <(osdkit completion bash)                      # bash, this session; add to ~/.bashrc to keep",
            "  source <(osdkit completion zsh)                       # zsh; add to ~/.zshrc to keep",
            "  osdkit completion powershell | Out-String | Invoke-Expression   # PowerShell; add to $PROFILE"})
public final class CompletionCommand implements Callable<Integer> {

    /** The shells a script is generated for. */
    public enum Shell { bash, zsh, powershell }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "bash|zsh|powershell",
            description = "The shell to complete in: ${COMPLETION-CANDIDATES}.")
    Shell shell;

    @Override
    public Integer call() {
        CommandLine root = spec.root().commandLine();
        spec.commandLine().getOut().print(script(shell, root));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    /** The script for {@code shell} over the whole command tree of {@code root}. */
    public static String script(Shell shell, CommandLine root) {
        String name = root.getCommandName();
        return switch (shell) {
            // picocli's bash script loads zsh's bashcompinit itself when zsh sources it: one script serves both.
            case bash, zsh -> AutoComplete.bash(name, root);
            case powershell -> PowerShellCompletion.script(name, root.getCommandSpec());
        };
    }
}
