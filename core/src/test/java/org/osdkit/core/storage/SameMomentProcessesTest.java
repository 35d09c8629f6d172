package org.osdkit.core.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.audit.AuditJournal;
import org.osdkit.core.workspace.Workspace;
import org.osdkit.core.testing.ChildJvm;

/**
 * Two osdkit processes started at the same moment on one new workspace: both get the database (both
 * create and migrate it at once), and the embedded database's AUTO_SERVER listens on loopback only,
 * as the processes' listening sockets in {@code /proc/net/tcp} and {@code /proc/net/tcp6} show.
 */
@EnabledOnOs(OS.LINUX)
class SameMomentProcessesTest {

    private static final String CHILD = """
            import java.nio.file.Files;
            import java.nio.file.Path;
            import java.time.Instant;
            import org.osdkit.core.audit.AuditEntry;
            import org.osdkit.core.audit.AuditJournal;
            import org.osdkit.core.storage.Database;
            import org.osdkit.core.storage.DatabaseSettings;
            public class Opener {
                public static void main(String[] args) throws Exception {
                    Path go = Path.of(args[1]);
                    Path stop = Path.of(args[2]);
                    System.out.println("ready");
                    System.out.flush();
                    while (!Files.exists(go)) {
                        Thread.sleep(2);
                    }
                    try (Database db = Database.open(DatabaseSettings.of(args[0]))) {
                        AuditJournal.jdbc(db).record(new AuditEntry(Instant.now(), args[3], "open", "workspace", null, null, "ok"));
                        System.out.println("holding");
                        System.out.flush();
                        while (!Files.exists(stop)) {
                            Thread.sleep(10);
                        }
                    }
                }
            }
            """;

    @TempDir
    Path folder;

    @Test
    void twoProcessesStartedTogetherBothGetTheDatabaseWhichListensOnLoopbackOnly() throws Exception {
        // Three rounds by default; -Drounds=N in surefire's argLine loops longer when hunting a race.
        for (int round = 0; round < Integer.getInteger("rounds", 3); round++) {
            Path roundFolder = Files.createDirectories(folder.resolve("round" + round));
            DatabaseSettings settings = DatabaseSettings.forWorkspace(Workspace.open(roundFolder.resolve("ws")));
            Path go = roundFolder.resolve("go");
            Path stop = roundFolder.resolve("stop");
            List<Process> children = new ArrayList<>();
            List<Path> outputs = new ArrayList<>();
            try {
                for (String name : List.of("first", "second")) {
                    Path out = roundFolder.resolve(name + ".out");
                    outputs.add(out);
                    children.add(ChildJvm.sourceProgram(roundFolder, "Opener", CHILD, settings.url(), go.toString(), stop.toString(), name)
                            .redirectErrorStream(true).redirectOutput(out.toFile()).start());
                }
                // Both JVMs are up and waiting: release them together.
                awaitLine(outputs, children, "ready");
                Files.createFile(go);
                awaitLine(outputs, children, "holding");

                List<String> listening = new ArrayList<>();
                for (Process child : children) {
                    listening.addAll(ListeningSockets.of(child.pid()));
                }
                assertFalse(listening.isEmpty(), "round " + round + ": no process listens, so no AUTO_SERVER was checked");
                for (String address : listening) {
                    assertTrue(ListeningSockets.isLoopback(address), "round " + round + ": the database listens on " + address + " (all: " + listening + ")");
                }
            } finally {
                Files.writeString(stop, "");
                for (Process child : children) {
                    if (!child.waitFor(60, TimeUnit.SECONDS)) {
                        child.destroyForcibly();
                    }
                }
            }
            for (int i = 0; i < children.size(); i++) {
                assertEquals(0, children.get(i).exitValue(), "round " + round + ": " + Files.readString(outputs.get(i)));
            }
            try (Database db = Database.open(settings)) {
                Set<String> actors = new HashSet<>();
                AuditJournal.jdbc(db).recent(10).forEach(e -> actors.add(e.actor()));
                assertEquals(Set.of("first", "second"), actors, "round " + round);
            }
        }
    }

    private static final String HOLDER = """
            import java.nio.file.Files;
            import java.nio.file.Path;
            import java.sql.Connection;
            import java.sql.DriverManager;
            public class Holder {
                public static void main(String[] args) throws Exception {
                    // No AUTO_SERVER: the file is locked and the lock file names no server to go through.
                    try (Connection c = DriverManager.getConnection(args[0], "sa", "")) {
                        System.out.println("holding");
                        System.out.flush();
                        Thread.sleep(Long.parseLong(args[1]));
                    }
                }
            }
            """;

    /**
     * The moment the second process fails on without a retry: the database file is locked and no
     * server is named yet to connect through (H2: "Locked by another process"). A holder without
     * AUTO_SERVER keeps it that way for two seconds; opening the workspace meanwhile waits for it.
     */
    @Test
    void openingWaitsForAProcessThatHoldsTheFileForAMomentInsteadOfFailingAtOnce() throws Exception {
        DatabaseSettings settings = DatabaseSettings.forWorkspace(Workspace.open(folder.resolve("ws")));
        try (Database db = Database.open(settings)) {
            AuditJournal.jdbc(db);
        }
        String exclusive = settings.url().substring(0, settings.url().indexOf(';'));
        Path out = folder.resolve("holder.out");
        Process holder = ChildJvm.sourceProgram(folder, "Holder", HOLDER, exclusive, "2000").redirectErrorStream(true).redirectOutput(out.toFile()).start();
        try {
            awaitLine(List.of(out), List.of(holder), "holding");
            long start = System.nanoTime();
            try (Database db = Database.open(settings)) {
                assertEquals(1, db.status().schemaVersions().get("core"));
            }
            assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) >= 500, "the holder was not in the way: nothing was tested");
        } finally {
            if (!holder.waitFor(60, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
        assertEquals(0, holder.exitValue(), Files.readString(out));
    }

    private static void awaitLine(List<Path> outputs, List<Process> children, String line) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        for (int i = 0; i < outputs.size(); i++) {
            while (!Files.readString(outputs.get(i)).lines().anyMatch(line::equals)) {
                if (!children.get(i).isAlive() || System.nanoTime() > deadline) {
                    children.get(i).waitFor(5, TimeUnit.SECONDS);
                    throw new AssertionError("a process did not print \"" + line + "\": " + Files.readString(outputs.get(i)));
                }
                Thread.sleep(5);
            }
        }
    }
}
