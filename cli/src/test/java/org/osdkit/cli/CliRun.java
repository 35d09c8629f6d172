package org.osdkit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
}
