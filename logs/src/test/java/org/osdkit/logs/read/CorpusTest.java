package org.osdkit.logs.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.osdkit.logs.LogsErrors;

/**
 * Every file of the two log corpora (test resources {@code corpus/logs-*}, see their PROVENANCE.txt)
 * parses with the counts the corpora state: 76 CMTrace records and 3 legacy lines in
 * logs-cmtraceopen-fixtures, 10 records in logs-plaso; torn pieces are unparsed records.
 */
class CorpusTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/client/deployment/bits-transfer-failure/evidence/client-content/current/CAS.log, CMTRACE, 1, 0",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/client/deployment/bits-transfer-failure/evidence/client-content/current/DataTransferService.log, CMTRACE, 2, 0",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/client/deployment/dp-content-missing/evidence/client-app-intent/current/AppIntentEval.log, CMTRACE, 2, 0",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/client/deployment/dp-content-missing/evidence/client-content/current/CAS.log, CMTRACE, 1, 0",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/client/deployment/rotation-boundary/evidence/client-app-intent/current/AppIntentEval.log, CMTRACE, 2, 0",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/client/deployment/rotation-boundary/evidence/client-content/current/CAS.log, CMTRACE, 0, 1",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/client/deployment/rotation-boundary/evidence/client-content/lo/CAS.lo_, CMTRACE, 0, 1",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/client/deployment/success/evidence/client-app-enforce/current/AppEnforce.log, CMTRACE, 1, 0",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/client/deployment/success/evidence/client-app-intent/current/AppDiscovery.log, CMTRACE, 1, 0",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/client/deployment/success/evidence/client-app-intent/current/AppIntentEval.log, CMTRACE, 2, 0",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/client/deployment/success/evidence/client-content/current/CAS.log, CMTRACE, 2, 0",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/client/deployment/success/evidence/client-content/current/DataTransferService.log, CMTRACE, 2, 0",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/client/deployment/success/evidence/client-policy-state/current/StateMessage.log, CMTRACE, 1, 0",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/client/health/boundary-location-failure/evidence/client-location-services-shared/current/LocationServices.log, CMTRACE, 2, 0",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/client/health/malformed/evidence/client-evaluation/current/CcmEval.log, CMTRACE, 0, 1",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/client/health/rotation-boundary/evidence/client-ccmsetup/current/ccmsetup.log, CMTRACE, 0, 1",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/client/health/rotation-boundary/evidence/client-ccmsetup/lo/ccmsetup.lo_, CMTRACE, 0, 1",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/client/health/setup-failure/evidence/client-ccmsetup/current/ccmsetup.log, CMTRACE, 1, 0",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/client/intake/rotations/evidence/client-app-enforce/current/AppEnforce.log, CMTRACE, 1, 0",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/client/intake/rotations/evidence/client-app-enforce/lo/AppEnforce.lo_, CMTRACE, 1, 0",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/client/intake/rotations/evidence/client-app-enforce/numbered-2/AppEnforce.log.2, CMTRACE, 1, 0",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/client/policy/contradictory-offset/evidence/client-policy-agent/current/PolicyAgent.log, CMTRACE, 6, 0",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/client/policy/malformed/evidence/client-policy-agent/current/PolicyAgent.log, CMTRACE, 1, 0",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/client/policy/multiline/evidence/client-policy-agent/current/PolicyAgent.log, CMTRACE, 3, 0",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/client/policy/multiline/evidence/client-policy-agent/current/Scheduler.log, CMTRACE, 1, 0",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/client/task_sequence/disk-image-failure/evidence/client-task-sequence-smsts/setup/current/smsts.log, CMTRACE, 1, 0",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/client/task_sequence/invalid-offset/evidence/client-task-sequence-smsts/client/current/smsts.log, CMTRACE, 1, 0",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/client/task_sequence/relocated-fragments/evidence/client-task-sequence-smsts/client/completed/smsts.log, CMTRACE, 1, 0",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/client/task_sequence/relocated-fragments/evidence/client-task-sequence-smsts/full-os/current/smsts.log, CMTRACE, 1, 0",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/client/task_sequence/relocated-fragments/evidence/client-task-sequence-smsts/setup/current/smsts.log, CMTRACE, 1, 0",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/client/task_sequence/relocated-fragments/evidence/client-task-sequence-smsts/winpe/current/smsts.log, CMTRACE, 1, 0",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/client/task_sequence/rotation-boundary/evidence/client-task-sequence-smsts/client/current/smsts.log, CMTRACE, 0, 1",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/client/task_sequence/rotation-boundary/evidence/client-task-sequence-smsts/client/lo/smsts.lo_, CMTRACE, 0, 1",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/server/distribution_point/distribution-failure/evidence/server-dp-distribution/site/current/distmgr.log, CMTRACE, 2, 0",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/server/distribution_point/healthy-package/evidence/server-dp-distribution/dp/current/SMSDPProv.log, CMTRACE, 2, 0",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/server/distribution_point/healthy-package/evidence/server-dp-distribution/site/current/PkgXferMgr.log, CMTRACE, 1, 0",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/server/distribution_point/healthy-package/evidence/server-dp-distribution/site/current/distmgr.log, CMTRACE, 2, 0",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/server/distribution_point/rotation-boundary/evidence/server-dp-distribution/site/current/distmgr.log, CMTRACE, 0, 2",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/server/distribution_point/rotation-boundary/evidence/server-dp-distribution/site/lo_/distmgr.log, CMTRACE, 0, 1",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/server/distribution_point/transfer-failure/evidence/server-dp-distribution/site/current/PkgXferMgr.log, CMTRACE, 1, 0",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/server/hierarchy_and_replication/healthy-link/evidence/server-hierarchy-transfer/origin/current/sender.log, CMTRACE, 1, 0",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/server/hierarchy_and_replication/healthy-link/evidence/server-hierarchy-transfer/origin/lo_/sender.lo_, CMTRACE, 1, 0",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/server/intake/multiline/evidence/sccm/server/management-point/server-mp-policy/current/MP_GetPolicy.log, CMTRACE, 1, 0",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/server/intake/rotations/evidence/sccm/server/management-point/server-mp-policy/current/MP_GetPolicy.log, CMTRACE, 1, 0",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/server/intake/rotations/evidence/sccm/server/management-point/server-mp-policy/lo_/MP_GetPolicy.lo_, CMTRACE, 1, 0",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/server/intake/rotations/evidence/sccm/server/management-point/server-mp-policy/numbered-2/MP_GetPolicy.log.2, CMTRACE, 1, 0",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/server/intake/rotations/evidence/sccm/server/management-point/server-mp-policy/timestamped-20260729-235700/MP_GetPolicy.log.20260729-235700, CMTRACE, 1, 0",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/server/management-point/location-failure/evidence/server-mp-policy/current/MP_Location.log, CMTRACE, 1, 0",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/server/site_core/component-failure/evidence/sccm/server/site-server/server-sitecomp/current/sitecomp.log, CMTRACE, 3, 0",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/server/site_core/healthy/evidence/sccm/server/site-server/server-sitecomp/current/sitecomp.log, CMTRACE, 3, 0",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/server/site_core/healthy/evidence/sccm/server/site-server/server-status/current/statmgr.log, CMTRACE, 2, 0",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/server/site_core/rotation-boundary/evidence/sccm/server/site-server/server-sitecomp/current/sitecomp.log, CMTRACE, 0, 1",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/server/site_core/rotation-boundary/evidence/sccm/server/site-server/server-sitecomp/lo_/sitecomp.lo_, CMTRACE, 0, 1",
            "corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/spine/multiline-policy.log, CMTRACE, 1, 0",
            "corpus/logs-cmtraceopen-fixtures/src-tauri/tests/corpus/ccm/clean/basic.log, CMTRACE, 3, 0",
            "corpus/logs-cmtraceopen-fixtures/src-tauri/tests/corpus/ccm/malformed/broken_timestamp.log, CMTRACE, 4, 0",
            "corpus/logs-cmtraceopen-fixtures/src-tauri/tests/corpus/ccm/malformed/truncated.log, CMTRACE, 2, 1",
            "corpus/logs-cmtraceopen-fixtures/src-tauri/tests/corpus/ime/multiline/HealthScripts.log, CMTRACE, 2, 0",
            "corpus/logs-cmtraceopen-fixtures/src-tauri/tests/corpus/simple/clean/basic.log, LEGACY, 3, 0",
            "corpus/logs-plaso/test_data/sccm_various.log, CMTRACE, 10, 0",
    })
    void parsesEachCorpusFileWithItsRecordCounts(String path, LogFormat format, int entries, int unparsed) {
        Logs.Read read = Logs.file(Logs.resource(path));
        assertEquals(format, read.format());
        assertEquals(entries, read.entries().size(), "entries");
        assertEquals(unparsed, read.unparsed().size(), "unparsed fragments");
        read.unparsed().forEach(r -> assertTrue(r.line() >= 1 && !r.message().isBlank(), r.toString()));
    }

    @Test
    void cmtraceopenFixturesHoldSeventySixRecordsAndThreeLegacyLines() throws IOException {
        List<Logs.Read> reads;
        try (Stream<Path> files = Files.walk(Logs.resource("corpus/logs-cmtraceopen-fixtures"))) {
            reads = files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".txt")).map(Logs::file).toList();
        }
        assertEquals(59, reads.size());
        long cmtrace = reads.stream().filter(r -> r.format() == LogFormat.CMTRACE).mapToLong(r -> r.entries().size()).sum();
        long legacy = reads.stream().filter(r -> r.format() == LogFormat.LEGACY).mapToLong(r -> r.entries().size()).sum();
        assertEquals(76, cmtrace);
        assertEquals(3, legacy);
    }

    @Test
    void plasoRecordsGetUtcFromTheirBiasWithTheConfigMgrSign() {
        List<LogRecord> r = Logs.file(Logs.resource("corpus/logs-plaso/test_data/sccm_various.log")).records();
        assertEquals(10, r.size());
        // 19:33:19.766-330: UTC = local + bias = 19:33 - 5:30.
        assertEquals(Instant.parse("2014-11-28T14:03:19.766Z"), r.get(0).utc());
        assertEquals(-330, r.get(0).biasMinutes());
        assertEquals(Instant.parse("2014-11-26T03:20:47.594Z"), r.get(8).utc());
        assertEquals(Instant.parse("2014-11-24T09:52:13.827Z"), r.get(9).utc());
        // 7-digit fraction, no bias, unpadded date 1-2-2015: zone unknown, local time kept to 100 ns.
        LogRecord dotnet = r.get(2);
        assertEquals("2015-01-02T10:22:50.842296400", dotnet.localTime().toString());
        assertNull(dotnet.utc());
        assertEquals(ZoneStatus.UNKNOWN, dotnet.zone());
        assertEquals(Severity.VERBOSE, dotnet.severity());
        assertEquals(3, dotnet.line());
        assertEquals(17, r.get(3).line());
        assertTrue(r.get(3).message().contains("\n        AllowedActions = {\"Install\"};\n"));
    }

    @Test
    void anAbsurdBiasIsReportedAndLeavesTheZoneUnknown() {
        Logs.Read read = Logs.file(Logs.resource("corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/client/"
                + "task_sequence/invalid-offset/evidence/client-task-sequence-smsts/client/current/smsts.log"));
        LogRecord r = read.only();
        assertEquals("2026-07-30T01:45", r.localTime().toString());
        assertNull(r.utc());
        assertTrue(r.problem().contains("+9999"), r.problem());
        assertEquals(LogsErrors.INVALID_TIMESTAMP, read.problems().get(0).code());
    }

    @Test
    void aTornFirstRecordKeepsItsTimeFromTheSurvivingAttributes() {
        LogRecord r = Logs.file(Logs.resource("corpus/logs-cmtraceopen-fixtures/crates/cmtraceopen-parser/tests/fixtures/sccm/server/"
                + "site_core/rotation-boundary/evidence/sccm/server/site-server/server-sitecomp/current/sitecomp.log")).only();
        assertEquals(RecordKind.UNPARSED, r.kind());
        assertEquals(Instant.parse("2026-07-30T15:00:00Z"), r.utc());
        assertTrue(r.message().startsWith("statusId=SC_COMPONENT_TERMINAL_FAILURE"));
    }
}
