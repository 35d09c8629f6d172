package org.osdkit.cli.sites;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code osdkit} in a child JVM, on the module path this test runs on (as core's TwoProcessesTest does),
 * so a test can kill it with {@code kill -9} ({@link Process#destroyForcibly()}) at a moment of its
 * choosing. The child's output is collected line by line as it comes.
 */
final class ChildCli implements AutoCloseable {

    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final Thread reader;

    private ChildCli(Process process) {
        this.process = process;
        this.reader = new Thread(this::read, "child-osdkit-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code osdkit args...}. */
    static ChildCli start(List<String> args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // A short-lived JVM: no optimising compiler, no parallel GC threads, no perf data file in /tmp.
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xshare:auto",
                "--module-path", path("jdk.module.path"), "--add-modules", "ALL-MODULE-PATH"));
        String classPath = path("java.class.path");
        if (!classPath.isEmpty()) {
            command.addAll(List.of("--class-path", classPath));
        }
        command.addAll(List.of("-m", "org.osdkit.cli/org.osdkit.cli.Main"));
        command.addAll(args);
        try {
            return new ChildCli(new ProcessBuilder(command).redirectErrorStream(true).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The module or class path this test runs on, without the test classes, so the child runs the same osdkit and libraries. */
    private static String path(String property) {
        String value = System.getProperty(property, "");
        return String.join(File.pathSeparator, List.of(value.split(File.pathSeparator)).stream()
                .filter(p -> !p.isBlank() && !p.contains("test-classes")).toList());
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            // The child was killed: its output ends here.
        }
    }

    /** Waits until the child prints a line containing {@code text}; false when it ended (or {@code timeout} passed) without one. */
    boolean awaitLine(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lines) {
            while (lines.stream().noneMatch(l -> l.contains(text))) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || (!process.isAlive() && !reader.isAlive())) {
                    return false;
                }
                lines.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 50)));
            }
            return true;
        }
    }

    Process process() {
        return process;
    }

    /** Kills the JVM the way {@code kill -9} does (no shutdown hooks, nothing flushed) and waits until it is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the killed child did not end");
        }
    }

    int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the child did not finish within " + timeout + ":\n" + output());
        }
        reader.join(5000);
        return process.exitValue();
    }

    String output() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
