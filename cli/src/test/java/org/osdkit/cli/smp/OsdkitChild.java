package org.osdkit.cli.smp;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * {@code osdkit} in a child JVM: {@code org.osdkit.cli.Main} on this test's module and class path (as
 * core's TwoProcessesTest starts its child), so a test can run real processes at once and kill them
 * with {@code kill -9}. Output goes to a file the test reads afterwards.
 *
 * <p>A kill loop starts twenty-odd JVMs, so start-up is made cheap: the first child ({@link #warmUp})
 * writes a class-data-sharing archive of what osdkit loads and every later one maps it. CDS only
 * archives classes from jar files, so the build's class folders on the path are put into jars first.
 */
final class OsdkitChild {

    private static Launcher launcher;

    private final Process process;
    private final Path output;

    private OsdkitChild(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    /** How the children start: the path (class folders as jars) and, once written, the CDS archive. */
    private record Launcher(String modulePath, String classPath, Path archive) {
    }

    /**
     * Prepares the launcher in {@code folder} (kept for the whole test class) and runs {@code args} once
     * to write the CDS archive; later children start from it. Returns that first run's exit code.
     */
    static synchronized int warmUp(Path folder, List<String> args, Map<String, String> environment) throws InterruptedException {
        if (launcher == null || !Files.exists(launcher.archive())) {
            launcher = new Launcher(jarred(System.getProperty("jdk.module.path", ""), folder),
                    jarred(System.getProperty("java.class.path", ""), folder), folder.resolve("osdkit.jsa"));
            OsdkitChild first = start(args, environment, Map.of(), folder.resolve("warm-up.out"),
                    List.of("-XX:ArchiveClassesAtExit=" + launcher.archive()));
            return first.exitCode(180);
        }
        return 0;
    }

    /** Starts {@code osdkit args...} with {@code environment} added and the JVM system properties {@code properties}. */
    static OsdkitChild start(List<String> args, Map<String, String> environment, Map<String, String> properties, Path output) {
        List<String> cds = launcher != null && Files.exists(launcher.archive())
                ? List.of("-XX:SharedArchiveFile=" + launcher.archive()) : List.of();
        return start(args, environment, properties, output, cds);
    }

    private static OsdkitChild start(List<String> args, Map<String, String> environment, Map<String, String> properties, Path output,
                                     List<String> cds) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // Short-lived children on a busy 2-core machine: the C1 compiler and the serial collector start quickest.
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k", "-Xmx128m", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        command.addAll(cds);
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        String modulePath = launcher != null ? launcher.modulePath() : withoutTests(System.getProperty("jdk.module.path", ""));
        String classPath = launcher != null ? launcher.classPath() : withoutTests(System.getProperty("java.class.path", ""));
        // Surefire leaves what no module requires (guava, which Guice, an automatic module, reads) on the class path.
        command.addAll(List.of("--module-path", modulePath, "--class-path", classPath, "--add-modules", "ALL-MODULE-PATH",
                "-m", "org.osdkit.cli/org.osdkit.cli.Main"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        try {
            return new OsdkitChild(builder.start(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** kill -9: no shutdown hook, no finally block, no flush. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Waits for the exit (at most {@code seconds}) and returns its code; kills it and fails when it hangs. */
    int exitCode(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            kill();
            throw new AssertionError("osdkit did not finish within " + seconds + " s: " + output());
        }
        return process.exitValue();
    }

    String output() {
        try {
            return Files.exists(output) ? Files.readString(output) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This test's module or class path without the test classes: the child runs the same osdkit and libraries. */
    private static String withoutTests(String path) {
        return String.join(File.pathSeparator, List.of(path.split(File.pathSeparator)).stream()
                .filter(p -> !p.isBlank() && !p.contains("test-classes")).toList());
    }

    /** {@link #withoutTests} with every class folder replaced by a jar of it in {@code folder}. */
    private static String jarred(String path, Path folder) {
        List<String> out = new ArrayList<>();
        for (String entry : withoutTests(path).split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (!entry.isBlank() && Files.isDirectory(p)) {
                Path module = p.getParent() == null || p.getParent().getParent() == null ? p : p.getParent().getParent();
                Path jar = folder.resolve("classes-" + out.size() + "-" + module.getFileName() + ".jar");
                jar(p, jar);
                out.add(jar.toString());
            } else if (!entry.isBlank()) {
                out.add(entry);
            }
        }
        return String.join(File.pathSeparator, out);
    }

    private static void jar(Path classes, Path jar) {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> walk = Files.walk(classes)) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace(File.separatorChar, '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
