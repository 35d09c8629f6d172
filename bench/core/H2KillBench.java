// How many returned commits a SIGKILLed committing JVM loses on the embedded H2 file database, for the
// product's workspace URL and for variants of it, and whether H2 throws (MVStoreException: "read past end
// of file", background compaction) under concurrent writers. Not a timing benchmark: its figure is a count,
// and its baseline is the product URL measured in the same run on the same workload.
//
//   bench/run core/H2KillBench.java [rounds-per-variant] [variant-name ...]
//
// Per variant: a fresh database with a 300 000-row table; then `rounds` times: a child JVM (H2 on its class
// path, nothing else) commits, in 1 or 3 threads, three autocommit UPDATEs of random rows, then an
// UPDATE+INSERT transaction, and prints each inserted id once its commit returned; it is killed
// (destroyForcibly: SIGKILL on Linux) after a random 20 to 400 printed commits; the database is reopened
// and every printed id looked up. Printed and missing is a lost commit. Reported per variant: rounds with a
// loss, commits lost, exceptions the child or the reopen met, the file size after the rounds and after
// a reopen closed with SHUTDOWN COMPACT.
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.osdkit.core.storage.DatabaseSettings;
import org.osdkit.core.workspace.Workspace;

public class H2KillBench {

    /** Variants: what is appended to the product URL, and whether the child runs CHECKPOINT after each commit. */
    record Variant(String name, String extra, boolean checkpoint) { }

    static final List<Variant> VARIANTS = List.of(
            new Variant("product", "", false),
            new Variant("AUTO_COMPACT_FILL_RATE=0", ";AUTO_COMPACT_FILL_RATE=0", false),
            new Variant("CHECKPOINT-after-commit", "", true),
            new Variant("RETENTION_TIME=0", ";RETENTION_TIME=0", false),
            new Variant("REUSE_SPACE=FALSE", ";REUSE_SPACE=FALSE", false),
            new Variant("FILE_LOCK=FS", ";FILE_LOCK=FS", false));

