package org.osdkit.core.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Real mounts for a test (Linux, as root): {@link #bind} and {@link #tmpfs} mount or skip the test with
 * the reason printed; {@link #close} unmounts, newest first. Close it (in {@code @AfterEach}) before the
 * test's temporary folders are cleaned, so their cleanup never walks into a mounted tree.
 */
public final class BindMounts implements AutoCloseable {

    private final List<Path> mounted = new ArrayList<>();

    /** Mounts {@code what} on {@code where} ({@code mount --bind}): the same file system, which no device number tells apart. */
    public void bind(Path what, Path where) throws IOException, InterruptedException {
        mount(where, "--bind", what.toString(), where.toString());
    }

    /** Mounts a tmpfs of {@code size} (e.g. {@code 1m}) on {@code where}: another file system. */
    public void tmpfs(Path where, String size) throws IOException, InterruptedException {
        mount(where, "-t", "tmpfs", "-o", "size=" + size, "tmpfs", where.toString());
    }

    private void mount(Path where, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("mount"));
        command.addAll(List.of(args));
        String failure = run(command.toArray(String[]::new));
        if (failure != null) {
            System.out.println("Skipped: cannot mount here (" + failure + ")");
        }
        assumeTrue(failure == null, () -> "cannot mount here: " + failure);
        mounted.add(0, where);
    }

    @Override
    public void close() throws IOException {
        try {
            for (Path p : mounted) {
                run("umount", p.toString());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        mounted.clear();
    }

    /** Runs a command; {@code null} when it succeeded, else what went wrong. */
    private static String run(String... command) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return e.getMessage();
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return String.join(" ", command) + " did not finish";
        }
        return p.exitValue() == 0 ? null : String.join(" ", command) + " exited " + p.exitValue() + ": " + output;
    }
}
