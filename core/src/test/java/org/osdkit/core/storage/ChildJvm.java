package org.osdkit.core.storage;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Another osdkit process for the multi-process tests: a single-file Java program on this test's module and class path. */
final class ChildJvm {

    private ChildJvm() {
    }

    /** Writes {@code program} (public class {@code name}) into {@code folder} and returns a builder that runs it with {@code args}. */
    static ProcessBuilder of(Path folder, String name, String program, String... args) throws IOException {
        Path source = folder.resolve(name + ".java");
        Files.writeString(source, program, StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "--module-path", path("jdk.module.path"), "--class-path", path("java.class.path"), "--add-modules", "ALL-MODULE-PATH",
                source.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    /** The module or class path this test runs on, less the test classes, so the child runs the same core and libraries. */
    private static String path(String property) {
        return String.join(File.pathSeparator, List.of(System.getProperty(property, "").split(File.pathSeparator)).stream()
                .filter(p -> !p.isBlank() && !p.contains("test-classes")).toList());
    }
}
