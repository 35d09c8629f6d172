package org.osdkit.core.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * core as a library user meets it on the module path: only {@code org.osdkit.core} asked for (no
 * {@code --add-modules ALL-MODULE-PATH}), Guice and Guava not there at all. Opening a database,
 * migrating core's schema and writing the audit journal must work: Jdbi's geantyref, Flyway, HikariCP
 * and the H2 driver are resolved from core's own module declaration and service binding.
 */
class ModulePathTest {

    private static final String CHILD = """
            import java.time.Instant;
            import org.osdkit.core.audit.AuditEntry;
            import org.osdkit.core.audit.AuditJournal;
            import org.osdkit.core.storage.Database;
            import org.osdkit.core.storage.DatabaseSettings;
            public class Child {
                public static void main(String[] args) {
                    try (Database db = Database.open(DatabaseSettings.inMemory("module-path"))) {
                        AuditJournal journal = AuditJournal.jdbc(db);
                        journal.record(new AuditEntry(Instant.now(), "admin", "probe", "target", null, null, "ok"));
                        System.out.println("guice=" + ModuleLayer.boot().findModule("com.google.guice").isPresent()
                                + " core=" + db.status().schemaVersions().get("core") + " entries=" + journal.recent(5).size());
                    }
                }
            }
            """;

    @TempDir
    Path folder;

    @Test
    void coreWorksOnTheModulePathWithOnlyItsOwnModuleAskedForAndNoGuice() throws Exception {
        Path source = folder.resolve("Child.java");
        Files.writeString(source, CHILD, StandardCharsets.UTF_8);
        // core's run-time modules as surefire has them, less Guice, plus the H2 driver (a test
        // dependency, so surefire keeps it on the class path).
        List<String> modules = new ArrayList<>(entries("jdk.module.path").stream()
                .filter(p -> !p.contains("test-classes") && !p.contains("guice") && !p.contains("guava")).toList());
        entries("java.class.path").stream().filter(p -> Path.of(p).getFileName().toString().startsWith("h2-")).forEach(modules::add);
        String modulePath = String.join(File.pathSeparator, modules);
        Process child = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", modulePath, "--add-modules", "org.osdkit.core", source.toString()))
                .redirectErrorStream(true).redirectOutput(folder.resolve("child.out").toFile()).start();
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the child did not finish");
        String out = Files.readString(folder.resolve("child.out"));
        assertEquals(0, child.exitValue(), out);
        assertTrue(out.contains("guice=false core=1 entries=1"), out);
    }

    private static List<String> entries(String property) {
        return List.of(System.getProperty(property, "").split(File.pathSeparator)).stream().filter(p -> !p.isBlank()).toList();
    }
}
