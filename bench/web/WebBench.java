// Benchmark of the dashboard (issue 13): seeds a workspace's embedded database through the modules' storage
// APIs (100,000 catalog drivers, 1,000 driver packages of 100 drivers each with their content status on four
// DPs, 10,000 state-migration associations in one save, 50 stored diagnosis runs), starts the dashboard on
// loopback and measures the drivers package list, the package page, the first page of every package's content
// status (/api/v1/drivers/distribution), the overview endpoint and the HTML /drivers page under a bounded
// load (fixed concurrency, fixed number of requests, API token sent), each against the health endpoint in the
// same run. The data is generated at run time in a temporary workspace and deleted afterwards. Usage:
//   bench/run web/WebBench.java [--drivers 100000] [--packages 1000] [--associations 10000] [--runs 50]
//                               [--concurrency 4] [--requests 2000] [--keep]
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.osdkit.core.Actor;
import org.osdkit.core.Architecture;
import org.osdkit.core.CoreSettings;
import org.osdkit.core.HardwareModel;
import org.osdkit.core.OsTarget;
import org.osdkit.core.PackageId;
import org.osdkit.core.SiteCode;
import org.osdkit.core.UncPath;
import org.osdkit.core.storage.Database;
import org.osdkit.core.storage.DatabaseSettings;
import org.osdkit.drivers.catalog.CatalogDriver;
import org.osdkit.drivers.catalog.CatalogModel;
import org.osdkit.drivers.catalog.DriverCatalog;
import org.osdkit.drivers.catalog.DriverDetail;
import org.osdkit.drivers.catalog.DriverFile;
import org.osdkit.drivers.catalog.DuplicateOption;
import org.osdkit.drivers.catalog.PlatformSection;
import org.osdkit.drivers.distribution.DistributionPoint;
import org.osdkit.drivers.distribution.DistributionState;
import org.osdkit.drivers.distribution.DistributionStatus;
import org.osdkit.drivers.distribution.DistributionStore;
import org.osdkit.drivers.inf.DriverVer;
import org.osdkit.drivers.inf.DriverVersion;
import org.osdkit.drivers.inf.InfKind;
import org.osdkit.drivers.inf.SectionState;
import org.osdkit.drivers.jdbc.DriversStorage;
import org.osdkit.drivers.packages.DriverPackage;
import org.osdkit.drivers.packages.DriverPackageStore;
import org.osdkit.logs.diagnosis.DiagnoseLogs;
import org.osdkit.logs.diagnosis.DiagnosisHistory;
import org.osdkit.logs.diagnosis.DiagnosisReport;
import org.osdkit.logs.diagnosis.RulePack;
import org.osdkit.logs.jdbc.LogsStorage;
import org.osdkit.logs.read.LogFile;
import org.osdkit.logs.read.ReadOptions;
import org.osdkit.statemigration.associations.ComputerAssociation;
import org.osdkit.statemigration.associations.MigrationBehavior;
import org.osdkit.statemigration.associations.MigrationStatus;
import org.osdkit.statemigration.associations.MigrationType;
import org.osdkit.statemigration.jdbc.StateMigrationStorage;
import org.osdkit.web.Dashboard;
import org.osdkit.web.DashboardOptions;

public class WebBench {

    static final SiteCode SITE = SiteCode.of("PR1");
    static final Actor ADMIN = new Actor("benchadmin", "CONTOSO", "cm01");
    static final OsTarget WIN10 = OsTarget.parse("Win10-22H2", Architecture.X64);
    static final String[] DPS = {"dp01.contoso.com", "dp02.contoso.com", "dp03.contoso.com", "dp04.contoso.com"};
    /** Requests per endpoint before the measured ones (JIT, connection pool, database caches): a tenth of them, at least 4. */
    static int warmUp = 4;

