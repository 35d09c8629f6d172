// Plan over N associations and N store folders generated on disk, against a plain walk of the same
// folders in the same run (target: ratio <= 2), with the peak heap printed (run with a small heap,
// e.g. BENCH_JAVA_OPTS=-Xmx256m). Usage: bench/run statemigration/PlanBench.java [stores] [folder]
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.osdkit.core.storage.Database;
import org.osdkit.core.storage.DatabaseSettings;
import org.osdkit.statemigration.associations.AssociationRepository;
import org.osdkit.statemigration.associations.ComputerAssociation;
import org.osdkit.statemigration.associations.MigrationBehavior;
import org.osdkit.statemigration.associations.MigrationStatus;
import org.osdkit.statemigration.associations.MigrationType;
import org.osdkit.statemigration.cleanup.CleanupPlan;
import org.osdkit.statemigration.cleanup.CleanupPlanner;
import org.osdkit.statemigration.inventory.ReconcileSmp;
import org.osdkit.statemigration.inventory.StoreFileSystem;
import org.osdkit.statemigration.jdbc.StateMigrationStorage;
import org.osdkit.statemigration.settings.DiskSpaceUnit;
import org.osdkit.statemigration.settings.MinDiskSpace;
import org.osdkit.statemigration.settings.SmpSettings;
import org.osdkit.statemigration.settings.StorageFolder;

public class PlanBench {

    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    static final int SHARES = 4;

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path root = args.length > 1 ? Files.createDirectories(Path.of(args[1])) : Files.createTempDirectory("smp-bench");
        Path storage = root.resolve("USMT");
        try (Database db = Database.open(DatabaseSettings.of("jdbc:h2:file:" + root.resolve("db").resolve("osdkit")))) {
            long t0 = System.nanoTime();
            List<ComputerAssociation> associations = generate(storage, n);
            AssociationRepository repo = StateMigrationStorage.jdbc(db).associations();
            repo.save(associations);
            associations = null;
            System.out.printf("generated %,d store folders (each USMT\\USMT.MIG) and %,d associations (file H2) in %.1f s under %s%n",
                    n, n, (System.nanoTime() - t0) / 1e9, storage);
            SmpSettings settings = new SmpSettings("SMP01", null, List.of(new StorageFolder(storage.toString(), storage, 99_999,
                    new MinDiskSpace(1, DiskSpaceUnit.GIGABYTES))), Duration.ofDays(14), Duration.ofDays(1), false, 2);
            Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

            long walkFiles = walk(storage);
            long baseline = best(() -> walk(storage));
            CleanupPlan[] last = new CleanupPlan[1];
            ReconcileSmp reconcile = new ReconcileSmp(repo, StoreFileSystem.nio());
            Runnable plan = () -> {
                last[0] = null; // the previous plan must not stay alive while the next one is made
                last[0] = new CleanupPlanner(clock).plan(reconcile.reconcile(settings), List.of());
            };
            plan.run();
            resetPeaks();
            long measured = best(plan::run);
            long peak = peakHeap();
            double ratio = (double) measured / baseline;
            System.out.printf("baseline: plain walk of the same folders (%,d files), best of 3: %,d ms%n", walkFiles, baseline / 1_000_000);
            System.out.printf("measured: plan (load associations from H2, scan, reconcile, plan), best of 3: %,d ms%n", measured / 1_000_000);
            System.out.printf("plan: %,d to delete, %,d items, %,d orphans; peak old-generation heap during the plan runs %,d MB (max heap %,d MB)%n",
                    last[0].deletions().size(), last[0].items().size(), last[0].orphans().size(), peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf("ratio %.2f (target <= 2): %s%n", ratio, ratio <= 2 ? "MET" : "NOT MET");
        } finally {
            long t = System.nanoTime();
            deleteTree(root);
            System.out.printf("deleted the generated data in %.1f s%n", (System.nanoTime() - t) / 1e9);
        }
    }

    /** n stores over SHARES share folders; about 5% expired, the rest inside the delay or never released; every 50th store has no association. */
    static List<ComputerAssociation> generate(Path storage, int n) throws IOException {
        byte[] mig = new byte[512];
        List<ComputerAssociation> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String share = "SMPSTORE_" + (i % SHARES) + "$";
            String name = String.format("%016X%016X", i * 0x9E3779B97F4A7C15L, i);
            Path usmt = Files.createDirectories(storage.resolve(share).resolve(name).resolve("USMT"));
            Files.write(usmt.resolve("USMT.MIG"), mig);
            if (i % 50 == 49) {
                continue;
            }
            Instant created = NOW.minus(Duration.ofDays(10 + i % 40));
            Instant released = i % 20 == 0 ? NOW.minus(Duration.ofDays(20)) : i % 3 == 0 ? null : NOW.minus(Duration.ofDays(5));
            out.add(new ComputerAssociation(i, i, "PC" + i, "PC" + i, null, null, null, null, "MID" + i, MigrationBehavior.CAPTUREANDRESTOREALL,
                    released == null ? MigrationStatus.INPROGRESS : MigrationStatus.COMPLETED, MigrationType.INPLACE, "S01", created, released,
                    null, "\\\\SMP01\\" + share + "\\" + name, List.of()));
        }
        // associations whose folders are gone (stale records)
        for (int i = n; i < n + n / 100; i++) {
            out.add(new ComputerAssociation(i, i, "PC" + i, "PC" + i, null, null, null, null, null, null, null, null, null,
                    NOW.minus(Duration.ofDays(60)), NOW.minus(Duration.ofDays(30)), null, "\\\\SMP01\\SMPSTORE_0$\\GONE" + i, List.of()));
        }
        return out;
    }

    static long walk(Path root) {
        AtomicLong files = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    files.incrementAndGet();
                    bytes.addAndGet(attrs.size());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return files.get();
    }

    interface Task {
        void run() throws Exception;
    }

    static long best(Task task) throws Exception {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            task.run();
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }

    static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The old generation's peak: what stays alive across collections, the figure that must stay bounded. */
    static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .filter(p -> p.getName().contains("Old") || p.getName().contains("Tenured"))
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
