package org.osdkit.statemigration.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osdkit.core.Actor;
import org.osdkit.core.SiteCode;
import org.osdkit.core.storage.Database;
import org.osdkit.statemigration.associations.AssociationRepository;
import org.osdkit.statemigration.associations.ComputerAssociation;
import org.osdkit.statemigration.associations.MigrationBehavior;
import org.osdkit.statemigration.associations.MigrationStatus;
import org.osdkit.statemigration.associations.MigrationType;
import org.osdkit.statemigration.capacity.CapacityStatus;
import org.osdkit.statemigration.capacity.FolderCapacity;
import org.osdkit.statemigration.cleanup.CleanupJournal;
import org.osdkit.statemigration.cleanup.CleanupLock;
import org.osdkit.statemigration.cleanup.CoveredStore;
import org.osdkit.statemigration.cleanup.FinishedStep;
import org.osdkit.statemigration.cleanup.Hold;
import org.osdkit.statemigration.cleanup.HoldRepository;
import org.osdkit.statemigration.cleanup.JournalRun;
import org.osdkit.statemigration.cleanup.JournalStep;
import org.osdkit.statemigration.cleanup.StepState;
import org.osdkit.statemigration.health.CapacitySample;
import org.osdkit.statemigration.health.CleanupState;
import org.osdkit.statemigration.health.FolderHealth;
import org.osdkit.statemigration.health.HealthRecords;
import org.osdkit.statemigration.health.HealthStatus;
import org.osdkit.statemigration.health.FailingStore;
import org.osdkit.statemigration.health.ShowCapacityHistory;
import org.osdkit.statemigration.health.SmpHealth;
import org.osdkit.statemigration.settings.SettingsRepository;
import org.osdkit.statemigration.settings.SmpSettings;
import org.osdkit.statemigration.settings.StorageFolder;

/** The module's storage ports, one suite run against H2 and PostgreSQL. */
abstract class SmpStoreContract {

    abstract Database database();

    Database db;
    static final Instant T = Instant.parse("2009-01-26T10:15:30.123456Z");

    @BeforeEach
    void open() {
        db = database();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static ComputerAssociation association(long source, long restore, Instant released, Instant deleted) {
        return new ComputerAssociation(source, restore, "SRC" + source, "DST" + restore, "00:15:5D:01:02:03", null, "CONTOSO\\kenny", null,
                "MID" + source, MigrationBehavior.CAPTUREALLRESTORESPECIFIED, MigrationStatus.COMPLETED, MigrationType.SIDEBYSIDE, "S01",
                T, released, deleted, "\\\\SMP01\\SMPSTORE$\\" + source, List.of("CONTOSO\\kenny", "CONTOSO\\ann"));
    }

    @Test
    void associationsRoundTripWithEveryField() {
        AssociationRepository repo = StateMigrationStorage.jdbc(db).associations();
        ComputerAssociation a = association(1, 2, T.plus(Duration.ofDays(1)), null);
        ComputerAssociation cm2007 = new ComputerAssociation(3, 4, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, List.of());
        assertEquals(2, repo.save(List.of(a, cm2007)));
        assertEquals(List.of(a, cm2007), repo.all());
    }

    @Test
    void reimportUpdatesButKeepsTheDeletionDateOsdkitRecorded() {
        AssociationRepository repo = StateMigrationStorage.jdbc(db).associations();
        ComputerAssociation a = association(1, 2, T.plus(Duration.ofDays(1)), null);
        repo.save(List.of(a));
        Instant gone = T.plus(Duration.ofDays(20));
        repo.markDeleted(a.key(), gone);
        assertEquals(0, repo.save(List.of(a, association(1, 2, T.plus(Duration.ofDays(2)), null))), "known key, twice in one export");
        ComputerAssociation back = repo.all().get(0);
        assertEquals(gone, back.storeDeletionDate());
        assertEquals(T.plus(Duration.ofDays(2)), back.storeReleaseDate(), "the later record wins");
        assertEquals(1, repo.all().size());
    }

    @Test
    void largeImportsAreSavedInBatchesWithALaterDuplicateWinning() {
        AssociationRepository repo = StateMigrationStorage.jdbc(db).associations();
        java.util.List<ComputerAssociation> many = new java.util.ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            many.add(association(i, i, null, null));
        }
        many.add(association(5, 5, T.plus(Duration.ofDays(3)), null));
        assertEquals(2500, repo.save(many));
        List<ComputerAssociation> all = repo.all();
        assertEquals(2500, all.size());
        assertEquals(T.plus(Duration.ofDays(3)), all.get(5).storeReleaseDate());
    }

