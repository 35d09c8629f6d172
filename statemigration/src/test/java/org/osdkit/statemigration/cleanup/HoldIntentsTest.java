package org.osdkit.statemigration.cleanup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.Actor;
import org.osdkit.core.intent.IntentLog;

/**
 * The hold intent file over a database that loses commits (a list the test empties or refills, as H2 does
 * to a killed process): what the file places protects, a lost removal keeps protecting and is named, and
 * the file keeps about one line per hold. The writer of a line is made an ended process by rewriting its
 * pid, since only an ended writer's lines count as left-overs.
 */
class HoldIntentsTest {

    @TempDir
    Path tmp;

    private final List<Hold> database = new ArrayList<>();
    private IntentLog log;
    private HoldIntents holds;

    @BeforeEach
    void setUp() {
        log = IntentLog.in(tmp, "smp-holds");
        holds = new HoldIntents(new Listed(database), log);
    }

    @Test
    void aPlacementTheDatabaseLostStillHoldsAndIsPlacedAgainOnceItsWriterEnded() throws Exception {
        Hold h = hold("\\\\SMP01\\S$\\E0001", "e0001", Instant.parse("2026-01-01T00:00:00Z"));
        holds.add(h);
        database.clear();
        assertEquals(List.of(h), holds.all(), "the lost hold is seen from the file");
        assertTrue(holds.restoreLost(x -> true).isEmpty(), "a live writer's placement may be a commit under way: not written back");
        endWriters();
        assertEquals(List.of(h), holds.restoreLost(x -> true));
        assertEquals(List.of(h), database);
        assertEquals(1, lines(), "the placement's line stays while the hold stands");
    }

    @Test
    void aRemovalTheDatabaseLostKeepsProtectingAndIsNamedUntilRemovedAgain() throws Exception {
        Hold h = hold("MID1", null, Instant.parse("2026-01-01T00:00:00Z"));
        holds.add(h);
        assertTrue(holds.remove("mid1"));
        database.add(h); // the removal's commit lost
        endWriters();
        assertEquals(List.of(h), holds.all(), "still held");
        assertEquals(List.of(h), holds.lostRemovals());
        holds.retireSettled();
        assertEquals(List.of(h), holds.lostRemovals());

        assertTrue(holds.remove("MID1"));
        assertTrue(holds.all().isEmpty());
        endWriters();
        assertTrue(holds.lostRemovals().isEmpty());
        holds.retireSettled();
        assertEquals(0, lines(), "a removal the database holds is retired, and the file with it");
    }

    @Test
    void aPlacementOnTheSameStoreUnderAnotherSpellingReplacesTheEarlierOne() throws Exception {
        Hold first = hold("\\\\SMP01\\S$\\E0001", "e0001", Instant.parse("2026-01-01T00:00:00Z"));
        Hold second = hold("\\\\smp01.contoso.com\\S$\\E0001\\", "e0001", Instant.parse("2026-01-02T00:00:00Z"));
        holds.add(first);
        holds.add(second);
        database.clear();
        assertEquals(List.of(second), holds.all());
        assertEquals(1, lines(), "the superseded line is retired at once");
    }

    @Test
    void theFileKeepsAboutOneLinePerHoldWhateverHappened() throws Exception {
        for (int round = 0; round < 60; round++) {
            String target = "MID" + (round % 3);
            holds.add(hold(target, null, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(round)));
            if (round % 2 == 0) {
                holds.remove(target);
            }
            endWriters();
        }
        holds.retireSettled();
        assertTrue(lines() <= 3, lines() + " lines for 3 targets");
        assertEquals(database.stream().map(Hold::target).sorted().toList(), holds.all().stream().map(Hold::target).sorted().toList());
    }

    private static Hold hold(String target, String storeKey, Instant placed) {
        return new Hold(target, "legal", Actor.of("admin", ""), placed, storeKey == null ? null : "SMP01", storeKey,
                List.of(new CoveredStore("1/1", "PC1 -> PC1", "\\\\SMP01\\S$\\E0001")));
    }

    /** Makes every line's writer an ended process: the pid of one that has just exited. */
    private void endWriters() throws IOException, InterruptedException {
        if (!Files.exists(log.file())) {
            return;
        }
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        String text = Files.readString(log.file(), StandardCharsets.UTF_8);
        Files.writeString(log.file(), text.replaceAll("\"pid\":\\d+", "\"pid\":" + ended.pid()), StandardCharsets.UTF_8);
    }

    private long lines() throws IOException {
        return Files.exists(log.file()) ? Files.readAllLines(log.file()).stream().filter(l -> !l.isBlank()).count() : 0;
    }

    /** A database of holds as JdbcHolds keeps them: one per target (case aside) and per store of an SMP. */
    private record Listed(List<Hold> holds) implements HoldRepository {
        @Override
        public void add(Hold hold) {
            holds.removeIf(h -> key(h).equals(key(hold)) || (h.storeKey() != null && h.storeKey().equals(hold.storeKey())
                    && java.util.Objects.equals(h.server(), hold.server())));
            holds.add(hold);
        }

        @Override
        public boolean remove(String target) {
            return holds.removeIf(h -> key(h).equals(target.strip().toLowerCase(Locale.ROOT)));
        }

        @Override
        public List<Hold> all() {
            return List.copyOf(holds);
        }

        private static String key(Hold h) {
            return h.target().toLowerCase(Locale.ROOT);
        }
    }
}
