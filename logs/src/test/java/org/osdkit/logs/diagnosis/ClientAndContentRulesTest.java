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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.logs.read.LogFile;
import org.osdkit.logs.read.Logs;
import org.osdkit.logs.read.ReadOptions;
import org.osdkit.logs.read.Severity;

/**
 * Client installation and content download failures on logs written for these tests in the record shapes
 * of ccmsetup.log, DataTransferService.log, ContentTransferManager.log, CAS.log and LocationServices.log.
 */
class ClientAndContentRulesTest {

    @TempDir
    Path dir;

    private final DiagnoseLogs diagnose = new DiagnoseLogs(Clock.fixed(Instant.parse("2026-03-14T12:00:00Z"), ZoneOffset.UTC));

    private static String line(String text, String time, String component, int type) {
        return "<![LOG[" + text + "]LOG]!><time=\"" + time + ".000+480\" date=\"03-14-2026\" component=\"" + component
                + "\" context=\"\" type=\"" + type + "\" thread=\"2204\" file=\"synthetic.cpp:1\">\n";
    }

    private DiagnosisReport run(Path... files) {
        List<LogFile> logs = Stream.of(files).map(LogFile::of).toList();
        return diagnose.diagnose(List.of(dir.toString()), logs, RulePack.builtIn(), ReadOptions.defaults(), p -> { });
    }

    /** The case of issue 11: a 401 from the MP/DP, a BITS download failure, then setup fails with 0x80190194. */
    @Test
    void aCcmsetupLogEndingIn0x80190194IsAnErrorNotHarmless() throws IOException {
        Path log = Logs.write(dir, "ccmsetup.log",
                line("==========[ ccmsetup started in process 4412 ]==========", "09:11:58", "ccmsetup", 1)
                        + line("Failed to connect to policy namespace. Error 0x8004100e", "09:11:59", "ccmsetup", 2)
                        + line("Sending message to MP http://mp01.lab.example for client files location", "09:12:00", "ccmsetup", 1)
                        + line("Failed to successfully complete HTTP request. (StatusCode at WinHttpQueryHeaders: 401)", "09:12:01", "ccmsetup", 3)
                        + line("Failed to download files through BITS. Error: 0x80190194", "09:12:03", "ccmsetup", 3)
                        + line("CcmSetup failed with error code 0x80190194", "09:12:04", "ccmsetup", 1));
        DiagnosisReport report = run(log);
        assertTrue(report.hasErrors(), "an error-level finding makes diagnose exit 1");
        List<String> ids = report.findings().stream().map(Finding::ruleId).toList();
        assertTrue(ids.containsAll(List.of("CCMSETUP-DOWNLOAD-HTTP-BITS", "CCMSETUP-HTTP-UNAUTHORIZED", "CCMSETUP-FAILED")), ids.toString());
        // Errors come first: the harmless namespace note is not what the report leads with.
        assertEquals(Severity.ERROR, report.findings().get(0).severity());
        assertEquals("CCMSETUP-DOWNLOAD-HTTP-BITS", report.findings().get(0).ruleId());
        Finding download = report.findings().get(0);
        assertEquals(6L, download.evidence().get(0).line());
        assertTrue(download.references().stream().anyMatch(r -> r.contains("learn.microsoft.com")));
        Finding unauthorized = report.findings().stream().filter(f -> f.ruleId().equals("CCMSETUP-HTTP-UNAUTHORIZED")).findFirst().orElseThrow();
        assertEquals(4L, unauthorized.evidence().get(0).line());
        Finding note = report.findings().get(report.findings().size() - 1);
        assertEquals("CCMSETUP-POLICY-NAMESPACE", note.ruleId());
        assertEquals(Severity.INFO, note.severity());
    }