    @Test
    void settingsRoundTripWithEveryFolder() {
        SettingsRepository repo = StateMigrationStorage.jdbc(db).settings();
        SmpSettings s = new SmpSettings("SMP01", SiteCode.of("S01"), List.of(
                StorageFolder.parse("Directory=E:\\SOURCES\\USMT;MaxClients=800;MinDiskSpace=10;MinDiskSpaceUnit=2;", Path.of("/mnt/usmt")),
                StorageFolder.parse("MinDiskSpaceUnit=3;MinDiskSpace=5;MaxClients=100;Directory=/srv/state;", null)),
                Duration.ofDays(14), Duration.ofMinutes(1440), true, 2);
        repo.save(s);
        repo.save(s);
        assertEquals(List.of(s), repo.all());
        assertEquals(s, repo.find("smp01.contoso.com").orElseThrow());
        assertTrue(repo.find("SMP02").isEmpty());
    }

    @Test
    void holdsArePlacedReplacedAndRemovedByTarget() {
        HoldRepository repo = StateMigrationStorage.jdbc(db).holds();
        Actor admin = Actor.of("admin", "");
        repo.add(new Hold("PC1", "first", admin, T));
        repo.add(new Hold("pc1", "second", admin, T.plusSeconds(1)));
        repo.add(new Hold("MID7", null, admin, T.plusSeconds(2)));
        assertEquals(List.of("second", "null"), repo.all().stream().map(h -> String.valueOf(h.reason())).toList());
        assertTrue(repo.remove("Pc1"));
        assertFalse(repo.remove("PC1"));
        assertEquals(1, repo.all().size());
    }

    @Test
    void holdsKeepWhatTheyCoverAndTheSameStoreSpeltAnotherWayReplacesTheHold() {
        HoldRepository repo = StateMigrationStorage.jdbc(db).holds();
        Actor admin = new Actor("kenny", "CONTOSO", "ADMINPC");
        List<CoveredStore> covered = List.of(new CoveredStore("1/2", "SRC1 -> DST2", "\\\\SMP01\\SMPSTORE$\\1"),
                new CoveredStore(null, null, "/mnt/usmt/SMPSTORE$/1"));
        Hold byPath = new Hold("\\\\SMP01\\SMPSTORE$\\1", "legal", admin, T, "SMP01", "smpstore$/1", covered);
        Hold byName = new Hold("SRC1", null, admin, T.plusSeconds(1), null, null, List.of(covered.get(0)));
        repo.add(byPath);
        repo.add(byName);
        assertEquals(List.of(byPath, byName), repo.all());

        Hold respelt = new Hold("E:\\USMT\\smpstore$\\1\\", "still legal", admin, T.plusSeconds(2), "SMP01", "smpstore$/1", covered);
        repo.add(respelt);
        assertEquals(List.of(byName, respelt), repo.all(), "one hold per store of an SMP, whatever the spelling");
        assertTrue(repo.remove(respelt.target()));
        assertEquals(List.of(byName), repo.all());
    }

