package org.osdkit.core.intent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.CoreErrors;
import org.osdkit.core.OsdkitException;

class IntentLogTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @TempDir
    Path tmp;

    @Test
    void appendedIntentsAreReadBackInOrderWithTheirWriter() {
        IntentLog log = IntentLog.in(tmp.resolve("intents"), "smp-cleanup");
        log.append("a.begin", "run-1", JSON.objectNode().put("server", "SMP01"));
        log.append("a.delete", "run-1#1", JSON.objectNode().put("seq", 1));
        List<Intent> read = IntentLog.at(tmp.resolve("intents/smp-cleanup.intents")).read();
        assertEquals(List.of("a.begin", "a.delete"), read.stream().map(Intent::kind).toList());
        assertEquals("SMP01", read.get(0).body().get("server").asText());
        assertEquals(ProcessHandle.current().pid(), read.get(1).writer().pid());
        assertTrue(read.get(1).writer().alive(), "this process is alive");
    }

    @Test
    void aTornLastLineIsSkippedAndTheNextAppendStillReads() throws Exception {
        IntentLog log = IntentLog.in(tmp, "x");
        log.append("k", "1", JSON.objectNode());
        // A kill in the middle of a write leaves half a line.
        Files.writeString(log.file(), "{\"kind\":\"k\",\"ke", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        assertEquals(List.of("1"), log.read().stream().map(Intent::key).toList());
        log.append("k", "2", JSON.objectNode());
        assertEquals(List.of("1", "2"), log.read().stream().map(Intent::key).toList(), "the next intent starts a line of its own");
    }

    @Test
    void retireRewritesWithoutWhatIsDoneAndRemovesAnEmptyFile() {
        IntentLog log = IntentLog.in(tmp, "x");
        for (int i = 1; i <= 5; i++) {
            log.append("k", String.valueOf(i), JSON.objectNode().put("n", i));
        }
        assertEquals(3, log.retire(i -> i.body().get("n").asInt() % 2 == 1));
        assertEquals(List.of("2", "4"), log.read().stream().map(Intent::key).toList());
        assertEquals(0, log.retire(i -> false));
        assertEquals(2, log.retire(i -> true));
        assertFalse(Files.exists(log.file()), "nothing left: no file");
        assertEquals(List.of(), log.read());
    }

    @Test
    void concurrentAppendsNeverInterleave() throws Exception {
        IntentLog log = IntentLog.in(tmp, "x");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        String big = "y".repeat(20_000);
        for (int t = 0; t < 4; t++) {
            int thread = t;
            pool.submit(() -> {
                for (int i = 0; i < 25; i++) {
                    log.append("k", thread + "-" + i, JSON.objectNode().put("pad", big));
                }
            });
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));
        assertEquals(100, log.read().size());
    }

    @Test
    void aFileThatCannotBeWrittenIsAnErrorNamingIt() throws Exception {
        Path blocked = Files.writeString(tmp.resolve("blocked"), "a file where the folder should be");
        IntentLog log = IntentLog.in(blocked, "x");
        OsdkitException e = assertThrows(OsdkitException.class, () -> log.append("k", "1", JSON.objectNode()));
        assertEquals(CoreErrors.INTENT_WRITE_FAILED, e.code());
        assertTrue(e.getMessage().contains(log.file().toString()), e.getMessage());
    }

    @Test
    void noneKeepsNothing() {
        IntentLog none = IntentLog.none();
        none.append("k", "1", JSON.objectNode());
        assertEquals(List.of(), none.read());
        assertEquals(0, none.retire(i -> true));
    }

    @Test
    void anEndedProcessIsNotAlive() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        assertFalse(new IntentWriter(p.pid(), p.info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L)).alive());
        IntentWriter me = IntentWriter.current();
        assertFalse(new IntentWriter(me.pid(), me.startMillis() + 1).alive(), "same pid, other start: a reused pid");
    }
}