    static final String CHILD = """
            import java.sql.*;
            import java.util.Random;
            public class Child {
                public static void main(String[] args) throws Exception {
                    String url = args[0];
                    int first = Integer.parseInt(args[1]);
                    int threads = Integer.parseInt(args[2]);
                    boolean checkpoint = Boolean.parseBoolean(args[3]);
                    Thread[] all = new Thread[threads];
                    for (int t = 0; t < threads; t++) {
                        int start = first + t * 1_000_000;
                        all[t] = new Thread(() -> commit(url, start, checkpoint));
                        all[t].start();
                    }
                    for (Thread t : all) t.join();
                }
                static void commit(String url, int first, boolean checkpoint) {
                    Random random = new Random();
                    try (Connection c = DriverManager.getConnection(url)) {
                        for (int id = first; ; id++) {
                            try (PreparedStatement u = c.prepareStatement("UPDATE big SET v = v + 1 WHERE id = ?")) {
                                for (int k = 0; k < 3; k++) { u.setInt(1, random.nextInt(300_000)); u.executeUpdate(); }
                                c.setAutoCommit(false);
                                u.setInt(1, random.nextInt(300_000)); u.executeUpdate();
                                try (PreparedStatement i = c.prepareStatement("INSERT INTO committed_rows (id) VALUES (?)")) {
                                    i.setInt(1, id); i.executeUpdate();
                                }
                                c.commit();
                                c.setAutoCommit(true);
                            }
                            if (checkpoint) {
                                try (Statement s = c.createStatement()) { s.execute("CHECKPOINT"); }
                            }
                            synchronized (System.out) { System.out.println("c" + id + ";"); System.out.flush(); }
                        }
                    } catch (Throwable e) {
                        synchronized (System.out) { System.out.println("EXCEPTION " + e); e.printStackTrace(System.out); System.out.flush(); }
                    }
                }
            }
            """;

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        List<String> only = args.length > 1 ? List.of(args).subList(1, args.length) : List.of();
        Path folder = Files.createTempDirectory("h2killbench");
        try {
            String h2 = Stream.of((System.getProperty("jdk.module.path", "") + java.io.File.pathSeparator + System.getProperty("java.class.path", ""))
                            .split(java.io.File.pathSeparator)).filter(p -> Path.of(p).getFileName() != null && Path.of(p).getFileName().toString().matches("h2-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no h2 jar on the path"));
            Path classes = folder.resolve("child");
            Files.createDirectories(classes);
            Files.writeString(classes.resolve("Child.java"), CHILD, StandardCharsets.UTF_8);
            if (ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), classes.resolve("Child.java").toString()) != 0) {
                throw new IllegalStateException("the child did not compile");
            }
            System.out.printf("H2 kill bench: %d rounds per variant, kills after 20-400 printed commits, 1 or 3 writer threads (alternating), H2 %s%n",
                    rounds, h2);
            Map<String, String> results = new LinkedHashMap<>();
            for (Variant v : VARIANTS) {
                if (!only.isEmpty() && !only.contains(v.name())) {
                    continue;
                }
                results.put(v.name(), run(v, rounds, folder.resolve(v.name().replaceAll("[^A-Za-z0-9]", "_")), classes + java.io.File.pathSeparator + h2));
                System.out.println(v.name() + ": " + results.get(v.name()));
            }
            System.out.println("summary (target: no lost commit, no exception, a bounded file):");
            results.forEach((k, r) -> System.out.println("  " + k + ": " + r));
        } finally {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static String run(Variant v, int rounds, Path ws, String childPath) throws Exception {
        String url = DatabaseSettings.forWorkspace(Workspace.open(ws)).url() + v.extra();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE big (id INT PRIMARY KEY, v INT, pad VARCHAR(100))");
            s.execute("INSERT INTO big SELECT X, 0, REPEAT('x', 80) FROM SYSTEM_RANGE(0, 299999)");
            s.execute("CREATE TABLE committed_rows (id INT PRIMARY KEY)");
        }
        Random random = new Random();
        Set<Integer> printed = new TreeSet<>();
        int next = 1;
        int lossRounds = 0;
        int lost = 0;
        int maxLost = 0;
        int childExceptions = 0;
        int reopenFailures = 0;
        List<String> exceptionKinds = new ArrayList<>();
        Path out = ws.resolve("child.out");
        for (int round = 0; round < rounds; round++) {
            if (round > 0 && round % 10 == 0) {
                System.out.printf("  %s: %d rounds done, %d with a loss%n", v.name(), round, lossRounds);
            }
            int threads = round % 2 == 0 ? 1 : 3;
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                    "-XX:+UseSerialGC", "-cp", childPath, "Child", url, Integer.toString(next), Integer.toString(threads), Boolean.toString(v.checkpoint()))
                    .redirectErrorStream(true).redirectOutput(out.toFile()).start();
            int killAfter = 20 + random.nextInt(380);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (count(out) < killAfter && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
            String text = Files.readString(out, StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("(?m)^c(\\d+);$").matcher(text);
            Set<Integer> seen = new HashSet<>();
            while (m.find()) {
                seen.add(Integer.parseInt(m.group(1)));
            }
            printed.addAll(seen);
            if (text.contains("EXCEPTION")) {
                childExceptions++;
                String line = text.lines().filter(l -> l.startsWith("EXCEPTION")).findFirst().orElse("");
                exceptionKinds.add("round " + round + ": " + line.substring(0, Math.min(200, line.length())));
            }
            next = (round + 1) * 10_000_000 + 1;
            try (Connection c = DriverManager.getConnection(url);
                 ResultSet rs = c.createStatement().executeQuery("SELECT id FROM committed_rows")) {
                Set<Integer> stored = new HashSet<>();
                while (rs.next()) {
                    stored.add(rs.getInt(1));
                }
                Set<Integer> missing = new TreeSet<>(printed);
                missing.removeAll(stored);
                if (!missing.isEmpty()) {
                    lossRounds++;
                    lost += missing.size();
                    maxLost = Math.max(maxLost, missing.size());
                    printed.removeAll(missing);
                    System.out.printf("  %s round %d (%d threads): lost %d of %d printed this round%n", v.name(), round, threads, missing.size(), seen.size());
                }
            } catch (SQLException e) {
                reopenFailures++;
                exceptionKinds.add("round " + round + " reopen: " + e);
                break;
            }
        }
        long sizeAfter = size(ws);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            exceptionKinds.add("shutdown compact: " + e);
        }
        long sizeCompacted = size(ws);
        return String.format("%d of %d rounds lost commits (%d commits, at most %d in a round), %d child exceptions, %d reopen failures%s; file %.1f MB after the rounds, %.1f MB after SHUTDOWN COMPACT",
                lossRounds, rounds, lost, maxLost, childExceptions, reopenFailures, exceptionKinds.isEmpty() ? "" : " " + exceptionKinds,
                sizeAfter / 1e6, sizeCompacted / 1e6);
    }

    static int count(Path out) {
        try {
            if (!Files.exists(out)) {
                return 0;
            }
            String text = Files.readString(out, StandardCharsets.UTF_8);
            int n = 0;
            for (int i = text.indexOf(";\n"); i >= 0; i = text.indexOf(";\n", i + 1)) {
                n++;
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long size(Path ws) throws IOException {
        try (Stream<Path> files = Files.walk(ws)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".mv.db")).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