    @Test
    void theLastHealthCheckOfEachSmpIsKeptAndReadBackAsItWas() {
        HealthRecords records = StateMigrationStorage.jdbc(db).health();
        assertTrue(records.last("SMP01").isEmpty());
        FolderCapacity capacity = new FolderCapacity("E:\\SOURCES\\USMT", CapacityStatus.WARNING, 790, 800, 1L << 40, 2L << 40, 1L << 30,
                10L << 30, "10 GB", 12, 4.5, T);
        SmpHealth first = new SmpHealth("SMP01", T, HealthStatus.WARNING, false,
                List.of(new FolderHealth("E:\\SOURCES\\USMT", "/mnt/usmt", true, true, capacity)), 3, 300, 1, T.minusSeconds(60), 2, 30, null,
                0, 1, "run-7", CleanupState.INTERRUPTED,
                new CleanupLock("SMP01", "claim-1", "run-7", "OTHER-HOST", 99, T.minusSeconds(120), T.minusSeconds(90), Duration.ofSeconds(90)),
                List.of("Storage folder E:\\SOURCES\\USMT is close to full"),
                List.of(new FailingStore("/mnt/usmt/SMPSTORE$/ABC", "PC1 -> PC1", 3, 3, "run-7", T.minusSeconds(100), "Access is denied")));
        records.save(first);
        assertEquals(first, records.last("SMP01").orElseThrow());
        SmpHealth second = new SmpHealth("SMP01", T.plusSeconds(600), HealthStatus.OK, true, List.of(), 0, 0, 0, null, 0, 30, null, 0, 0, null,
                CleanupState.IDLE, null, List.of(), List.of());
        records.save(second);
        assertEquals(second, records.last("SMP01").orElseThrow(), "only the last check is kept");
        assertTrue(records.last("SMP02").isEmpty());
    }

    @Test
    void everyChecksCapacityPerFolderIsKeptAsASeriesReadNewestChecksOnly() {
        HealthRecords records = StateMigrationStorage.jdbc(db).health();
        for (int i = 0; i < 5; i++) {
            List<FolderHealth> folders = new ArrayList<>();
            for (String dir : List.of("E:\\USMT", "F:\\USMT")) {
                folders.add(new FolderHealth(dir, "/mnt/" + dir.charAt(0), true, true, new FolderCapacity(dir, i == 4 ? CapacityStatus.WARNING
                        : CapacityStatus.OK, 10 * i + dir.charAt(0) - 'E', 800, 1000L * i, 1L << 40, (1L << 40) - 1000L * i, 1L << 30, "1 GB", 0, null, null)));
            }
            records.save(new SmpHealth("SMP01", T.plusSeconds(3600L * i), HealthStatus.OK, false, folders, 0, 0, 0, null, 0, 30, null, 0, 0,
                    null, CleanupState.IDLE, null, List.of(), List.of()));
        }
        records.save(new SmpHealth("SMP02", T, HealthStatus.OK, false, List.of(), 0, 0, 0, null, 0, 30, null, 0, 0, null, CleanupState.IDLE,
                null, List.of(), List.of()));
        List<CapacitySample> all = records.capacityHistory("SMP01", 100);
        assertEquals(10, all.size(), "one sample per folder per check: " + all);
        List<CapacitySample> last = records.capacityHistory("SMP01", 2);
        assertEquals(4, last.size(), "the newest two checks only: " + last);
        assertEquals(T.plusSeconds(3600L * 3), last.get(0).checkedAt(), "oldest first");
        assertEquals(new CapacitySample("SMP01", T.plusSeconds(3600L * 4), "F:\\USMT", CapacityStatus.WARNING, 41, 800, 4000, 1L << 40,
                (1L << 40) - 4000, 1L << 30), last.get(3));
        assertTrue(records.capacityHistory("SMP02", 10).isEmpty(), "a check without folders has no samples");
        assertTrue(records.capacityHistory("SMP03", 10).isEmpty());
        assertEquals(T.plusSeconds(3600L * 4), records.last("SMP01").orElseThrow().checkedAt(), "the last check is still the one kept");
    }

    private static SmpHealth checkWithTwoFolders(String server, Instant at) {
        List<FolderHealth> folders = new ArrayList<>();
        for (String dir : List.of("E:\\USMT", "F:\\USMT")) {
            folders.add(new FolderHealth(dir, "/mnt/" + dir.charAt(0), true, true,
                    new FolderCapacity(dir, CapacityStatus.OK, 1, 800, 1000L, 1L << 40, (1L << 40) - 1000L, 1L << 30, "1 GB", 0, null, null)));
        }
        return new SmpHealth(server, at, HealthStatus.OK, false, folders, 0, 0, 0, null, 0, 30, null, 0, 0, null, CleanupState.IDLE, null,
                List.of(), List.of());
    }

