package org.osdkit.core.storage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.workspace.Workspace;
import org.osdkit.core.testing.ChildJvm;

/**
 * A committed transaction survives {@code kill -9} of the process on the embedded H2 file database
 * (H2 writes commits in the background by default; the workspace URL makes it write them at commit).
 * A child JVM commits rows one by one and prints each id once its commit returned; it is killed
 * (SIGKILL: {@link Process#destroyForcibly()} on Linux) at a random moment, and every printed id
 * must be in the reopened database. A few rounds, each on the database the previous one left.
 */
class H2DurabilityTest {

    private static final String CHILD = """
            import org.osdkit.core.storage.Database;
            import org.osdkit.core.storage.DatabaseSettings;
            public class Committer {
                public static void main(String[] args) {
                    int first = Integer.parseInt(args[1]);
                    try (Database db = Database.open(DatabaseSettings.of(args[0]))) {
                        for (int id = first; id < first + 1_000_000; id++) {
                            int n = id;
                            db.jdbi().useHandle(h -> h.execute("INSERT INTO committed_rows (id) VALUES (?)", n));
                            System.out.println("c" + n + ";");
                            System.out.flush();
                        }
                    }
                }
            }
            """;

    @TempDir
    Path folder;

    @Test
    void everyCommitPrintedBeforeAKillNineIsThereAfterwards() throws Exception {
        DatabaseSettings settings = DatabaseSettings.forWorkspace(Workspace.open(folder.resolve("ws")));
        try (Database db = Database.open(settings)) {
            db.jdbi().useHandle(h -> h.execute("CREATE TABLE committed_rows (id INT PRIMARY KEY)"));
        }
        Random random = new Random();
        Set<Integer> printed = new TreeSet<>();
        int next = 1;
        for (int round = 0; round < 3; round++) {
            // The child owns the database file alone: were this JVM holding it, the child would write
            // through this JVM's AUTO_SERVER and a kill would prove nothing.
            Process child = ChildJvm.sourceProgram(folder, "Committer", CHILD, settings.url(), Integer.toString(next))
                    .redirectErrorStream(true).start();
            ConcurrentLinkedQueue<Integer> seen = new ConcurrentLinkedQueue<>();
            StringBuilder other = new StringBuilder();
            Thread reader = new Thread(() -> read(child, seen, other), "committer-output");
            reader.start();
            // A random moment once commits flow: after 20 to 400 of them.
            int killAfter = 20 + random.nextInt(380);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (seen.size() < killAfter && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            assertTrue(child.isAlive(), "the committer stopped by itself: " + other);
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            reader.join(10_000);
            assertFalse(seen.isEmpty(), "the committer printed nothing: " + other);
            printed.addAll(seen);
            next = printed.stream().mapToInt(Integer::intValue).max().orElse(0) + 1_000;

            try (Database db = Database.open(settings)) {
                Set<Integer> stored = new HashSet<>(db.jdbi().withHandle(h -> h.createQuery("SELECT id FROM committed_rows").mapTo(Integer.class).list()));
                Set<Integer> lost = new TreeSet<>(printed);
                lost.removeAll(stored);
                assertTrue(lost.isEmpty(), "round " + round + ": committed and printed but gone after kill -9: " + lost);
            }
        }
    }

    /** Only complete "c<id>;" lines count: a line cut by the kill proves nothing. */
    private static void read(Process child, ConcurrentLinkedQueue<Integer> seen, StringBuilder other) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.matches("c\\d+;")) {
                    seen.add(Integer.parseInt(line.substring(1, line.length() - 1)));
                } else if (other.length() < 4000) {
                    other.append(line).append('\n');
                }
            }
        } catch (IOException ignored) {
            // The pipe closes when the child is killed.
        }
    }
}
