package org.osdkit.logs.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.logs.read.LogFile;
import org.osdkit.logs.read.LogInputs;
import org.osdkit.logs.read.Logs;
import org.osdkit.logs.read.ReadOptions;
import org.osdkit.logs.read.Severity;

class DiagnoseLogsTest {

    @TempDir
    Path dir;

    private final DiagnoseLogs diagnose = new DiagnoseLogs(Clock.fixed(Instant.parse("2026-07-30T12:00:00Z"), ZoneOffset.UTC));

    private DiagnosisReport run(Path... files) {
        List<LogFile> logs = Stream.of(files).map(LogFile::of).toList();
        return diagnose.diagnose(List.of(dir.toString()), logs, RulePack.builtIn(), ReadOptions.defaults(), p -> { });
    }

    @Test
    void theSeedsSmpmgrLinesYieldTheKb961269FindingWithEvidence() throws IOException {
        Path log = Logs.write(dir, "smpmgr.log", Logs.SMPMGR);
        DiagnosisReport report = run(log);
        assertTrue(report.hasErrors());
        Finding f = report.findings().get(0);
        assertEquals("SMP-CLEANUP-KB961269", f.ruleId());
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.fix().contains("KB961269") && f.fix().contains("4.0.6221.1147"), f.fix());
        assertEquals(List.of(2L, 3L), f.evidence().stream().map(Evidence::line).toList());
        assertEquals(log.toString(), f.evidence().get(0).source());
        assertEquals(Instant.parse("2009-02-10T11:15:02.456Z"), f.evidence().get(0).utc());
        assertTrue(f.evidence().get(1).text().startsWith("CheckAndDeleteSMPStores failed with error code (80004005)"));
        assertEquals(4, report.records());
    }

    @Test
    void anSmpisapiHealthCheckAnsweringHttp500YieldsItsFinding() throws IOException {
        Path log = Logs.write(dir, "smpisapi.log", """
                Query string to parse: 'op=healthcheck'.  $$<SMS_SMP_ISAPI><02-10-2009 10:15:00.100+060><thread=1234 (0x4D2)>
                Creating state store - E:\\SOURCES\\USMT\\SMPSTOREE_B2DE4AB0$\\FBC0.  $$<SMS_SMP_ISAPI><02-10-2009 10:15:00.150+060><thread=1234 (0x4D2)>
                Returning status "500 Internal Server Error"  $$<SMS_SMP_ISAPI><02-10-2009 10:15:00.200+060><thread=1234 (0x4D2)>
                """);
        Finding f = run(log).findings().get(0);
        assertEquals("SMP-HEALTHCHECK-HTTP-ERROR", f.ruleId());
        assertEquals(List.of(1L, 3L), f.evidence().stream().map(Evidence::line).toList());
    }

    @Test
    void theSecondLineOutsideTheWindowOrInTheWrongOrderDoesNotFire() throws IOException {
        StringBuilder far = new StringBuilder("Cleanup of store \"E:\\S\\A\" failed with errorcode (80004005)  $$<SMP><02-10-2009 10:15:00.000+060><thread=1>\n");
        for (int i = 0; i < 201; i++) {
            far.append("Checking store ").append(i).append("  $$<SMP><02-10-2009 10:15:01.000+060><thread=1>\n");
        }
        far.append("CheckAndDeleteSMPStores failed with error code (80004005)  $$<SMP><02-10-2009 10:15:02.000+060><thread=1>\n");
        assertFalse(run(Logs.write(dir, "a/smpmgr.log", far.toString())).hasErrors());
        String late = "Cleanup of store \"E:\\S\\A\" failed with errorcode (80004005)  $$<SMP><02-10-2009 10:15:00.000+060><thread=1>\n"
                + "CheckAndDeleteSMPStores failed with error code (80004005)  $$<SMP><02-10-2009 10:26:00.000+060><thread=1>\n";
        assertFalse(run(Logs.write(dir, "b/smpmgr.log", late)).hasErrors());
        String inTime = late.replace("10:26:00", "10:24:00");
        assertTrue(run(Logs.write(dir, "c/smpmgr.log", inTime)).hasErrors());
    }

    @Test
    void countsRepeatedOccurrencesAndKeepsTheFirstAndLastEvidence() throws IOException {
        String once = Logs.SMPMGR;
        Path log = Logs.write(dir, "smpmgr.log", once + once.replace("02-10-2009", "02-11-2009"));
        Finding f = run(log).findings().get(0);
        assertEquals(2, f.occurrences());
        assertEquals(List.of(6L, 7L), f.lastEvidence().stream().map(Evidence::line).toList());
    }

    @Test
    void rulesOnlyApplyToTheirLogsAndCodesMatchInAnyForm() throws IOException {
        String line = "<![LOG[Sending with winhttp failed; -2147012721]LOG]!><time=\"10:00:00.000+000\" date=\"07-30-2026\" component=\"TSManager\" context=\"\" type=\"3\" thread=\"1\" file=\"\">\n";
        assertEquals("TS-WINHTTP-SECURE-FAILURE", run(Logs.write(dir, "smsts-20260730-100000.log", line)).findings().get(0).ruleId());
        assertTrue(run(Logs.write(dir, "other/CcmExec.log", line)).findings().isEmpty());
    }

    @Test
    void theWholeCorpusDiagnosesWithoutCrashingAndWithStableCounts() {
        List<LogFile> files = LogInputs.expand(List.of(Logs.resource("corpus").toString()), true);
        DiagnosisReport report = diagnose.diagnose(List.of("corpus"), files, RulePack.builtIn(), ReadOptions.defaults(), p -> { });
        assertEquals(60, report.files());
        assertEquals(89 + 13, report.records());
        assertEquals(13, report.unparsed());
        assertEquals(List.of(), report.findings().stream().map(Finding::ruleId).toList());
    }

    private static final class Stream {
        static java.util.stream.Stream<Path> of(Path... paths) {
            return java.util.stream.Stream.of(paths);
        }
    }
}
