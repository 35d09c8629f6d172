// Start-up benchmark of the installable distribution (issue 14): unpacks osdkit-VERSION.zip into an empty
// temporary folder as a user would, then times whole processes started from another folder, each paired
// with a JVM hello-world started the same way in the same run (A B A B ...), and prints the median of
// the pairwise ratios against the targets: --version and logs errcode within 8x of hello-world,
// a command that opens the database (status) within 15x. The first run of the unpacked launcher makes
// its class-data sharing archive; that run and one warm-up per command are not counted.
//
//   bench/run dist/StartupBench.java [path/to/osdkit-VERSION.zip] [runs]
//
// Default archive: the newest dist/target/osdkit-*.zip below the current folder (mvn -B package makes it).
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.tools.ToolProvider;

public class StartupBench {

    private static final boolean WINDOWS = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows");

    record Case(String label, double target, List<String> args) {
    }

    public static void main(String[] args) throws Exception {
        Path zip = args.length > 0 ? Path.of(args[0]) : newestZip();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Path dir = Files.createTempDirectory("osdkit-startup-bench-");
        try {
            Path home = unzip(zip, dir.resolve("install"));
            Path launcher = home.resolve(WINDOWS ? "bin/osdkit.cmd" : "bin/osdkit");
            Path elsewhere = Files.createDirectories(dir.resolve("cwd"));
            Path workspace = dir.resolve("workspace");
            Path hello = helloWorld(dir.resolve("hello"));
            List<String> baseline = List.of(javaExe(), "-cp", hello.toString(), "Hello");

            System.out.printf("distribution: %s (unpacked to %s)%n", zip.getFileName(), home);
            System.out.printf("java: %s %s, %d processors; %d counted runs per command, each paired with hello-world%n",
                    System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
                    Runtime.getRuntime().availableProcessors(), runs);
            long archive = time(prefix(launcher, List.of("--version")), elsewhere, workspace);
            System.out.printf("first run of the unpacked launcher (makes the start-up archive): %.2f s%n", archive / 1e9);

            List<Case> cases = List.of(
                    new Case("osdkit --version", 8, List.of("--version")),
                    new Case("osdkit logs errcode 0x80004005", 8, List.of("logs", "errcode", "0x80004005")),
                    new Case("osdkit status (opens the database)", 15, List.of("status")));
            System.out.printf("%-36s %10s %10s %8s %8s  %s%n", "command", "median s", "hello s", "ratio", "target", "met");
            boolean allMet = true;
            for (Case c : cases) {
                List<String> command = prefix(launcher, c.args());
                time(command, elsewhere, workspace);
                time(baseline, elsewhere, workspace);
                List<Long> measured = new ArrayList<>();
                List<Long> base = new ArrayList<>();
                List<Double> ratios = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    long a = time(command, elsewhere, workspace);
                    long b = time(baseline, elsewhere, workspace);
                    measured.add(a);
                    base.add(b);
                    ratios.add((double) a / b);
                }
                double ratio = median(ratios);
                boolean met = ratio <= c.target();
                allMet &= met;
                System.out.printf("%-36s %10.3f %10.3f %7.1fx %7.0fx  %s%n", c.label(), medianLong(measured) / 1e9, medianLong(base) / 1e9,
                        ratio, c.target(), met ? "yes" : "NO");
            }
            System.out.println(allMet ? "all start-up targets met" : "some start-up targets NOT met");
        } finally {
            delete(dir);
        }
    }

    private static List<String> prefix(Path launcher, List<String> args) {
        List<String> all = new ArrayList<>();
        if (WINDOWS) {
            all.addAll(List.of("cmd", "/c"));
        }
        all.add(launcher.toString());
        all.addAll(args);
        return all;
    }

    /** Wall time of one whole process, from start to exit; a failed command ends the benchmark. */
    private static long time(List<String> command, Path cwd, Path workspace) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("OSDKIT_HOME", workspace.toString());
        pb.environment().remove("OSDKIT_DB_URL");
        long start = System.nanoTime();
        int code = pb.start().waitFor();
        long elapsed = System.nanoTime() - start;
        if (code != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + code);
        }
        return elapsed;
    }

    private static Path helloWorld(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path source = dir.resolve("Hello.java");
        Files.writeString(source, "public class Hello { public static void main(String[] a) { System.out.println(\"hello\"); } }\n", StandardCharsets.UTF_8);
        int code = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", dir.toString(), source.toString());
        if (code != 0) {
            throw new IllegalStateException("could not compile the hello-world");
        }
        return dir;
    }

    private static String javaExe() {
        return Path.of(System.getProperty("java.home"), "bin", WINDOWS ? "java.exe" : "java").toString();
    }

    private static Path newestZip() throws IOException {
        Path target = Path.of("dist", "target");
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().matches("osdkit-.*\\.zip"))
                    .max(Comparator.comparingLong(p -> p.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("no osdkit-*.zip in " + target.toAbsolutePath() + ": run mvn -B package"));
        }
    }

    /** Unpacks the archive; returns its one top folder. The sh launcher gets its executable bit back (zip keeps none for Java). */
    private static Path unzip(Path zip, Path into) throws IOException {
        Files.createDirectories(into);
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                Path out = into.resolve(e.getName()).normalize();
                if (!out.startsWith(into)) {
                    throw new IOException("entry outside the folder: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(z, out);
                }
            }
        }
        try (Stream<Path> top = Files.list(into)) {
            Path home = top.filter(Files::isDirectory).findFirst().orElseThrow(() -> new IOException(zip + " holds no folder"));
            Path sh = home.resolve("bin").resolve("osdkit");
            if (!WINDOWS && Files.exists(sh)) {
                Files.setPosixFilePermissions(sh, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            return home;
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double medianLong(List<Long> values) {
        List<Double> d = new ArrayList<>();
        values.forEach(v -> d.add(v.doubleValue()));
        return median(d);
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                p.toFile().setWritable(true);
                Files.deleteIfExists(p);
            }
        }
    }

}
