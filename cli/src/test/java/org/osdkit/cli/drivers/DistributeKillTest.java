package org.osdkit.cli.drivers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.jdbi.v3.core.Handle;
import org.osdkit.cli.CliRun;
import org.osdkit.core.PackageId;
import org.osdkit.core.storage.Database;
import org.osdkit.core.storage.DatabaseSettings;
import org.osdkit.core.testing.ChildJvm;
import org.osdkit.core.testing.KillLoop;
import org.osdkit.core.workspace.Workspace;
import org.osdkit.drivers.catalog.DriverFile;
import org.osdkit.drivers.distribution.DistributionState;
import org.osdkit.drivers.distribution.DistributionStatus;
import org.osdkit.drivers.jdbc.DriversStorage;
import org.osdkit.drivers.packages.PackageManifest;

/**
 * {@code drivers distribute} killed with kill -9 at random moments: a child JVM runs the CLI's main on an
 * H2 file workspace, sending a package version with a few hundred files to a DP that holds the previous
 * version; the parent kills it at a random moment of the run. After every kill the DP's content folder holds
 * exactly one complete version (the previous one or the new one, compared file by file by SHA-256, nothing
 * more), the DB never calls the DP Distributed for a version it does not hold, and the re-run that follows
 * leaves exactly the new version, nothing beside it, and the DB saying so.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class DistributeKillTest {

    private static final int ROUNDS = 10;
    private static final PackageId ID = PackageId.of("PS100001");
    private static final String DP = "dp01.contoso.com";
    /** The last rounds, in which the child is alone on the database. */
    private static final int ALONE = 2;

    /** Where a kill left the DP, told from what is on disk and in the DB afterwards. */
    enum Moment { BEFORE_COPYING, WHILE_COPYING, BETWEEN_THE_RENAMES, AFTER_THE_SWITCH, AFTER_THE_DB_UPDATE }

    @TempDir
    Path tmp;
    Path workspace;
    Path share;
    Path dpShare;
    Path folder;
    /** The workspace's database as this process holds it open; {@code null} while the child is to be alone on it. */
    Database held;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void everyKillLeavesOneCompleteVersionAndTheRerunTheNewOne() throws Exception {
        long started = System.nanoTime();
        workspace = tmp.resolve("ws");
        share = Files.createDirectories(tmp.resolve("share"));
        dpShare = Files.createDirectories(tmp.resolve("dp"));
        Path sources = R61Tree.write(share);
        // The shared estate's bulk driver (release 1): copying its files takes a while.
        BulkPackageEstate.bulkDriver(sources.resolve("Bulk"), 1);
        ok("drivers", "import", sources.toString(), "--category", "R61-8935CTO");
        ok("drivers", "package", "create", "--site", "PS1", "--manufacturer", "Lenovo", "--model", "R61", "--sku", "8935CTO",
                "--os", "XP", "--arch", "x86", "--share", share.toString(), "--category", "R61-8935CTO");
        folder = share.resolve("SCCM_Driver_Packages").resolve("XP").resolve("R61-8935CTO");
        ok("drivers", "dp", "add", "--name", DP, "--site", "PS1", "--share", dpShare.toString());
        Map<Integer, Map<String, String>> versions = new TreeMap<>();
        versions.put(1, manifestFiles());

        // The parent keeps the workspace's database open, as a dashboard on the same workspace would: a killed child
        // then leaves no stale H2 lock file, whose takeover waits about 3 s for the file to age. The last rounds run
        // the child alone on the database, as a lone CLI run is.
        held = Database.open(DatabaseSettings.forWorkspace(Workspace.open(workspace)));
        // One connection kept open, so that the database (and the server the child connects to) stays up between commands.
        Handle connection = held.jdbi().open();
        try {
            // The first distribution, by a child left to finish: how long its copy takes tells the window a kill falls in.
            ChildJvm first = child(0);
            long copyMillis = stagingLifetime(first);
            assertEquals(0, first.exitCode(60), first.output());
            assertEquals(versions.get(1), BulkPackageEstate.onDisk(content()));
            long windowMillis = Math.max(50, copyMillis * 5 / 4);

            KillLoop loop = KillLoop.of("DistributeKillTest", ROUNDS);
            // Windows that learn how long the rest of a run lasts (from its start, from the copy), so that most kills land on any machine.
            KillLoop.Window fromStart = loop.window(2000);
            KillLoop.Window fromCopy = loop.window((int) windowMillis);
            long seed = loop.seed();
            Map<Moment, Integer> moments = new EnumMap<>(Moment.class);
            for (int round = 1; round <= ROUNDS; round++) {
                int previous = round;
                int next = round + 1;
                // Each round a new version: one driver leaves the package or comes back, the bulk stays and is copied anew.
                ok("drivers", "package", "update", ID.value(), round % 2 == 1 ? "--exclude" : "--include", "nv4_disp.inf");
                versions.put(next, manifestFiles());
                if (round == ROUNDS - ALONE + 1) {
                    connection.close();
                    held.close();
                    held = null;
                }
                String context = loop.where(round) + " (windows " + fromStart.millis() + " and " + fromCopy.millis() + " ms" + (held == null ? ", child alone on the database" : "") + ")";

                ChildJvm child = child(round);
                // Mostly a moment of the copy and what follows it; now and then any moment from the start.
                boolean killed = loop.oneIn(5) ? fromStart.kill(child)
                        : fromCopy.killWhen(child, () -> Files.exists(staging()), Duration.ofSeconds(60));
                if (!killed) {
                    assertEquals(0, child.exitCode(30), context + ": " + child.output());
                }

                moments.merge(checkAfterKill(versions.get(previous), versions.get(next), previous, next, context), 1, Integer::sum);

                ok("drivers", "distribute", "--package", ID.value(), "--dp", DP);
                assertEquals(versions.get(next), BulkPackageEstate.onDisk(content()), context + ": after the re-run the DP holds the new version");
                assertFalse(Files.exists(staging(), LinkOption.NOFOLLOW_LINKS), context + ": nothing is left in staging");
                assertFalse(Files.exists(dpShare.resolve(ID + ".osdkit-old"), LinkOption.NOFOLLOW_LINKS), context + ": the previous version is gone");
                DistributionStatus status = status();
                assertEquals(DistributionState.DISTRIBUTED, status.state(), context);
                assertEquals(next, status.sourceVersion(), context);
            }
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
            System.out.println(loop.summary() + ", " + moments + ", copy " + copyMillis + " ms, " + seconds + " s in all");
            assertTrue(loop.killed() >= ROUNDS / 2, "most rounds must be killed while the child runs: " + loop.summary() + ", " + moments);
        } finally {
            if (held != null) {
                connection.close();
                held.close();
            }
        }
    }

    /** Milliseconds from the staging folder's appearance to its switch (or the child's end). */
    private long stagingLifetime(ChildJvm child) throws InterruptedException {
        child.await(() -> Files.exists(staging()), Duration.ofSeconds(60));
        long appeared = System.nanoTime();
        child.await(() -> !Files.exists(staging()), Duration.ofSeconds(60));
        return (System.nanoTime() - appeared) / 1_000_000;
    }

    /** The invariants right after a kill; returns where the kill fell. */
    private Moment checkAfterKill(Map<String, String> previous, Map<String, String> next, int previousVersion, int nextVersion, String context)
            throws IOException {
        Path content = content();
        Path old = dpShare.resolve(ID + ".osdkit-old");
        DistributionStatus status = status();
        DistributionState state = status.state();
        int version = status.sourceVersion();
        if (!Files.exists(content, LinkOption.NOFOLLOW_LINKS)) {
            // Only between the switch's two renames: both complete versions beside it, and the next run puts the previous one back first.
            assertEquals(previous, BulkPackageEstate.onDisk(old), context + ": with the content folder absent, the previous version is complete beside it");
            assertEquals(next, BulkPackageEstate.onDisk(staging()), context + ": and the new one is complete in staging");
            assertTrue(state != DistributionState.DISTRIBUTED || version == previousVersion, context + ": the DB says " + state + " v" + version);
            return Moment.BETWEEN_THE_RENAMES;
        }
        Map<String, String> held = BulkPackageEstate.onDisk(content);
        if (held.equals(previous)) {
            assertTrue(state != DistributionState.DISTRIBUTED || version == previousVersion,
                    context + ": the DP holds v" + previousVersion + " but the DB says " + state + " v" + version);
            return Files.exists(staging()) ? Moment.WHILE_COPYING : Moment.BEFORE_COPYING;
        }
        if (held.equals(next)) {
            assertTrue(state != DistributionState.DISTRIBUTED || version == nextVersion,
                    context + ": the DP holds v" + nextVersion + " but the DB says " + state + " v" + version);
            return state == DistributionState.DISTRIBUTED ? Moment.AFTER_THE_DB_UPDATE : Moment.AFTER_THE_SWITCH;
        }
        fail(context + ": the DP's content is neither v" + previousVersion + " nor v" + nextVersion + " complete: " + diff(held, previous, next));
        return null;
    }

    private static String diff(Map<String, String> held, Map<String, String> previous, Map<String, String> next) {
        long fromPrevious = held.entrySet().stream().filter(e -> e.getValue().equals(previous.get(e.getKey()))).count();
        long fromNext = held.entrySet().stream().filter(e -> e.getValue().equals(next.get(e.getKey()))).count();
        return held.size() + " files, " + fromPrevious + " as in the previous version, " + fromNext + " as in the new one";
    }

    /** A child JVM running {@code osdkit drivers distribute} through the CLI's main, on the same module and class path as this test. */
    private ChildJvm child(int round) {
        return ChildJvm.osdkit(List.of("--workspace", workspace.toString(), "drivers", "distribute", "--package", ID.value(), "--dp", DP))
                .properties(Map.of("osdkit.home", tmp.resolve("home").toString())).start(tmp.resolve("child-" + round + ".out"));
    }

    private void ok(String... args) {
        CliRun run = CliRun.in(workspace, args);
        assertEquals(0, run.exitCode(), String.join(" ", args) + "\n" + run.out() + run.err());
    }

    private Path content() {
        return dpShare.resolve(ID.value());
    }

    private Path staging() {
        return dpShare.resolve(ID + ".osdkit-staging");
    }

    /** The DP's status row, read through the drivers module's own storage. */
    private DistributionStatus status() {
        if (held != null) {
            return status(held);
        }
        try (Database db = Database.open(DatabaseSettings.forWorkspace(Workspace.open(workspace)))) {
            return status(db);
        }
    }

    private static DistributionStatus status(Database db) {
        return DriversStorage.jdbc(db, Clock.systemUTC()).distribution().status(Optional.of(ID)).stream()
                .filter(s -> s.dpName().equals(DP)).findFirst().orElseThrow();
    }

    /** What the package's current version must put on a DP: relative path -> SHA-256, from its manifest. */
    private Map<String, String> manifestFiles() throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (DriverFile f : PackageManifest.files(folder)) {
            out.put(f.relativePath().replace('\\', '/'), f.sha256());
        }
        return out;
    }
}
