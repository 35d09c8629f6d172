package org.osdkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The training run of the launchers' class-data sharing archive (started with
 * {@code -XX:ArchiveClassesAtExit}): runs the commands whose start-up matters, so the classes they
 * load (picocli's command tree, Guice, H2, Hikari, Flyway, each domain's storage) are archived and
 * later runs map them instead of loading them from the jars. Works in a temporary workspace it deletes,
 * and prints nothing: the archive is all that counts.
 */
final class CdsTraining {

    private CdsTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path workspace = Files.createTempDirectory("osdkit-cds-training");
        try {
            for (List<String> line : commandLines(workspace)) {
                // Exit codes do not matter here (a command may find problems): only the loaded classes do.
                Main.run(line.toArray(String[]::new), quiet(), quiet(), Map.of("OSDKIT_HOME", workspace.toString()));
            }
        } finally {
            delete(workspace);
        }
    }

    static List<List<String>> commandLines(Path workspace) {
        String ws = workspace.toString();
        return List.of(
                List.of("--version"),
                List.of("--help"),
                List.of("logs", "errcode", "0x80004005"),
                List.of("logs", "errcode", "--output", "json", "80070057"),
                List.of("--workspace", ws, "status"),
                // Twice: the second run finds the schema up to date, the path every later run takes.
                List.of("--workspace", ws, "status"),
                List.of("--workspace", ws, "drivers", "list"),
                List.of("--workspace", ws, "sites", "list"),
                List.of("--workspace", ws, "smp", "settings", "show"),
                List.of("drivers", "--help"),
                List.of("sites", "--help"),
                List.of("smp", "--help"),
                List.of("logs", "--help"));
    }

    private static PrintWriter quiet() {
        return new PrintWriter(Writer.nullWriter());
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