    @Test
    void aSuccessfulCcmsetupHasNoErrorFinding() throws IOException {
        Path log = Logs.write(dir, "ccmsetup.log",
                line("Failed to connect to policy namespace. Error 0x8004100e", "09:11:59", "ccmsetup", 2)
                        + line("Successfully completed HTTP request. (StatusCode at WinHttpQueryHeaders: 200)", "09:12:01", "ccmsetup", 1)
                        + line("CcmSetup is exiting with return code 0", "09:30:00", "ccmsetup", 1));
        DiagnosisReport report = run(log);
        assertFalse(report.hasErrors(), report.findings().toString());
    }

    @Test
    void aRebootPendingSetupIsAWarningOnly() throws IOException {
        Path log = Logs.write(dir, "ccmsetup.log", line("CcmSetup is exiting with return code 7", "09:30:00", "ccmsetup", 1));
        DiagnosisReport report = run(log);
        assertFalse(report.hasErrors());
        assertEquals(List.of("CCMSETUP-REBOOT-PENDING"), report.findings().stream().map(Finding::ruleId).toList());
        assertEquals(Severity.WARNING, report.findings().get(0).severity());
    }

    @Test
    void aContentDownloadFailureIsFoundInEachLogOfTheChain() throws IOException {
        Path location = Logs.write(dir, "LocationServices.log",
                line("Failed to retrieve DNS service record using _mssms_mp_lab._tcp.lab.example lookup. DNS returned error 9003",
                        "10:00:50", "LocationServices", 2));
        Path dts = Logs.write(dir, "DataTransferService.log",
                line("Error sending DAV request. HTTP code 404, status 'Not Found'", "10:00:58", "DataTransferService", 2)
                        + line("DTS job {6A1B2C3D-0000-4000-8000-000000000001} BITS job {7B2C3D4E-0000-4000-8000-000000000002} failed to download"
                        + " source file http://dp01.lab.example/SMS_DP_SMSPKG$/LAB00012/setup.exe to destination C:\\WINDOWS\\ccmcache\\3\\setup.exe"
                        + " with error 0x80190194", "10:01:00", "DataTransferService", 2));
        Path ctm = Logs.write(dir, "ContentTransferManager.log",
                line("CTM job {8C3D4E5F-0000-4000-8000-000000000003} entered failure state 0x80190194", "10:01:05", "ContentTransferManager", 3));
        Path cas = Logs.write(dir, "CAS.log",
                line("Download failed for content LAB00012.1 under context System, error 0x80190194", "10:01:06", "ContentAccess", 3));
        DiagnosisReport report = run(location, dts, ctm, cas);
        assertTrue(report.hasErrors());
        List<String> byLog = report.findings().stream().map(f -> f.log() + ":" + f.ruleId()).toList();
        assertTrue(byLog.containsAll(List.of("LocationServices.log:LOCATION-NO-MANAGEMENT-POINT",
                "DataTransferService.log:CONTENT-DTS-HTTP-ERROR", "ContentTransferManager.log:CONTENT-CTM-JOB-FAILED",
                "CAS.log:CONTENT-CAS-DOWNLOAD-FAILED")), byLog.toString());
        Finding dtsFinding = report.findings().stream().filter(f -> f.ruleId().equals("CONTENT-DTS-HTTP-ERROR")).findFirst().orElseThrow();
        assertEquals(2, dtsFinding.occurrences());
    }

    @Test
    void everyClientAndContentRuleNamesItsSource() {
        List<Rule> rules = RulePack.builtIn().rules().stream()
                .filter(r -> r.id().startsWith("CCMSETUP-") || r.id().startsWith("CONTENT-") || r.id().startsWith("LOCATION-"))
                .toList();
        assertTrue(rules.size() >= 10, rules.size() + " rules");
        for (Rule r : rules) {
            assertFalse(r.source().isBlank(), r.id());
            assertTrue(r.references().stream().anyMatch(ref -> ref.startsWith("KB") || ref.startsWith("http")), r.id() + " names no KB or page");
            assertFalse(r.cause().isBlank() || r.fix().isBlank(), r.id());
        }
    }
}
