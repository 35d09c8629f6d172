package org.osdkit.cli.logs;

import org.osdkit.cli.command.GroupCommand;
import org.osdkit.cli.command.Subcommands;
import picocli.CommandLine.Command;

/** {@code osdkit logs}: ConfigMgr logs: parse, merge, tail, decode error codes, diagnose known failures. */
@Command(name = "logs", mixinStandardHelpOptions = true,
        description = "ConfigMgr logs: parse, merge, tail, decode error codes, diagnose known failures.")
@Subcommands({ParseCommand.class, MergeCommand.class, TailCommand.class, DiagnoseCommand.class, ErrcodeCommand.class,
                ConvertCommand.class, TsCommand.class, HistoryCommand.class})
public final class LogsCommand extends GroupCommand {
}
