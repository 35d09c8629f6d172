package org.osdkit.logs.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osdkit.core.Actor;
import org.osdkit.core.storage.Database;
import org.osdkit.logs.diagnosis.DiagnosisHistory;
import org.osdkit.logs.diagnosis.DiagnosisReport;
import org.osdkit.logs.diagnosis.DiagnosisRun;
import org.osdkit.logs.diagnosis.Evidence;
import org.osdkit.logs.diagnosis.Finding;
import org.osdkit.logs.read.Logs;
import org.osdkit.logs.read.Severity;

/** The contract every {@link DiagnosisHistory} keeps; run on H2 always and on PostgreSQL when configured. */
abstract class DiagnosisHistoryContract {

    private Database database;
    private DiagnosisHistory history;

    abstract Database database();

    @BeforeEach
    void open() {
        database = database();
        history = LogsStorage.jdbc(database).diagnosisHistory();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static DiagnosisReport report(Instant started, Finding... findings) {
        return new DiagnosisReport(started, started.plusSeconds(2), List.of("D:\\Logs", "smpmgr.log"), 3, 1200, 2, 4, 14, List.of(findings));
    }

    private static Finding kb961269() {
        Evidence a = new Evidence("E:\\SMS\\Logs\\smpmgr.log", 2, LocalDateTime.parse("2009-02-10T10:15:02.456"),
                Instant.parse("2009-02-10T11:15:02.456Z"), "Cleanup of store \"E:\\SOURCES\\USMT\\X\" failed with errorcode (80004005)");
        Evidence b = new Evidence("E:\\SMS\\Logs\\smpmgr.log", 3, LocalDateTime.parse("2009-02-10T10:15:02.459"), null,
                "CheckAndDeleteSMPStores failed with error code (80004005)");
        Evidence c = new Evidence("E:\\SMS\\Logs\\smpmgr.log", 9, null, null, "CheckAndDeleteSMPStores failed with error code (80004005)");
        return new Finding("SMP-CLEANUP-KB961269", "SMP cleanup aborts", Severity.ERROR, "medium", "smpmgr.log", 2, List.of(a, b),
                List.of(c), "loop bug", "KB961269", List.of("KB961269", "seed"));
    }

    private static Finding info() {
        return new Finding("CCMSETUP-POLICY-NAMESPACE", "namespace", Severity.INFO, "low", "ccmsetup.log", 1, List.of(), List.of(),
                "benign", "nothing", List.of());
    }

    @Test
    void keepsARunWithItsFindingsAndEvidenceExactly() {
        Instant started = Instant.parse("2026-07-30T12:00:00Z");
        long id = history.record(report(started, kb961269(), info()), Actor.of("admin", ""));
        DiagnosisRun run = history.run(id).orElseThrow();
        assertEquals(started, run.startedAt());
        assertEquals(started.plusSeconds(2), run.finishedAt());
        assertEquals("admin", run.actor());
        assertEquals(List.of("D:\\Logs", "smpmgr.log"), run.inputs());
        assertEquals(1200, run.records());
        assertEquals(1, run.errors());
        assertEquals(0, run.warnings());
        List<Finding> findings = history.findings(id);
        assertEquals(List.of(kb961269(), info()), findings);
        assertNull(findings.get(0).evidence().get(1).utc());
    }

    @Test
    void listsTheNewestRunsFirstAndFindsNothingForUnknownIds() {
        long older = history.record(report(Instant.parse("2026-07-29T12:00:00Z")), Actor.of("a", ""));
        long newer = history.record(report(Instant.parse("2026-07-30T12:00:00Z"), info()), Actor.of("b", ""));
        assertEquals(List.of(newer, older), history.recent(10).stream().map(DiagnosisRun::id).toList());
        assertEquals(1, history.recent(1).size());
        assertTrue(history.run(newer + 1000).isEmpty());
        assertTrue(history.findings(older).isEmpty());
    }

    @Test
    void aSecondAdapterOnTheSameDatabaseSeesTheSameHistory() {
        long id = history.record(report(Instant.parse("2026-07-30T12:00:00Z"), kb961269()), Actor.of("admin", ""));
        assertEquals(1, LogsStorage.jdbc(database).diagnosisHistory().findings(id).size());
    }
}
