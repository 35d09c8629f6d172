package org.osdkit.core.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.workspace.Workspace;

/**
 * Another local user against a workspace osdkit has open. H2's auto-server listens on loopback for any process
 * that presents the key written in the database's lock file, and then serves the database as its owner: a user
 * who can read that file can remove a hold or rewrite the audit trail. So the lock file and the database file
 * must be out of other users' reach, in a workspace folder left as open as a home folder often is. Run for real
 * as uid 65534 (nobody, through setpriv) when the tests run as root, as on this machine and in CI.
 */
@EnabledOnOs(OS.LINUX)
class OtherUsersTest {

    private static final int NOBODY = 65534;

    @TempDir
    Path folder;

    @Test
    void anotherUserCanReadNeitherTheLockFileWithTheServerKeyNorTheDatabase() throws Exception {
        assumeTrue(isRoot(), "needs root to act as another user");
        // The temporary folder is the owner's alone already; open it as a home folder often is, so that only
        // the workspace's own folders stand between the other user and the files.
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path root = Files.createDirectory(folder.resolve("ws"));
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        Workspace ws = Workspace.open(root);
        try (Database db = Database.open(DatabaseSettings.forWorkspace(ws))) {
            db.jdbi().useHandle(h -> h.execute("CREATE TABLE held (id INT)"));
            Path lock = ws.databaseFolder().resolve("osdkit.lock.db");
            assertTrue(Files.readString(lock).contains("id="), "the lock file holds the auto-server's key");
            Run listing = asNobody("ls", root.toString());
            assertEquals(0, listing.exit(), "the workspace folder stays as the user made it: " + listing.output());
            for (Path secret : List.of(lock, ws.databaseFolder().resolve("osdkit.mv.db"), ws.databaseFolder())) {
                Run read = asNobody(Files.isDirectory(secret) ? "ls" : "cat", secret.toString());
                assertNotEquals(0, read.exit(), "another user read " + secret + ":\n" + read.output());
                assertTrue(read.output().contains("Permission denied"), read.output());
            }
        }
    }

    private record Run(int exit, String output) {
    }

    private static Run asNobody(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--"));
        line.addAll(List.of(command));
        Process p = new ProcessBuilder(line).redirectErrorStream(true).start();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", line) + " did not end in 30 s");
        }
        return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static boolean isRoot() {
        try {
            return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid") == 0;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
