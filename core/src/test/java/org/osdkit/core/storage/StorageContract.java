package org.osdkit.core.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.CoreErrors;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.audit.AuditEntry;
import org.osdkit.core.audit.AuditJournal;

/** One suite for storage, run against every database kind by its subclasses. */
abstract class StorageContract {

    protected Database database;

    /** A fresh, empty database of the kind under test. */
    abstract Database open();

    /** A second connection pool on the same database, as another osdkit process would have. */
    abstract Database openSecond();

    @BeforeEach
    void setUp() {
        database = open();
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    static ModuleSchema fixture(String folder) {
        // A folder whose name is no Java package: its resources are readable from any module.
        return new ModuleSchema("probe", StorageContract.class.getClassLoader(), "migration-fixtures/" + folder);
    }

    private List<String> notes() {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT note FROM probe_item ORDER BY id").mapTo(String.class).list());
    }

    @Test
    void appliesEveryScriptOnceInOrderWithTheDialectVariant() {
        database.migrate(fixture("good"));
        String dialect = database.kind() == DatabaseKind.H2 ? "h2" : "postgresql";
        assertEquals(List.of("from V2.sql", dialect), notes());
        assertEquals(3, database.status().schemaVersions().get("probe"));
    }

    @Test
    void migratingAgainFromAnotherPoolChangesNothing() {
        database.migrate(fixture("good"));
        try (Database second = openSecond()) {
            second.migrate(fixture("good"));
        }
        assertEquals(2, notes().size());
    }

    @Test
    void refusesAReleasedScriptThatWasEdited() {
        database.migrate(fixture("newer"));
        try (Database second = openSecond()) {
            OsdkitException e = assertThrows(OsdkitException.class, () -> second.migrate(fixture("edited")));
            assertEquals(CoreErrors.DB_MIGRATION_CHANGED, e.code());
            assertTrue(e.getMessage().contains("differ from this osdkit's"), e.getMessage());
        }
    }

    @Test
    void refusesADatabaseNewerThanTheCode() {
        database.migrate(fixture("good"));
        try (Database second = openSecond()) {
            OsdkitException e = assertThrows(OsdkitException.class, () -> second.migrate(fixture("newer")));
            assertTrue(e.getMessage().contains("at version 3 but this osdkit knows only up to 1"), e.getMessage());
        }
    }

    @Test
    void aFailingScriptIsNotRecordedAndNamesItsVersion() {
        OsdkitException e = assertThrows(OsdkitException.class, () -> database.migrate(fixture("broken")));
        assertEquals(CoreErrors.DB_MIGRATION_FAILED, e.code());
        assertTrue(e.getMessage().contains("V2 (V2__fails_half_way.sql) failed"), e.getMessage());
        assertEquals(1, database.status().schemaVersions().get("probe"));
        assertEquals(List.of(), database.jdbi().withHandle(h -> h.createQuery("SELECT name FROM probe_item").mapTo(String.class).list()));
        // Nothing recorded means the next run tries V2 again, instead of stopping on a failure record.
        try (Database second = openSecond()) {
            OsdkitException again = assertThrows(OsdkitException.class, () -> second.migrate(fixture("broken")));
            assertTrue(again.getMessage().contains("V2 (V2__fails_half_way.sql) failed"), again.getMessage());
        }
    }

    @Test
    void aModuleArrivingInASchemaThatHoldsOtherModulesTablesStillRunsItsV1() {
        AuditJournal.jdbc(database);
        database.migrate(fixture("good"));
        assertEquals(2, notes().size());
        assertEquals(1, database.status().schemaVersions().get("core"));
        assertEquals(3, database.status().schemaVersions().get("probe"));
    }

    private void createOldMigratorDatabase() throws Exception {
        try (InputStream in = StorageContract.class.getResourceAsStream("/migration-fixtures/old-migrator-database.sql")) {
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            database.jdbi().useHandle(h -> h.createScript(script).execute());
        }
    }

    private int rows(String table) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
    }

    @Test
    void statusReadsTheOldMigratorsHistoryBeforeAnyModuleRuns() throws Exception {
        createOldMigratorDatabase();
        assertEquals(Map.of("core", 1, "probe", 2), database.status().schemaVersions());
    }

