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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
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
import org.osdkit.drivers.distribution.DistributionState;
import org.osdkit.drivers.distribution.DistributionStatus;

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
    private static final PackageId ID = BulkPackageEstate.ID;
    private static final String DP = BulkPackageEstate.DP;

    @TempDir
    Path tmp;
    BulkPackageEstate estate;
    Database held;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void everyKillLeavesTheOldOrTheNewVersionAndTheRerunTheNewOne() throws Exception {
        estate = new BulkPackageEstate(tmp).build();
        ok("drivers", "distribute", "--package", ID.value(), "--dp", DP);
        Map<Integer, Map<String, String>> versions = new TreeMap<>();
        versions.put(1, estate.manifestFiles());
        assertEquals(versions.get(1), BulkPackageEstate.onDisk(content()));

        // The parent keeps the database open, as DistributeKillTest explains: a killed child leaves no stale H2 lock behind.
        held = Database.open(DatabaseSettings.forWorkspace(Workspace.open(estate.workspace)));
        KillLoop loop = KillLoop.of("RedistributeKillTest", ROUNDS);
        // Windows that learn how long the rest of a run lasts, so that kills land on a fast machine as on a slow one.
        KillLoop.Window fromStart = loop.window(2500);
        KillLoop.Window fromCopy = loop.window(1200);
        List<String> moments = new ArrayList<>();
        try (Handle connection = held.jdbi().open()) {
            for (int round = 1; round <= ROUNDS; round++) {
                int previous = round;
                int next = round + 1;
                // The driver's next release supersedes the one in the package: its files are all new, the rest of the package is not.
                estate.release(next);
                versions.put(next, estate.manifestFiles());
                assertEquals(next, manifestVersion(), "one new SourceVersion per release");
                String context = loop.where(round);

                ChildJvm child = child(round);
                // Mostly a moment once the staging folder is there, up to about the time the copy of the new files takes on this
                // machine (kills fall in it, at the switch or just after); now and then any moment from the start.
                boolean killed = loop.oneIn(4) ? fromStart.kill(child)
                        : fromCopy.killWhen(child, () -> Files.exists(staging()), Duration.ofSeconds(60));
                if (!killed) {
                    assertEquals(0, child.exitCode(30), context + ": " + child.output());
                }
                moments.add(checkAfterKill(versions.get(previous), versions.get(next), previous, next, context));

                CliRun rerun = ok("drivers", "redistribute", ID.value());
                assertEquals(versions.get(next), BulkPackageEstate.onDisk(content()), context + ": after the re-run the DP holds the new version\n" + rerun.out());
                assertFalse(Files.exists(staging(), LinkOption.NOFOLLOW_LINKS), context + ": nothing is left in staging");
                assertFalse(Files.exists(estate.old(), LinkOption.NOFOLLOW_LINKS), context + ": the previous version is gone");
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
            assertEquals(previous, BulkPackageEstate.onDisk(estate.old()), context + ": with the content folder absent, the previous version is beside it");
            assertEquals(next, BulkPackageEstate.onDisk(staging()), context + ": and the new one is complete in staging");
            assertTrue(state != DistributionState.DISTRIBUTED || version == previousVersion, context + ": the DB says " + state + " v" + version);
            return "between the renames";
        }
        Map<String, String> onDp = BulkPackageEstate.onDisk(content());
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
        return ChildJvm.osdkit(List.of("--workspace", estate.workspace.toString(), "drivers", "redistribute", ID.value()))
                .properties(Map.of("osdkit.home", tmp.resolve("home").toString())).start(tmp.resolve("child-" + round + ".out"));
    }

    private CliRun ok(String... args) {
        return estate.ok(args);
    }

    private Path content() {
        return estate.content();
    }

    private Path staging() {
        return estate.staging();
    }

    private DistributionStatus status() {
        return estate.status(held);
    }

    private int manifestVersion() throws IOException {
        return new ObjectMapper().readTree(estate.folder.resolve("osdkit-package.json").toFile()).get("SourceVersion").asInt();
    }
}