    @Test
    void theSeriesKeepsTheNewestChecksOfEachSmpAndDropsTheOlderOnesWhenACheckIsSaved() {
        StateMigrationStorage.jdbc(db); // the tables
        HealthRecords records = new JdbcHealthRecords(db, 3);
        records.save(checkWithTwoFolders("SMP02", T.minusSeconds(86_400L * 500)));
        // Saved out of order: the rule keeps the newest by time, not the last written.
        for (int i : new int[] {4, 0, 1, 5, 2, 3}) {
            records.save(checkWithTwoFolders("SMP01", T.plusSeconds(3600L * i)));
        }
        List<CapacitySample> kept = records.capacityHistory("SMP01", 100);
        assertEquals(List.of(T.plusSeconds(3600L * 3), T.plusSeconds(3600L * 4), T.plusSeconds(3600L * 5)),
                kept.stream().map(CapacitySample::checkedAt).distinct().toList(), "the newest three checks: " + kept);
        assertEquals(6, kept.size(), "both folders of each kept check");
        assertEquals(6L, rows("SMP01"), "the older rows are deleted, not only left unread");
        assertEquals(2, records.capacityHistory("SMP02", 100).size(), "another SMP's series is its own: its one old check stays");

        // A check older than every kept one is written and dropped again in the same save.
        records.save(checkWithTwoFolders("SMP01", T.minusSeconds(3600)));
        assertEquals(T.plusSeconds(3600L * 3), records.capacityHistory("SMP01", 100).get(0).checkedAt());
        assertEquals(T.minusSeconds(3600), records.last("SMP01").orElseThrow().checkedAt(), "the last check itself is still what was saved");
    }

    @Test
    void theStorageKeepsAsManyChecksAsTheChartCanRead() {
        HealthRecords records = StateMigrationStorage.jdbc(db).health();
        int checks = ShowCapacityHistory.MAX_CHECKS + 2;
        for (int i = 0; i < checks; i++) {
            records.save(checkWithTwoFolders("SMP01", T.plusSeconds(60L * i)));
        }
        List<CapacitySample> kept = records.capacityHistory("SMP01", ShowCapacityHistory.MAX_CHECKS);
        assertEquals(2 * ShowCapacityHistory.MAX_CHECKS, kept.size());
        assertEquals(T.plusSeconds(60L * 2), kept.get(0).checkedAt(), "the two oldest checks went");
        assertEquals(2L * ShowCapacityHistory.MAX_CHECKS, rows("SMP01"));
    }

    private long rows(String server) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM smp_capacity_history WHERE server = :server")
                .bind("server", server).mapTo(Long.class).one());
    }

    @Test
    void journalKeepsEveryStepBeforeAndAfter() {
        CleanupJournal journal = StateMigrationStorage.jdbc(db).journal();
        journal.begin(new JournalRun("run-1", "SMP01", "admin", T, null, 2, 20160), List.of(
                new JournalStep("run-1", 1, "/srv/a", "1/1", "A -> A", 10, StepState.PLANNED, null, null, null, null),
                new JournalStep("run-1", 2, "/srv/b", "2/2", "B -> B", 20, StepState.PLANNED, null, null, null, null)));
        journal.started("run-1", 1, T.plusSeconds(1));
        assertEquals("run-1", journal.unfinished("SMP01").orElseThrow().runId());
        journal.finished(new FinishedStep("run-1", 1, StepState.FAILED, 3, "access denied: /srv/a/x", T.plusSeconds(2), null, null));
        List<JournalStep> steps = journal.steps("run-1");
        assertEquals(StepState.FAILED, steps.get(0).state());
        assertEquals(3L, steps.get(0).bytesDeleted());
        assertEquals(T.plusSeconds(1), steps.get(0).startedAt());
        assertEquals(StepState.PLANNED, steps.get(1).state());
        assertNull(steps.get(1).startedAt());
        journal.end("run-1", T.plusSeconds(3));
        assertTrue(journal.unfinished("SMP01").isEmpty());
        assertEquals(T.plusSeconds(3), journal.runs("SMP01", 10).get(0).finishedAt());
        assertTrue(journal.run("nope").isEmpty());
    }
}
