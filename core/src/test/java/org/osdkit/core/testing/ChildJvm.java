package org.osdkit.core.testing;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * A child JVM on this test's module and class path (less the test classes, so the child runs the same
 * osdkit and libraries), for the tests that need real processes: two at once on one database, or one
 * killed with {@code kill -9} ({@link #kill()}: no shutdown hook, no finally block, no flush) at a
 * moment the test chooses. Its output (stdout and stderr) goes to a file the test can read while it
 * runs ({@link #awaitLine}) and afterwards.
 *
 * <p>A kill loop starts dozens of JVMs, so start-up is cheap: short-lived JVM options (C1 only, serial
 * GC), and optionally a class-data-sharing archive written by a first run ({@link #warmUp}) and mapped by
 * every later child of that main. CDS archives only classes from jars, so the build's class folders on
 * the path are jarred first.
 */
public final class ChildJvm implements AutoCloseable {

    /** The CLI's main, the usual child. */
    public static final String OSDKIT = "org.osdkit.cli/org.osdkit.cli.Main";

    private static final Map<String, Launcher> LAUNCHERS = new LinkedHashMap<>();

    private final Process process;
    private final Path output;

    private ChildJvm(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    /** Jars of the class folders and the CDS archive, kept in a folder of the test class. */
    private record Launcher(String modulePath, String classPath, Path archive) {
        boolean usable() {
            return Files.exists(archive);
        }
    }

    /** What to start: a main ({@code module/class}) with arguments, environment, system properties and JVM options. */
    public static final class Builder {
        private final String main;
        private final List<String> args = new ArrayList<>();
        private final Map<String, String> environment = new LinkedHashMap<>();
        private final Map<String, String> properties = new LinkedHashMap<>();
        private final List<String> jvmOptions = new ArrayList<>();

        private Builder(String main) {
            this.main = main;
        }

        public Builder args(List<String> more) {
            args.addAll(more);
            return this;
        }

        public Builder args(String... more) {
            return args(List.of(more));
        }

        public Builder environment(Map<String, String> more) {
            environment.putAll(more);
            return this;
        }

        public Builder properties(Map<String, String> more) {
            properties.putAll(more);
            return this;
        }

        public Builder jvmOptions(String... more) {
            jvmOptions.addAll(List.of(more));
            return this;
        }

        /** Starts it, its output to {@code output}. */
        public ChildJvm start(Path output) {
            Launcher launcher;
            synchronized (LAUNCHERS) {
                launcher = LAUNCHERS.get(main);
            }
            return launch(this, output, launcher != null && launcher.usable() ? launcher : null, List.of());
        }
    }

    /** A child running {@code main} ({@code module/class}, e.g. {@link #OSDKIT}). */
    public static Builder of(String main) {
        return new Builder(main);
    }

    /** {@code osdkit args...}. */
    public static Builder osdkit(List<String> args) {
        return of(OSDKIT).args(args);
    }

    /**
     * Prepares the CDS launcher of {@code builder}'s main in {@code folder} (a folder the test class keeps)
     * and runs {@code builder} once to write the archive; later children of that main map it until the
     * folder is gone. Returns that first run's exit code.
     */
    public static int warmUp(Path folder, Builder builder) throws InterruptedException {
        Launcher launcher;
        synchronized (LAUNCHERS) {
            launcher = LAUNCHERS.get(builder.main);
            if (launcher != null && launcher.usable()) {
                return 0;
            }
            launcher = new Launcher(jarred(System.getProperty("jdk.module.path", ""), folder),
                    jarred(System.getProperty("java.class.path", ""), folder), folder.resolve("child.jsa"));
        }
        ChildJvm first = launch(builder, folder.resolve("warm-up.out"), launcher, List.of("-XX:ArchiveClassesAtExit=" + launcher.archive()));
        int code = first.exitCode(180);
        synchronized (LAUNCHERS) {
            LAUNCHERS.put(builder.main, launcher);
        }
        return code;
    }

    private static ChildJvm launch(Builder b, Path output, Launcher launcher, List<String> archiveOptions) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // Short-lived children on a busy 2-core machine: the C1 compiler and the serial collector start quickest.
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xss512k", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        command.addAll(b.jvmOptions);
        if (launcher != null && archiveOptions.isEmpty()) {
            command.add("-XX:SharedArchiveFile=" + launcher.archive());
        }
        command.addAll(archiveOptions);
        b.properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        String modulePath = launcher != null ? launcher.modulePath() : testPath("jdk.module.path");
        String classPath = launcher != null ? launcher.classPath() : testPath("java.class.path");
        if (!modulePath.isEmpty()) {
            command.addAll(List.of("--module-path", modulePath, "--add-modules", "ALL-MODULE-PATH"));
        }
        // Surefire leaves what no module requires (guava, which Guice, an automatic module, reads) on the class path.
        if (!classPath.isEmpty()) {
            command.addAll(List.of("--class-path", classPath));
        }
        command.addAll(b.main.contains("/") ? List.of("-m", b.main) : List.of(b.main));
        command.addAll(b.args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(b.environment);
        try {
            return new ChildJvm(builder.start(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes {@code program} (a single-file Java program, public class {@code name}) into {@code folder} and
     * returns a builder that runs it from source with {@code args}, on this test's paths.
     */
    public static ProcessBuilder sourceProgram(Path folder, String name, String program, String... args) throws IOException {
        Path source = folder.resolve(name + ".java");
        Files.writeString(source, program, StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "--module-path", testPath("jdk.module.path"), "--class-path", testPath("java.class.path"), "--add-modules", "ALL-MODULE-PATH",
                source.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    /**
     * Starts {@code program} as {@link #sourceProgram} does, as a child a {@link KillLoop} can kill, its output
     * (stdout and stderr) to {@code output}.
     */
    public static ChildJvm startSource(Path folder, String name, String program, Path output, String... args) throws IOException {
        return new ChildJvm(sourceProgram(folder, name, program, args).redirectErrorStream(true).redirectOutput(output.toFile()).start(), output);
    }

    /** This test's module or class path without the test classes. */
    public static String testPath(String property) {
        return String.join(File.pathSeparator, Stream.of(System.getProperty(property, "").split(File.pathSeparator))
                .filter(p -> !p.isBlank() && !p.contains("test-classes")).toList());
    }

    public long pid() {
        return process.pid();
    }

    public boolean alive() {
        return process.isAlive();
    }

    public Process process() {
        return process;
    }

    /** kill -9 (SIGKILL): no shutdown hook, no finally block, no flush; returns once the process is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the killed child " + process.pid() + " did not end");
        }
    }

    /** Waits for the exit (at most {@code seconds}) and returns its code; kills it and fails when it hangs. */
    public int exitCode(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            kill();
            throw new AssertionError("the child did not finish within " + seconds + " s: " + output());
        }
        return process.exitValue();
    }

    /** Waits until the child prints a line containing {@code text}; false when it ended (or {@code timeout} passed) without one. */
    public boolean awaitLine(String text, Duration timeout) throws InterruptedException {
        return await(() -> output().contains(text), timeout) || output().contains(text);
    }

    /** Waits while the child runs until {@code condition} holds; false when it ended or {@code timeout} passed first. */
    public boolean await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                return condition.getAsBoolean();
            }
            Thread.sleep(2);
        }
        return true;
    }

    /** Everything the child printed so far. */
    public String output() {
        try {
            return Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    /** {@link #testPath} with every class folder replaced by a jar of it in {@code folder}. */
    private static String jarred(String path, Path folder) {
        List<String> out = new ArrayList<>();
        for (String entry : Stream.of(path.split(File.pathSeparator)).filter(p -> !p.isBlank() && !p.contains("test-classes")).toList()) {
            Path p = Path.of(entry);
            if (Files.isDirectory(p)) {
                Path module = p.getParent() == null || p.getParent().getParent() == null ? p : p.getParent().getParent();
                Path jar = folder.resolve("classes-" + out.size() + "-" + module.getFileName() + ".jar");
                jar(p, jar);
                out.add(jar.toString());
            } else {
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
