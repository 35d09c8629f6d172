package org.osdkit.core.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.workspace.Workspace;
import org.osdkit.core.testing.ChildJvm;

/**
 * Two osdkit processes on one workspace: a second JVM opens the same embedded database while this one
 * holds it, and both write at the same time.
 */
class TwoProcessesTest {

    private static final String CHILD = """
            import org.osdkit.core.storage.Database;
            import org.osdkit.core.storage.DatabaseSettings;
            public class Child {
                public static void main(String[] args) {
                    try (Database db = Database.open(DatabaseSettings.of(args[0]))) {
                        for (int i = 0; i < 50; i++) {
                            int n = i;
                            db.jdbi().useHandle(h -> h.execute("INSERT INTO shared_rows (writer, n) VALUES ('child', ?)", n));
                        }
                    }
                }
            }
            """;

    @TempDir
    Path folder;

    @Test
    void aSecondProcessOnTheSameWorkspaceWorksWhileTheFirstHoldsTheDatabase() throws Exception {
        DatabaseSettings settings = DatabaseSettings.forWorkspace(Workspace.open(folder.resolve("ws")));
        try (Database db = Database.open(settings)) {
            db.jdbi().useHandle(h -> h.execute("CREATE TABLE shared_rows (writer VARCHAR(10), n INT)"));
            Process child = ChildJvm.sourceProgram(folder, "Child", CHILD, settings.url())
                    .redirectErrorStream(true).redirectOutput(folder.resolve("child.out").toFile()).start();
            for (int i = 0; i < 50; i++) {
                int n = i;
                db.jdbi().useHandle(h -> h.execute("INSERT INTO shared_rows (writer, n) VALUES ('parent', ?)", n));
            }
            assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the second process did not finish");
            assertEquals(0, child.exitValue(), Files.readString(folder.resolve("child.out")));
            List<String> counts = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT writer || '=' || COUNT(*) FROM shared_rows GROUP BY writer ORDER BY writer").mapTo(String.class).list());
            assertEquals(List.of("child=50", "parent=50"), counts);
        }
    }
}
