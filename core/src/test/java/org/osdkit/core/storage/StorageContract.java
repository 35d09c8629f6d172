package org.osdkit.core.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
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