    public static void main(String[] args) throws Exception {
        int drivers = 100_000;
        int packages = 1_000;
        int associations = 10_000;
        int runs = 50;
        int concurrency = 4;
        int requests = 2_000;
        boolean keep = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--drivers" -> drivers = Integer.parseInt(args[++i]);
                case "--packages" -> packages = Integer.parseInt(args[++i]);
                case "--associations" -> associations = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--concurrency" -> concurrency = Integer.parseInt(args[++i]);
                case "--requests" -> requests = Integer.parseInt(args[++i]);
                case "--keep" -> keep = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        warmUp = Math.max(4, requests / 10);
        Path workspace = Files.createTempDirectory("osdkit-web-bench");
        try {
            // No background compaction: in a first run, H2 2.5.252 failed rewriting chunks of the freshly seeded file
            // under load (MVStoreException reading past its end) and the requests then hung.
            String url = "jdbc:h2:file:" + workspace.resolve("db").resolve("osdkit") + ";LOCK_TIMEOUT=10000;AUTO_COMPACT_FILL_RATE=0";
            List<PackageId> ids = seed(workspace, url, drivers, packages, associations, runs);
            CoreSettings settings = CoreSettings.of(workspace, url).withActor(ADMIN);
            try (Dashboard dashboard = Dashboard.start(settings, DashboardOptions.defaults().withPort(0))) {
                String token = dashboard.newToken().orElseThrow();
                String base = "http://127.0.0.1:" + dashboard.port();
                PackageId middle = ids.get(ids.size() / 2);
                System.out.printf("%nLoad: %,d requests per endpoint after %d warm-up requests, %d at a time over loopback (%d cores), "
                        + "Authorization: Bearer <API token>%n", requests, warmUp, concurrency, Runtime.getRuntime().availableProcessors());
                Result health = measure(base, token, "/api/v1/health", concurrency, requests);
                List<Result> measured = List.of(
                        measure(base, token, "/api/v1/drivers/packages", concurrency, requests),
                        measure(base, token, "/api/v1/drivers/packages/" + middle, concurrency, requests),
                        measure(base, token, "/api/v1/drivers/distribution", concurrency, requests),
                        measure(base, token, "/api/v1/overview", concurrency, requests),
                        measure(base, token, "/drivers", concurrency, requests));
                System.out.printf("%n%-40s %9s %9s %9s %8s %10s %10s%n", "endpoint", "req/s", "p50 ms", "p99 ms", "KB/resp", "req/s vs", "p50 vs");
                System.out.printf("%-40s %9.0f %9.2f %9.2f %8.1f %10s %10s%n", health.path, health.rps(), health.p50(), health.p99(), health.kb(), "1", "1");
                for (Result r : measured) {
                    if (r.failed > 0) {
                        System.out.printf("%-40s answered %d of %d requests with a status other than 200 (first: %d): not served here%n",
                                r.path, r.failed, requests, r.firstBadStatus);
                        continue;
                    }
                    System.out.printf("%-40s %9.0f %9.2f %9.2f %8.1f %10.2f %10.1f%n", r.path, r.rps(), r.p50(), r.p99(), r.kb(),
                            r.rps() / health.rps(), r.p50() / health.p50());
                }
                System.out.println("(\"req/s vs\": requests per second as a fraction of the health endpoint's; \"p50 vs\": median latency as a multiple of its)");
            }
        } finally {
            if (!keep) {
                try (Stream<Path> s = Files.walk(workspace)) {
                    for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            } else {
                System.out.println("kept " + workspace);
            }
        }
    }

    // ---------------------------------------------------------------- seeding through the storage APIs

    static List<PackageId> seed(Path workspace, String url, int drivers, int packages, int associations, int runs) throws IOException {
        List<PackageId> ids = new ArrayList<>();
        try (Database db = Database.open(DatabaseSettings.of(url))) {
            DriversStorage storage = DriversStorage.jdbc(db);
            long start = System.nanoTime();
            DriverCatalog catalog = storage.catalog();
            int perPackage = Math.max(1, drivers / packages);
            Instant now = Instant.now();
            for (int d = 0; d < drivers; d++) {
                catalog.add(driver(d, "Model " + (d / perPackage), now), DuplicateOption.SKIP);
                if ((d + 1) % 20_000 == 0 && d + 1 < drivers) {
                    System.out.printf("  %,d drivers after %.0f s%n", d + 1, (System.nanoTime() - start) / 1e9);
                }
            }
            System.out.printf("Seeded %,d catalog drivers in %.1f s (one DriverCatalog.add each: the port has no batch insert)%n",
                    drivers, (System.nanoTime() - start) / 1e9);

            start = System.nanoTime();
            DriverPackageStore store = storage.packages();
            DistributionStore distribution = storage.distribution();
            for (String dp : DPS) {
                distribution.addPoint(new DistributionPoint(dp, SITE, UncPath.of("\\\\" + dp + "\\SMSPKGD$")));
            }
            distribution.addToGroup("Branch DPs", List.of(DPS));
            DistributionState[] states = DistributionState.values();
            UncPath share = UncPath.of("\\\\cm01.contoso.com\\Drivers$");
            for (int p = 0; p < packages; p++) {
                HardwareModel model = new HardwareModel("Lenovo", "Model " + p, String.format(Locale.ROOT, "%04dCTO", p));
                List<String> hashes = new ArrayList<>(perPackage);
                for (int d = p * perPackage; d < Math.min(drivers, (p + 1) * perPackage); d++) {
                    hashes.add(hash(d));
                }
                PackageId id = store.allocate(SITE);
                store.insert(new DriverPackage(id, DriverPackage.defaultName(model, WIN10), "bench package " + p, model, WIN10, share,
                        DriverPackage.folderFor(share, WIN10, model), 1, List.of("Model " + p), List.of(), List.of(), hashes, now, now));
                for (int k = 0; k < DPS.length; k++) {
                    // Mostly distributed, some of every other state, as a real estate shows them.
                    DistributionState state = (p + k) % 10 == 0 ? states[(p + k) % states.length] : DistributionState.DISTRIBUTED;
                    distribution.setStatus(new DistributionStatus(id, DPS[k], state, 1, now, state == DistributionState.DISTRIBUTED ? null : "bench"));
                }
                ids.add(id);
            }
            System.out.printf("Seeded %,d driver packages of %d drivers each, %d DPs with a content status each, in %.1f s%n",
                    packages, perPackage, DPS.length, (System.nanoTime() - start) / 1e9);

            start = System.nanoTime();
            List<ComputerAssociation> rows = new ArrayList<>(associations);
            Instant created = LocalDate.of(2009, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
            for (int a = 0; a < associations; a++) {
                String name = String.format(Locale.ROOT, "PC%05d", a);
                Instant released = a % 3 == 0 ? created.plus(Duration.ofDays(10 + a % 40)) : null;
                rows.add(new ComputerAssociation(16_777_216L + a, 16_777_216L + a, name, name, null, null, "CONTOSO\\user" + a, null, "MID" + a,
                        MigrationBehavior.CAPTUREANDRESTOREALL, MigrationStatus.values()[a % 3], MigrationType.SIDEBYSIDE, "S01", created, released, null,
                        "\\\\SMP01\\SMPSTOREE_B2DE4AB0$\\S" + a, List.of("CONTOSO\\user" + a)));
            }
            StateMigrationStorage.jdbc(db).associations().save(rows);
            System.out.printf("Seeded %,d state-migration associations in one save in %.1f s%n", associations, (System.nanoTime() - start) / 1e9);

            start = System.nanoTime();
            Path log = workspace.resolve("smsts.log");
            Files.writeString(log, smsts());
            DiagnosisHistory history = LogsStorage.jdbc(db).diagnosisHistory();
            DiagnoseLogs diagnose = new DiagnoseLogs(Clock.systemUTC());
            int findings = 0;
            for (int r = 0; r < runs; r++) {
                DiagnosisReport report = diagnose.diagnose(List.of(log.toString()), List.of(LogFile.of(log)), RulePack.builtIn(), ReadOptions.defaults(), p -> { });
                findings += report.findings().size();
                history.record(report, ADMIN);
            }
            Files.delete(log);
            System.out.printf("Seeded %d diagnosis runs (%d findings in all) in %.1f s%n", runs, findings, (System.nanoTime() - start) / 1e9);
        }
        return ids;
    }

    /** A synthetic PnP driver: its hash from its number, one platform, two models lines. */
    static DriverDetail driver(int d, String category, Instant now) {
        String hash = hash(d);
        String inf = "oem" + d + ".inf";
        CatalogDriver driver = new CatalogDriver(hash, "Bench device " + d, inf, "\\\\cm01.contoso.com\\Sources$\\bench\\" + d, inf, "Net",
                "{4d36e972-e325-11ce-bfc1-08002be10318}", "Contoso", new DriverVer(LocalDate.of(2020, 1 + d % 12, 1 + d % 28),
                new DriverVersion(10, d % 100, d % 1000, 0), 0), true, "bench" + d + ".cat", InfKind.PNP_DRIVER, false, false, true,
                List.of(category), now, ADMIN.toString());
        List<DriverFile> files = List.of(new DriverFile(inf, 4_700, hash), new DriverFile("bench" + d + ".sys", 262_144, hash(d + 1_000_000_000)));
        List<PlatformSection> platforms = List.of(new PlatformSection(0, "Contoso", "NTamd64", SectionState.PRESENT));
        String hw = String.format(Locale.ROOT, "PCI\\VEN_8086&DEV_%04X&SUBSYS_%08X", d % 0x10000, d);
        List<CatalogModel> models = List.of(
                new CatalogModel(hash, 0, "NTamd64", "Bench device " + d, hw, List.of("PCI\\VEN_8086&CC_0200"), "Install", false, 0),
                new CatalogModel(hash, 0, "NTamd64", "Bench device " + d + " (rev 2)", hw + "&REV_02", List.of(), "Install", false, 0));
        return new DriverDetail(driver, hash, hash(d + 2_000_000_000), files, platforms, models);
    }

    /** A SHA-256-shaped identity made from the number. */
    static String hash(long n) {
        byte[] b = new byte[32];
        long x = n * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
        for (int i = 0; i < 32; i++) {
            x ^= x >>> 29;
            x *= 0xBF58476D1CE4E5B9L;
            b[i] = (byte) (x >>> 56);
        }
        return HexFormat.of().formatHex(b);
    }

    /** A task sequence log with the failures the built-in rules know: a content lookup that fails and a failed step. */
    static String smsts() {
        StringBuilder b = new StringBuilder();
        String[] lines = {
            "Start executing an instruction. Instruction name: Apply Driver Package. Instruction pointer: 12",
            "Content location request for PR100012:1 failed. (Code 0x80004005)",
            "Failed to resolve PackageID=PR100012. (Code 0x80004005)",
            "Failed to run the action: Apply Driver Package. Unspecified error (Error: 80004005; Source: Windows)",
            "Process completed with exit code 2147500037",
        };
        for (int i = 0; i < 200; i++) {
            String message = lines[i % lines.length];
            b.append("<![LOG[").append(message).append("]LOG]!><time=\"08:")
                    .append(String.format(Locale.ROOT, "%02d:%02d.000+480", i / 60 % 60, i % 60))
                    .append("\" date=\"07-30-2026\" component=\"TSManager\" context=\"\" type=\"").append(message.contains("ailed") ? 3 : 1)
                    .append("\" thread=\"1234\" file=\"engine.cxx:").append(100 + i).append("\">\r\n");
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- the load

    record Result(String path, long[] latencies, long wallNanos, long bytes, int failed, int firstBadStatus) {
        double rps() {
            return latencies.length / (wallNanos / 1e9);
        }

        double p50() {
            return percentile(0.50);
        }

        double p99() {
            return percentile(0.99);
        }

        double kb() {
            return bytes / 1024.0 / latencies.length;
        }

        private double percentile(double q) {
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
        }
    }

    /** {@code requests} GETs of {@code path}, {@code concurrency} at a time (each worker sends its next when its last returned). */
    static Result measure(String base, String token, String path, int concurrency, int requests) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Accept", path.startsWith("/api/") ? "application/json" : "text/html").timeout(Duration.ofSeconds(60)).GET().build();
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        try {
            run(client, request, workers, concurrency, warmUp, new long[warmUp]);
            long[] latencies = new long[requests];
            long start = System.nanoTime();
            long[] outcome = run(client, request, workers, concurrency, requests, latencies);
            long wall = System.nanoTime() - start;
            return new Result(path, latencies, wall, outcome[0], (int) outcome[1], (int) outcome[2]);
        } finally {
            workers.shutdown();
        }
    }

    /** Returns bytes received, requests not answered 200, and the first such status. */
    static long[] run(HttpClient client, HttpRequest request, ExecutorService workers, int concurrency, int requests, long[] latencies) throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<Future<long[]>> done = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            done.add(workers.submit(() -> {
                long bytes = 0;
                long failed = 0;
                long firstBad = 0;
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    long t = System.nanoTime();
                    HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    latencies[i] = System.nanoTime() - t;
                    bytes += response.body().length;
                    if (response.statusCode() != 200) {
                        failed++;
                        firstBad = firstBad == 0 ? response.statusCode() : firstBad;
                    }
                }
                return new long[] {bytes, failed, firstBad};
            }));
        }
        long[] total = new long[3];
        for (Future<long[]> f : done) {
            long[] r = f.get();
            total[0] += r[0];
            total[1] += r[1];
            total[2] = total[2] == 0 ? r[2] : total[2];
        }
        return total;
    }
}
