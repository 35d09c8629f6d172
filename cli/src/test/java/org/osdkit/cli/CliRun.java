package org.osdkit.cli;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.osdkit.cli.command.ConfirmOption;
import org.osdkit.cli.command.Confirmation;
import org.osdkit.cli.command.Prompter;
import org.osdkit.core.whatif.PlannedOperation;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** One run of the CLI in this JVM with captured output: what a test asserts on. */
public record CliRun(int exitCode, String out, String err) {

    /** Runs {@code osdkit --workspace <workspace> args...} with an empty environment. */
    public static CliRun in(Path workspace, String... args) {
        return with(Map.of(), workspace, args);
    }

    public static CliRun with(Map<String, String> environment, Path workspace, String... args) {
        List<String> all = new ArrayList<>();
        if (workspace != null) {
            all.add("--workspace");
            all.add(workspace.toString());
        }
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), environment);
        return new CliRun(code, out.toString(), err.toString());
    }

    /**
     * Runs as {@link #in}, with {@code answers} answering every {@code --confirm} question in place of
     * the console a test does not have.
     */
    public static CliRun answering(Function<PlannedOperation, Confirmation.Answer> answers, Path workspace, String... args) {
        List<String> all = new ArrayList<>(List.of("--workspace", workspace.toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        OsdkitCommand root = new OsdkitCommand(Map.of());
        int code;
        try {
            CommandLine cl = Main.commandLine(root, new PrintWriter(out), new PrintWriter(err));
            answerWith(cl, answers);
            code = cl.execute(all.toArray(String[]::new));
        } finally {
            root.close();
        }
        return new CliRun(code, out.toString(), err.toString());
    }

    /**
     * Runs as {@link #in} with {@code stdin} typed at a terminal: the confirmation questions are asked on
     * the captured stderr and read from {@code stdin}; {@code [S] Suspend} runs {@code onSuspend}.
     */
    public static CliRun typing(String stdin, Runnable onSuspend, Path workspace, String... args) {
        List<String> all = new ArrayList<>(List.of("--workspace", workspace.toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        OsdkitCommand root = new OsdkitCommand(Map.of());
        PrintWriter errWriter = new PrintWriter(err, true);
        root.prompter = new Prompter(new StringReader(stdin), errWriter, true, e -> onSuspend.run());
        int code;
        try {
            code = Main.commandLine(root, new PrintWriter(out), errWriter).execute(all.toArray(String[]::new));
        } finally {
            root.close();
        }
        return new CliRun(code, out.toString(), err.toString());
    }

    private static void answerWith(CommandLine cl, Function<PlannedOperation, Confirmation.Answer> answers) {
        for (CommandSpec mixin : cl.getCommandSpec().mixins().values()) {
            if (mixin.userObject() instanceof ConfirmOption confirm) {
                confirm.askWith(answers);
            }
        }
        cl.getSubcommands().values().forEach(sub -> answerWith(sub, answers));
    }
}
