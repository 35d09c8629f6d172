package org.osdkit.cli.smp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.cli.CliRun;
import org.osdkit.core.storage.Database;
import org.osdkit.core.storage.DatabaseSettings;
import org.osdkit.core.testing.ChildJvm;
import org.osdkit.core.workspace.Workspace;

/**
 * A hold placed (or removed) by a process that is killed right after it said so, whose commits H2 lost, made
 * deterministic as in {@link LostBeginTest}: the database file copied before the child and put back after its
 * kill. The hold intent file ({@code intents/smp-holds.intents}, synced before the database is told) keeps the
 * lost hold protecting: the next cleanup keeps the held store, and {@code smp health} places it again and says
 * so. A lost removal keeps protecting too (the safe direction), and health names it until it is removed again.
 */
class LostHoldTest {

    @TempDir
    Path tmp;

    @Test
    void aHoldWhosePlacementTheDatabaseLostStillKeepsItsStore() throws Exception {
        LostCommitEstate estate = LostCommitEstate.create(tmp, 4, 1, 23);
        GeneratedSmp smp = estate.smp();
        Path ws = estate.workspace();
        List<String> target = estate.target();
        Path before = estate.copyDatabase(tmp.resolve("before-the-hold.mv.db"));
        Path held = smp.expired.keySet().iterator().next();
        String store = LostCommitEstate.unc(held);

        placeAndKill(ws, store);
        // The hold's commit lost, as a kill -9 on H2 can lose a process's last ones.
        estate.loseCommitsSince(before);
        assertEquals(0, holdsInDatabase(ws), "the database lost the hold (what the next cleanup would have relied on before the intent file)");

        CliRun list = GeneratedSmp.run(target, "smp", "hold", "--list");
        assertEquals(0, list.exitCode(), list.out() + list.err());
        assertTrue(list.out().contains(held.getFileName().toString()), "the lost hold is listed from the intent file:\n" + list.out());

        CliRun cleanup = GeneratedSmp.run(target, "smp", "cleanup", "--force");
        assertEquals(0, cleanup.exitCode(), cleanup.out() + cleanup.err());
        assertTrue(Files.exists(held), "the held store survived the cleanup: " + cleanup.out() + cleanup.err());
        assertEquals(1, smp.expiredLeft(), "every other expired store was deleted");

        CliRun health = GeneratedSmp.run(target, "smp", "health");
        assertTrue((health.out() + health.err()).contains("was missing from the database"), "health reports the lost hold:\n" + health.out() + health.err());
        assertEquals(1, holdsInDatabase(ws), "health placed the lost hold again in the database");
    }

    @Test
    void aHoldWhoseRemovalTheDatabaseLostKeepsProtectingAndIsReported() throws Exception {
        LostCommitEstate estate = LostCommitEstate.create(tmp, 3, 1, 29);
        GeneratedSmp smp = estate.smp();
        Path ws = estate.workspace();
        List<String> target = estate.target();
        Path held = smp.expired.keySet().iterator().next();
        String store = LostCommitEstate.unc(held);
        CliRun place = GeneratedSmp.run(target, "smp", "hold", store, "--reason", "user asked for a file");
        assertEquals(0, place.exitCode(), place.out() + place.err());
        Path withHold = estate.copyDatabase(tmp.resolve("with-the-hold.mv.db"));

        ChildJvm remove = ChildJvm.osdkit(List.of("--workspace", ws.toString(), "smp", "hold", "--remove", store)).start(tmp.resolve("remove.out"));
        assertTrue(remove.awaitLine("removed", Duration.ofSeconds(120)), remove.output());
        remove.close();
        estate.loseCommitsSince(withHold);
        assertEquals(1, holdsInDatabase(ws), "the database lost the removal");

        CliRun health = GeneratedSmp.run(target, "smp", "health");
        String said = health.out() + health.err();
        assertTrue(said.contains("the database lost the removal") && said.contains(held.getFileName().toString()),
                "health names the hold whose removal was lost:\n" + said);
        CliRun cleanup = GeneratedSmp.run(target, "smp", "cleanup", "--force");
        assertEquals(0, cleanup.exitCode(), cleanup.out() + cleanup.err());
        assertTrue(Files.exists(held), "a lost removal keeps protecting: the store is still there");

        // Removed again, for good this time: the hold goes, its lines are retired, the next cleanup deletes the store.
        CliRun again = GeneratedSmp.run(target, "smp", "hold", "--remove", store);
        assertEquals(0, again.exitCode(), again.out() + again.err());
        CliRun next = GeneratedSmp.run(target, "smp", "cleanup", "--force");
        assertEquals(0, next.exitCode(), next.out() + next.err());
        assertFalse(Files.exists(held), "once removed the store is deleted like the rest: " + next.out() + next.err());
        CliRun quiet = GeneratedSmp.run(target, "smp", "health");
        assertFalse((quiet.out() + quiet.err()).contains("lost the removal"), quiet.out() + quiet.err());
    }

    /** {@code smp hold} in a child JVM, killed (kill -9) once it said the hold is placed, if it still runs then. */
    private void placeAndKill(Path ws, String store) throws Exception {
        ChildJvm child = ChildJvm.osdkit(List.of("--workspace", ws.toString(), "smp", "hold", store, "--reason", "legal hold"))
                .start(tmp.resolve("hold.out"));
        assertTrue(child.awaitLine("Held \"", Duration.ofSeconds(120)), child.output());
        child.close();
    }

    private static int holdsInDatabase(Path ws) {
        try (Database db = Database.open(DatabaseSettings.forWorkspace(Workspace.open(ws)))) {
            return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM smp_holds").mapTo(Integer.class).one());
        }
    }
}
