package org.osdkit.core.storage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.testing.ChildJvm;
import org.osdkit.core.testing.KillLoop;
import org.osdkit.core.workspace.Workspace;

/**
 * The embedded H2 database with the workspace URL under what the product does to it: several writers and a
 * reader in one process at once, killed with {@code kill -9} at a random moment. What must hold every round:
 * no MVStoreException (or any other) in the child while it runs (the web bench met "read past end of file" in
 * H2's background chunk rewriting under load), and the file reopens afterwards. What H2 2.5.252 does not
 * always keep, a killed process's last returned commits, is counted and reported, not asserted (it loses them
 * about one kill in ten; see {@link DatabaseSettings#forWorkspace} and {@code bench/core/H2KillBench.java},
 * which counts it over many rounds per URL variant). The file stays bounded: H2's space reuse, which no
 * variant that stopped the losses kept, is what this test also pins.
 */
class H2KillHarnessTest {

    private static final String CHILD = """
            import java.sql.*;
            import java.util.Random;
            public class Writers {
                public static void main(String[] args) throws Exception {
                    String url = args[0];
                    int first = Integer.parseInt(args[1]);
                    Thread reader = new Thread(() -> {
                        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
                            while (true) { try (ResultSet r = s.executeQuery("SELECT COUNT(*), SUM(v) FROM big")) { r.next(); } }
                        } catch (Throwable e) { fail(e); }
                    });
                    reader.setDaemon(true);
                    reader.start();
                    Thread[] writers = new Thread[3];
                    for (int t = 0; t < writers.length; t++) {
                        int start = first + t * 1_000_000;
                        writers[t] = new Thread(() -> write(url, start));
                        writers[t].start();
                    }
                    for (Thread t : writers) t.join();
                }
                static void write(String url, int first) {
                    Random random = new Random();
                    try (Connection c = DriverManager.getConnection(url, "sa", "");
                         PreparedStatement u = c.prepareStatement("UPDATE big SET v = v + 1 WHERE id = ?");
                         PreparedStatement i = c.prepareStatement("INSERT INTO committed_rows (id) VALUES (?)")) {
                        for (int id = first; ; id++) {
                            for (int k = 0; k < 3; k++) { u.setInt(1, random.nextInt(50_000)); u.executeUpdate(); }
                            c.setAutoCommit(false);
                            u.setInt(1, random.nextInt(50_000)); u.executeUpdate();
                            i.setInt(1, id); i.executeUpdate();
                            c.commit();
                            c.setAutoCommit(true);
                            synchronized (System.out) { System.out.println("c" + id + ";"); System.out.flush(); }
                        }
                    } catch (Throwable e) { fail(e); }
                }
                static void fail(Throwable e) {
                    synchronized (System.out) { System.out.println("EXCEPTION " + e); e.printStackTrace(System.out); System.out.flush(); }
                }
            }
            """;

    @TempDir
    Path folder;

    @Test
    void concurrentWritersAndAReaderMeetNoStoreExceptionAndEveryKillLeavesAFileThatReopens() throws Exception {
        DatabaseSettings settings = DatabaseSettings.forWorkspace(Workspace.open(folder.resolve("ws")));
        try (Database db = Database.open(settings)) {
            db.jdbi().useHandle(h -> {
                h.execute("CREATE TABLE big (id INT PRIMARY KEY, v INT, pad VARCHAR(100))");
                h.execute("INSERT INTO big SELECT X, 0, REPEAT('x', 80) FROM SYSTEM_RANGE(0, 49999)");
                h.execute("CREATE TABLE committed_rows (id INT PRIMARY KEY)");
            });
        }
        KillLoop loop = KillLoop.of("H2 concurrent writers", 4);
        Set<Integer> printed = new TreeSet<>();
        int lost = 0;
        for (int round = 0; round < loop.rounds(); round++) {
            Path out = folder.resolve("round-" + round + ".out");
            // The child owns the file alone: were this JVM holding it, the child would write through this JVM's AUTO_SERVER.
            ChildJvm child = ChildJvm.startSource(folder, "Writers", CHILD, out, settings.url(), Integer.toString((round + 1) * 10_000_000));
            int killAfter = 30 + loop.random().nextInt(300);
            assertTrue(loop.killWhen(child, () -> commits(child.output()).size() >= killAfter, Duration.ofSeconds(120), 50),
                    loop.where(round) + ": the writers stopped by themselves: " + child.output());
            String text = child.output();
            assertFalse(text.contains("EXCEPTION"), loop.where(round) + ": H2 failed under concurrent writers and a reader:\n" + text);
            Set<Integer> seen = commits(text);
            assertFalse(seen.isEmpty(), loop.where(round) + ": nothing committed: " + text);
            printed.addAll(seen);
            try (Database db = Database.open(settings)) {
                Set<Integer> stored = new HashSet<>(db.jdbi().withHandle(h -> h.createQuery("SELECT id FROM committed_rows").mapTo(Integer.class).list()));
                Set<Integer> missing = new TreeSet<>(printed);
                missing.removeAll(stored);
                loop.tally(missing.isEmpty() ? "no commit lost" : "returned commits lost");
                lost += missing.size();
                printed.removeAll(missing);
            }
        }
        System.out.println(loop.summary() + "; " + lost + " returned commits lost in all (H2 2.5.252, not asserted)");
    }

    @Test
    void theFileStaysBoundedUnderManySmallCommits() throws Exception {
        DatabaseSettings settings = DatabaseSettings.forWorkspace(Workspace.open(folder.resolve("ws")));
        try (Database db = Database.open(settings)) {
            db.jdbi().useHandle(h -> {
                h.execute("CREATE TABLE counter (id INT PRIMARY KEY, v INT)");
                h.execute("INSERT INTO counter VALUES (1, 0)");
                for (int i = 0; i < 3000; i++) {
                    h.execute("UPDATE counter SET v = v + 1 WHERE id = 1");
                }
            });
        }
        long size = Files.size(Workspace.open(folder.resolve("ws")).databaseFolder().resolve("osdkit.mv.db"));
        // With REUSE_SPACE=FALSE (the one variant that stopped the losses in a harness) the same 3 000 commits left 42 MB.
        assertTrue(size < 8_000_000, "3 000 one-row commits left a " + size + " byte file");
    }

    private static Set<Integer> commits(String text) {
        Set<Integer> ids = new HashSet<>();
        Matcher m = Pattern.compile("(?m)^c(\\d+);$").matcher(text);
        while (m.find()) {
            ids.add(Integer.parseInt(m.group(1)));
        }
        return ids;
    }
}