    @Test
    void takesOverTheOldMigratorsHistoryKeepingEveryRowAndRunningNoScriptTwice() throws Exception {
        createOldMigratorDatabase();
        database.migrate(fixture("good"));
        String dialect = database.kind() == DatabaseKind.H2 ? "h2" : "postgresql";
        assertEquals(List.of("from V2.sql", "written before the takeover", dialect), notes());
        AuditJournal journal = AuditJournal.jdbc(database);
        assertEquals("S01", journal.recent(10).get(0).target());
        assertEquals(Map.of("core", 1, "probe", 3), database.status().schemaVersions());
        // The old history is kept under another name, as the record of what ran when.
        assertEquals(2, rows("probe_history_before_flyway"));
        assertEquals(1, rows("core_history_before_flyway"));
        try (Database second = openSecond()) {
            second.migrate(fixture("good"));
            AuditJournal.jdbc(second).record(new AuditEntry(Instant.parse("2026-12-01T10:00:00Z"), "admin", "a", "S02", null, null, "ok"));
        }
        assertEquals(3, notes().size());
        assertEquals(2, journal.recent(10).size());
    }

    @Test
    void finishesATakeoverThatWasKilledBetweenTheRenameAndTheBaseline() throws Exception {
        createOldMigratorDatabase();
        database.jdbi().useHandle(h -> h.execute("ALTER TABLE probe_schema_history RENAME TO probe_history_before_flyway"));
        database.migrate(fixture("good"));
        assertEquals(3, notes().size());
        assertEquals(3, database.status().schemaVersions().get("probe"));
    }

    @Test
    void refusesToTakeOverAnOldHistoryNewerThanTheCodeAndLeavesItAsItWas() throws Exception {
        createOldMigratorDatabase();
        OsdkitException e = assertThrows(OsdkitException.class, () -> database.migrate(fixture("newer")));
        assertEquals(CoreErrors.DB_MIGRATION_CHANGED, e.code());
        assertTrue(e.getMessage().contains("at version 2 but this osdkit knows only up to 1"), e.getMessage());
        assertEquals(2, rows("probe_schema_history"));
        assertEquals(2, database.status().schemaVersions().get("probe"));
    }

