package org.osdkit.cli.drivers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.cli.CliRun;
import org.osdkit.core.PackageId;
import org.osdkit.core.storage.Database;
import org.osdkit.core.storage.DatabaseSettings;
import org.osdkit.core.testing.ChildJvm;
import org.osdkit.core.testing.KillLoop;
import org.osdkit.core.workspace.Workspace;
import org.osdkit.drivers.catalog.DriverFile;
import org.osdkit.drivers.catalog.FileHasher;
import org.osdkit.drivers.distribution.DistributionState;
import org.osdkit.drivers.distribution.DistributionStatus;
import org.osdkit.drivers.jdbc.DriversStorage;
import org.osdkit.drivers.packages.PackageManifest;

/**
 * {@code drivers redistribute} killed with kill -9 at a random moment, as {@link DistributeKillTest} does for
 * {@code distribute}: each round a newer release of a driver with a few hundred files supersedes the previous
 * one in the package (SourceVersion up by one), a child JVM brings the DP up to date and is killed at a random
 * moment of the run. After every kill the DP's content folder holds exactly the previous version or exactly the
 * new one, never a mix (also though the unchanged files of the new version are taken from the old one), the DB
 * never says Distributed for a version the DP does not hold, and the re-run leaves exactly the new version.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class RedistributeKillTest {

    private static final int ROUNDS = 5;
    static final int BULK_FILES = 200;
    static final int BULK_BYTES = 24 * 1024;
    private static final PackageId ID = PackageId.of("PS100001");
    private static final String DP = "dp01.contoso.com";

    @TempDir
    Path tmp;
    Path workspace;
    Path share;
    Path dpShare;
    Path folder;
    Database held;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void everyKillLeavesTheOldOrTheNewVersionAndTheRerunTheNewOne() throws Exception {
        workspace = tmp.resolve("ws");
        share = Files.createDirectories(tmp.resolve("share"));
        dpShare = Files.createDirectories(tmp.resolve("dp"));
        Path sources = R61Tree.write(share);
        bulkDriver(sources.resolve("Bulk"), 1);
        ok("drivers", "import", sources.toString(), "--category", "R61-8935CTO");
        ok("drivers", "package", "create", "--site", "PS1", "--manufacturer", "Lenovo", "--model", "R61", "--sku", "8935CTO",
                "--os", "XP", "--arch", "x86", "--share", share.toString(), "--category", "R61-8935CTO");
        folder = share.resolve("SCCM_Driver_Packages").resolve("XP").resolve("R61-8935CTO");
        ok("drivers", "dp", "add", "--name", DP, "--site", "PS1", "--share", dpShare.toString());
        ok("drivers", "distribute", "--package", ID.value(), "--dp", DP);
        Map<Integer, Map<String, String>> versions = new TreeMap<>();
        versions.put(1, manifestFiles());
        assertEquals(versions.get(1), onDisk(content()));

        // The parent keeps the database open, as DistributeKillTest explains: a killed child leaves no stale H2 lock behind.
        held = Database.open(DatabaseSettings.forWorkspace(Workspace.open(workspace)));
        KillLoop loop = KillLoop.of("RedistributeKillTest", ROUNDS);
        List<String> moments = new ArrayList<>();
        try (Handle connection = held.jdbi().open()) {
            for (int round = 1; round <= ROUNDS; round++) {
                int previous = round;
                int next = round + 1;
                // The driver's next release supersedes the one in the package: its files are all new, the rest of the package is not.
                Path release = sources.resolveSibling("Bulk-release-" + next);
                bulkDriver(release, next);
                ok("drivers", "import", release.toString(), "--category", "R61-8935CTO");
                ok("drivers", "package", "update", ID.value());
                versions.put(next, manifestFiles());
                assertEquals(next, manifestVersion(), "one new SourceVersion per release");
                String context = loop.where(round);

                ChildJvm child = child(round);
                // Mostly a moment once the staging folder is there, up to about the time the copy of the new files takes on this
                // machine (kills fall in it, at the switch or just after); now and then any moment from the start.
                boolean killed = loop.oneIn(4) ? loop.killWithin(child, 2500)
                        : loop.killWhen(child, () -> Files.exists(staging()), Duration.ofSeconds(60), 1200);
                if (!killed) {
                    assertEquals(0, child.exitCode(30), context + ": " + child.output());
                }
                moments.add(checkAfterKill(versions.get(previous), versions.get(next), previous, next, context));

                CliRun rerun = ok("drivers", "redistribute", ID.value());
                assertEquals(versions.get(next), onDisk(content()), context + ": after the re-run the DP holds the new version\n" + rerun.out());
                assertFalse(Files.exists(staging(), LinkOption.NOFOLLOW_LINKS), context + ": nothing is left in staging");
                assertFalse(Files.exists(dpShare.resolve(ID + ".osdkit-old"), LinkOption.NOFOLLOW_LINKS), context + ": the previous version is gone");
                DistributionStatus status = status();
                assertEquals(DistributionState.DISTRIBUTED, status.state(), context);
                assertEquals(next, status.sourceVersion(), context);
            }
        } finally {
            held.close();
        }
        System.out.println(loop.summary() + ", " + moments);
        assertTrue(loop.killed() >= 1, "at least one round must be killed while the child runs: " + moments);
    }

    /** The invariants right after a kill; returns where the kill fell. */
    private String checkAfterKill(Map<String, String> previous, Map<String, String> next, int previousVersion, int nextVersion, String context)
            throws IOException {
        DistributionStatus status = status();
        DistributionState state = status.state();
        int version = status.sourceVersion();
        if (!Files.exists(content(), LinkOption.NOFOLLOW_LINKS)) {
            assertEquals(previous, onDisk(dpShare.resolve(ID + ".osdkit-old")), context + ": with the content folder absent, the previous version is beside it");
            assertEquals(next, onDisk(staging()), context + ": and the new one is complete in staging");
            assertTrue(state != DistributionState.DISTRIBUTED || version == previousVersion, context + ": the DB says " + state + " v" + version);
            return "between the renames";
        }
        Map<String, String> onDp = onDisk(content());
        if (onDp.equals(previous)) {
            assertTrue(state != DistributionState.DISTRIBUTED || version == previousVersion,
                    context + ": the DP holds v" + previousVersion + " but the DB says " + state + " v" + version);
            return Files.exists(staging()) ? "while copying" : "before copying";
        }
        if (onDp.equals(next)) {
            assertTrue(state != DistributionState.DISTRIBUTED || version == nextVersion,
                    context + ": the DP holds v" + nextVersion + " but the DB says " + state + " v" + version);
            return state == DistributionState.DISTRIBUTED ? "after the DB update" : "after the switch";
        }
        long fromPrevious = onDp.entrySet().stream().filter(e -> e.getValue().equals(previous.get(e.getKey()))).count();
        long fromNext = onDp.entrySet().stream().filter(e -> e.getValue().equals(next.get(e.getKey()))).count();
        fail(context + ": the DP's content is neither v" + previousVersion + " nor v" + nextVersion + " complete: " + onDp.size() + " files, "
                + fromPrevious + " as in the previous version, " + fromNext + " as in the new one");
        return null;
    }

    /** A child JVM running {@code osdkit drivers redistribute} through the CLI's main, on this test's module and class path. */
    private ChildJvm child(int round) {
        return ChildJvm.osdkit(List.of("--workspace", workspace.toString(), "drivers", "redistribute", ID.value()))
                .properties(Map.of("osdkit.home", tmp.resolve("home").toString())).start(tmp.resolve("child-" + round + ".out"));
    }

    private CliRun ok(String... args) {
        CliRun run = CliRun.in(workspace, args);
        assertEquals(0, run.exitCode(), String.join(" ", args) + "\n" + run.out() + run.err());
        return run;
    }

    private Path content() {
        return dpShare.resolve(ID.value());
    }

    private Path staging() {
        return dpShare.resolve(ID + ".osdkit-staging");
    }

    private DistributionStatus status() {
        return DriversStorage.jdbc(held, Clock.systemUTC()).distribution().status(Optional.of(ID)).stream()
                .filter(s -> s.dpName().equals(DP)).findFirst().orElseThrow();
    }

    private int manifestVersion() throws IOException {
        return new ObjectMapper().readTree(folder.resolve("osdkit-package.json").toFile()).get("SourceVersion").asInt();
    }

    private Map<String, String> manifestFiles() throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (DriverFile f : PackageManifest.files(folder)) {
            out.put(f.relativePath().replace('\\', '/'), f.sha256());
        }
        return out;
    }

    static Map<String, String> onDisk(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                out.put(root.relativize(p).toString().replace('\\', '/'),
                        Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) ? FileHasher.hash(p).sha256() : "link");
            }
        }
        return out;
    }

    /** Release {@code release} of a made-up driver with {@value #BULK_FILES} payload files: same provider, INF name and hardware ID, newer DriverVer. */
    static void bulkDriver(Path dir, int release) throws IOException {
        Files.createDirectories(dir);
        StringBuilder disks = new StringBuilder();
        StringBuilder copy = new StringBuilder();
        Random bytes = new Random(release);
        for (int i = 0; i < BULK_FILES; i++) {
            String name = String.format("bulk%03d.bin", i);
            byte[] data = new byte[BULK_BYTES];
            bytes.nextBytes(data);
            Files.write(dir.resolve(name), data);
            disks.append(name).append(" = 1\r\n");
            copy.append(name).append("\r\n");
        }
        String inf = String.join("\r\n",
                "[Version]", "Signature=\"$Windows NT$\"", "Class=System", "ClassGuid={4d36e97d-e325-11ce-bfc1-08002be10318}",
                "Provider=%Prov%", String.format("DriverVer=01/%02d/2020,1.0.0.%d", release, release), "CatalogFile=bulk.cat", "PnpLockdown=1",
                "[SourceDisksNames]", "1 = %Disk%", "[SourceDisksFiles]", disks.toString(),
                "[Manufacturer]", "%Prov% = Models,NTx86", "[Models.NTx86]", "%Desc% = Install, PCI\\VEN_1AF4&DEV_1000",
                "[Install.NT]", "CopyFiles = BulkFiles", "[BulkFiles]", copy.toString(),
                "[DestinationDirs]", "BulkFiles = 12",
                "[Strings]", "Prov = \"Contoso\"", "Desc = \"bulk device\"", "Disk = \"Disk 1\"", "");
        Files.writeString(dir.resolve("bulk.inf"), inf);
        Files.writeString(dir.resolve("bulk.cat"), "catalog bulk " + release);
    }
}
