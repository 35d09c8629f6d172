package org.osdkit.cli.smp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.cli.CliRun;
import org.osdkit.core.storage.Database;
import org.osdkit.core.storage.DatabaseSettings;
import org.osdkit.core.workspace.Workspace;
import org.osdkit.statemigration.cleanup.JournalRun;
import org.osdkit.statemigration.cleanup.LockOwner;
import org.osdkit.statemigration.jdbc.StateMigrationStorage;

/** What {@code smp cleanup} and {@code smp health} say about an SMP another run holds: running, or interrupted. */
class SmpCleanupLockTest {

    /** A lock goes stale 0.3 s after its last heartbeat here, so the test can watch a holder die. */
    /** A dead holder's lock goes stale within a test; ten beats of margin keep a live run from being taken for dead under load. */
    private static final Map<String, String> QUICK = Map.of("OSDKIT_SMP_LOCK_HEARTBEAT_SECONDS", "0.1", "OSDKIT_SMP_LOCK_TIMEOUT_SECONDS", "1");

    @TempDir
    Path tmp;
    GeneratedSmp smp;

    @BeforeEach
    void configure() throws Exception {
        smp = new GeneratedSmp(tmp, 3, 1, 1);
        smp.configure(List.of("--workspace", tmp.resolve("ws").toString()), tmp.resolve("assoc.csv"));
    }

    private CliRun osdkit(String... args) {
        return CliRun.with(QUICK, tmp.resolve("ws"), args);
    }

    /** Works on the workspace's database between two commands, as another osdkit process would. */
    private void withStorage(Consumer<StateMigrationStorage> work) {
        try (Database db = Database.open(DatabaseSettings.forWorkspace(Workspace.open(tmp.resolve("ws"))))) {
            work.accept(StateMigrationStorage.jdbc(db));
        }
    }

    @Test
    void aLiveRunIsReportedRunningAndASecondCleanupIsRefusedNamingIt() throws Exception {
        // A holder on another host that keeps beating: its heartbeat is renewed before each command below.
        Runnable beat = () -> withStorage(s -> {
            if (s.locks().find(GeneratedSmp.SERVER).isEmpty()) {
                s.locks().acquire(GeneratedSmp.SERVER, new LockOwner("other", "OTHER-PC", 4242), false, java.time.Duration.ofSeconds(1));
            }
            s.locks().heartbeat(GeneratedSmp.SERVER, "other");
        });
        beat.run();
        // The default timeout (30 s): the holder counts as alive throughout.
        CliRun refused = CliRun.with(Map.of(), tmp.resolve("ws"), "smp", "cleanup", "--force");
        assertEquals(1, refused.exitCode(), refused.out() + refused.err());
        assertTrue(refused.err().contains("SMP-CLEANUP-RUNNING") && refused.err().contains("OTHER-PC") && refused.err().contains("pid 4242"),
                refused.err());
        assertFalse(refused.out().contains("Delete"), "refused before the plan is shown or asked about: " + refused.out());
        smp.expired.keySet().forEach(p -> assertTrue(Files.exists(p), p.toString()));

        beat.run();
        CliRun resume = CliRun.with(Map.of(), tmp.resolve("ws"), "smp", "cleanup", "--force", "--resume");
        assertEquals(1, resume.exitCode());
        assertTrue(resume.err().contains("SMP-CLEANUP-RUNNING"), "--resume refuses a live run: " + resume.err());

        beat.run();
        CliRun health = CliRun.with(Map.of(), tmp.resolve("ws"), "smp", "health");
        assertTrue(health.out().contains("Cleanup running: run") || health.out().contains("Cleanup running: a run starting"), health.out());
        assertTrue(health.out().contains("OTHER-PC"), health.out());
        beat.run();
        CliRun json = CliRun.with(Map.of(), tmp.resolve("ws"), "smp", "health", "--output", "json");
        JsonNode h = new ObjectMapper().readTree(json.out());
        assertEquals("RUNNING", h.get("cleanup").asText());
        assertEquals("OTHER-PC", h.get("cleanupLock").get("host").asText());
        assertTrue(h.get("interruptedRunId").isNull());
    }

    @Test
    void aDeadRunIsReportedInterruptedAndOnlyResumeTakesItsLockOver() throws Exception {
        withStorage(s -> {
            s.journal().begin(new JournalRun("run-dead", GeneratedSmp.SERVER, "admin", Instant.now(), null, 0, 20160), List.of());
            s.locks().acquire(GeneratedSmp.SERVER, new LockOwner("dead", "KILLED-PC", 777), false, java.time.Duration.ofSeconds(1));
            s.locks().assignRun(GeneratedSmp.SERVER, "dead", "run-dead");
        });
        // Past the stale timeout: the dead holder's lock is stale.
        Thread.sleep(1300);
        CliRun health = osdkit("smp", "health", "--output", "json");
        JsonNode h = new ObjectMapper().readTree(health.out());
        assertEquals("INTERRUPTED", h.get("cleanup").asText(), health.out());
        assertEquals("run-dead", h.get("interruptedRunId").asText());

        CliRun refused = osdkit("smp", "cleanup", "--force");
        assertEquals(1, refused.exitCode());
        assertTrue(refused.err().contains("SMP-CLEANUP-UNFINISHED") && refused.err().contains("interrupted") && refused.err().contains("KILLED-PC")
                && refused.err().contains("--resume"), refused.err());

        CliRun resumed = osdkit("smp", "cleanup", "--force", "--resume");
        assertEquals(0, resumed.exitCode(), resumed.out() + resumed.err());
        assertTrue(resumed.out().contains("Took over the cleanup lock of the interrupted run run-dead on host KILLED-PC (pid 777)"),
                resumed.out() + resumed.err());
        withStorage(s -> assertTrue(s.locks().find(GeneratedSmp.SERVER).isEmpty(), "released at the end"));
        CliRun idle = osdkit("smp", "health", "--output", "json");
        assertEquals("IDLE", new ObjectMapper().readTree(idle.out()).get("cleanup").asText());
    }

    @Test
    void aLockTimeoutShorterThanTwoHeartbeatsIsAUsageError() {
        CliRun run = CliRun.with(Map.of("OSDKIT_SMP_LOCK_HEARTBEAT_SECONDS", "10", "OSDKIT_SMP_LOCK_TIMEOUT_SECONDS", "15"), tmp.resolve("ws"),
                "smp", "health");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("OSDKIT_SMP_LOCK_TIMEOUT_SECONDS"), run.err());
    }
}