    @Test
    void concurrentMigrationsFromSeveralPoolsApplyEachScriptExactlyOnce() throws Exception {
        List<Database> pools = new ArrayList<>();
        ExecutorService executor = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Database pool = openSecond();
                pools.add(pool);
                tasks.add(() -> {
                    pool.migrate(fixture("good"));
                    return null;
                });
            }
            for (Future<Void> f : executor.invokeAll(tasks)) {
                f.get();
            }
        } finally {
            executor.shutdownNow();
            pools.forEach(Database::close);
        }
        assertEquals(2, notes().size());
        int applied = database.jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM \"probe_schema_history\" WHERE \"type\" = 'SQL' AND \"success\"").mapTo(Integer.class).one());
        assertEquals(3, applied);
    }

    /** A module jar as a release ships it: {@code deploy/common/...} scripts from the good fixture. */
    private static Path moduleJar(Path folder, String name, String... scripts) throws Exception {
        Path jar = folder.resolve(name);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("deploy/"));
            out.putNextEntry(new JarEntry("deploy/common/"));
            for (String script : scripts) {
                out.putNextEntry(new JarEntry("deploy/common/" + script));
                try (InputStream in = StorageContract.class.getResourceAsStream("/migration-fixtures/good/common/" + script)) {
                    in.transferTo(out);
                }
            }
        }
        return jar;
    }

    private static ModuleSchema fromJar(URLClassLoader loader) {
        return new ModuleSchema("probe", loader, "deploy");
    }

    private void tamperWithTheRecordedChecksumOfV1() {
        database.jdbi().useHandle(h -> h.execute("UPDATE \"probe_schema_history\" SET \"checksum\" = \"checksum\" + 1 WHERE \"version\" = '1'"));
    }

    @Test
    void aProcessWhoseScriptsMatchTheMarkerSkipsFlywaysCheck() {
        database.migrate(fixture("good"));
        // Flyway's validation would refuse this history; a process that skips Flyway never sees it.
        tamperWithTheRecordedChecksumOfV1();
        try (Database second = openSecond()) {
            second.migrate(fixture("good"));
        }
        database.jdbi().useHandle(h -> h.execute("DELETE FROM " + MigrationMarker.TABLE));
        try (Database third = openSecond()) {
            OsdkitException e = assertThrows(OsdkitException.class, () -> third.migrate(fixture("good")));
            assertEquals(CoreErrors.DB_MIGRATION_CHANGED, e.code());
        }
    }

    @Test
    void aModuleJarWithANewerMigrationDeployedOverAnUpToDateDatabaseIsMigrated(@TempDir Path folder) throws Exception {
        Path release1 = moduleJar(folder, "probe-1.0.jar", "V1__probe_table.sql");
        Path release2 = moduleJar(folder, "probe-1.1.jar", "V1__probe_table.sql", "V2__add_a_column_and_seed_a_row.sql");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {release1.toUri().toURL()}, null)) {
            database.migrate(fromJar(loader));
        }
        // The same release again skips Flyway (its check would refuse the tampered history), so the
        // fingerprint is read from the jar...
        tamperWithTheRecordedChecksumOfV1();
        try (Database second = openSecond(); URLClassLoader loader = new URLClassLoader(new URL[] {release1.toUri().toURL()}, null)) {
            second.migrate(fromJar(loader));
        }
        database.jdbi().useHandle(h -> h.execute("UPDATE \"probe_schema_history\" SET \"checksum\" = \"checksum\" - 1 WHERE \"version\" = '1'"));
        // ...and the next release, with one more script, is migrated all the same.
        assertEquals(1, database.status().schemaVersions().get("probe"));
        try (Database third = openSecond(); URLClassLoader loader = new URLClassLoader(new URL[] {release2.toUri().toURL()}, null)) {
            third.migrate(fromJar(loader));
        }
        assertEquals(2, database.status().schemaVersions().get("probe"));
        assertEquals(List.of("from V2.sql"), notes());
        // And the release before it, started again on that database, is refused instead of skipping.
        try (Database fourth = openSecond(); URLClassLoader loader = new URLClassLoader(new URL[] {release1.toUri().toURL()}, null)) {
            OsdkitException e = assertThrows(OsdkitException.class, () -> fourth.migrate(fromJar(loader)));
            assertTrue(e.getMessage().contains("at version 2 but this osdkit knows only up to 1"), e.getMessage());
        }
    }

    @Test
    void auditJournalKeepsEntriesNewestFirstPerTarget() {
        AuditJournal journal = AuditJournal.jdbc(database);
        Instant t0 = Instant.parse("2026-11-23T10:15:30.123Z");
        journal.record(new AuditEntry(t0, "admin", "sites.description.set", "S01", "Old", "New", "ok"));
        journal.record(new AuditEntry(t0.plusSeconds(5), "admin", "drivers.package.create", "PS100012", null, "R61", "ok"));
        journal.record(new AuditEntry(t0.plusSeconds(9), "admin", "sites.description.set", "S01", "New", "Newer", "failed: service did not start"));

        List<AuditEntry> recent = journal.recent(10);
        assertEquals(3, recent.size());
        assertEquals("failed: service did not start", recent.get(0).outcome());
        List<AuditEntry> s01 = journal.forTarget("S01", 10);
        assertEquals(2, s01.size());
        assertEquals("Newer", s01.get(0).after());
        assertEquals(t0.truncatedTo(ChronoUnit.MILLIS), s01.get(1).at().truncatedTo(ChronoUnit.MILLIS));
        assertEquals(null, recent.get(1).before());
    }

    @Test
    void auditJournalKeepsVeryLongTargetsAndOutcomesWhole() {
        AuditJournal journal = AuditJournal.jdbc(database);
        String path = "/smp/" + "deep/".repeat(900) + "store";
        String reason = "failed: " + "path too long ".repeat(400);
        journal.record(new AuditEntry(Instant.parse("2026-11-23T10:00:00Z"), "admin", "smp.store.delete", path, null, null, reason));
        AuditEntry back = journal.forTarget(path, 1).get(0);
        assertEquals(path, back.target());
        assertEquals(reason, back.outcome());
    }
}
