package org.osdkit.cli.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogsCommandsTest extends LogsCliFixture {

    private static final String SMPMGR = String.join("\r\n",
            "Cleanup of store \"E:\\SOURCES\\USMT\\SMPSTOREE_B2DE4AB0$\\FBC0\" failed with errorcode (80004005)  $$<SMS_SMP_MANAGER><02-10-2009 10:15:02.456+060><thread=2724 (0xAA4)>",
            "CheckAndDeleteSMPStores failed with error code (80004005)  $$<SMS_SMP_MANAGER><02-10-2009 10:15:02.459+060><thread=2724 (0xAA4)>",
            "Failed to cleanup stores. (0x00000000)  $$<SMS_SMP_MANAGER><02-10-2009 10:15:02.460+060><thread=2724 (0xAA4)>", "");

    private static String cm(String message, String time) {
        return "<![LOG[" + message + "]LOG]!><time=\"" + time + "+000\" date=\"07-30-2026\" component=\"TSManager\" context=\"\" type=\"1\" thread=\"1\" file=\"\">\r\n";
    }

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        return f;
    }

    @Test
    void errcodeShowsEFailWithItsDecodedFields() {
        assertEquals(0, run("logs", "errcode", "0x80004005"));
        assertTrue(out.contains("E_FAIL / Unspecified failure"), out);
        assertTrue(out.contains("-2147467259") && out.contains("2147500037") && out.contains("0 (NULL)") && out.contains("failure"), out);
        assertEquals(2, run("logs", "errcode", "not-a-code"));
        assertTrue(err.contains("LOG-INVALID-ERROR-CODE") && err.contains("\"not-a-code\" is not an error code"), err);
        assertEquals(2, run("logs", "errcode", "87", "zz"));
        assertTrue(out.isEmpty(), "nothing decoded is printed before the usage error: " + out);
    }

    @Test
    void diagnoseFindsTheSeedsSmpCleanupBugExitsOneAndKeepsTheRun() throws IOException {
        Path log = write("SMS/Logs/smpmgr.log", SMPMGR);
        assertEquals(1, run("logs", "diagnose", log.getParent().toString()));
        assertTrue(out.contains("SMP-CLEANUP-KB961269") && out.contains("4.0.6221.1147"), out);
        assertTrue(out.contains(log + ":2 2009-02-10T10:15:02.459  CheckAndDeleteSMPStores failed"), out);
        assertTrue(out.contains("Saved as diagnosis run 1"), out);
        assertEquals(0, run("logs", "history"));
        assertTrue(out.contains(log.getParent().toString()), out);
        assertEquals(0, run("logs", "history", "--run", "1", "--output", "json"));
        assertTrue(out.contains("\"ruleId\" : \"SMP-CLEANUP-KB961269\""), out);
        assertEquals(1, run("logs", "history", "--run", "99"));
        assertTrue(err.contains("LOG-RUN-NOT-FOUND"), err);
    }

    @Test
    void diagnoseOfAHealthyLogExitsZeroAndAcceptsTheAdminsRules() throws IOException {
        Path log = write("ok/CcmExec.log", cm("Service started", "10:00:00.000") + cm("Custom marker XYZ", "10:00:01.000"));
        assertEquals(0, run("logs", "diagnose", log.toString(), "--no-save"));
        assertTrue(out.contains("No known issue found."), out);
        Path rules = write("rules.yaml", "rules:\n  - {id: MY-MARKER, severity: warning, title: marker, cause: c, fix: f, signatures: [{pattern: 'marker xyz'}]}\n");
        // The admin's rule is warning-level: what it finds is a problem found, exit 1 (an info-level finding would exit 0).
        assertEquals(1, run("logs", "diagnose", log.toString(), "--no-save", "--rules", rules.toString(), "--output", "csv"));
        assertTrue(out.contains("WARNING,MY-MARKER,CcmExec.log,1"), out);
    }

    @Test
    void parseStreamsOneJsonObjectPerRecordAndFilters() throws IOException {
        Path log = write("CAS.log", cm("one", "10:00:00.000") + "<![LOG[torn\r\n" + cm("two failed", "10:00:02.000"));
        assertEquals(0, run("logs", "parse", log.toString(), "--output", "json"));
        List<String> lines = out.lines().toList();
        assertEquals(3, lines.size());
        assertTrue(lines.get(1).contains("\"kind\":\"UNPARSED\"") && lines.get(1).contains("\"line\":2"), lines.get(1));
        assertTrue(lines.get(2).contains("\"utc\":\"2026-07-30T10:00:02Z\""), lines.get(2));
        assertEquals(0, run("logs", "parse", log.toString(), "--contains", "two", "--output", "csv"));
        assertEquals(2, out.lines().count());
        assertEquals(2, run("logs", "parse", log.toString(), "--severity", "loud"));
    }

    @Test
    void mergeInterleavesLogsByUtc() throws IOException {
        Path a = write("a/smsts.log", cm("a1", "10:00:00.000") + cm("a2", "10:00:02.000"));
        Path b = write("b/smsts.log", cm("b1", "10:00:01.000"));
        assertEquals(0, run("logs", "merge", a.toString(), b.toString()));
        List<String> messages = out.lines().skip(1).limit(3).map(l -> l.substring(l.lastIndexOf(' ') + 1)).toList();
        assertEquals(List.of("a1", "b1", "a2"), messages);
        assertTrue(out.contains("3 records from 2 file(s), merged by UTC."), out);
    }

    @Test
    void tsShowsTheFailedStepAndExitsOne() throws IOException {
        Path log = write("smsts.log", cm("Start executing an instruction. Instruction name: Apply OS. Instruction pointer: 1", "10:00:00.000")
                + cm("Failed to run the action: Apply OS. \nAccess is denied. (Error: 80070005; Source: Windows)", "10:00:09.000"));
        assertEquals(1, run("logs", "ts", log.toString()));
        assertTrue(out.contains("Failed step: Apply OS - Access is denied. (Error: 80070005; Source: Windows)"), out);
        assertTrue(out.contains("0x80070005"), out);
    }

    @Test
    void convertRewritesLegacyLinesAsCmTraceAndRefusesToOverwrite() throws IOException {
        Path log = write("smpmgr.log", SMPMGR);
        Path target = dir.resolve("converted.log");
        assertEquals(0, run("logs", "convert", "--to", "cmtrace", log.toString(), "--out", target.toString()));
        String converted = Files.readString(target);
        assertTrue(converted.startsWith("<![LOG[Cleanup of store"), converted);
        assertTrue(converted.contains("time=\"10:15:02.459+060\" date=\"02-10-2009\" component=\"SMS_SMP_MANAGER\""), converted);
        assertEquals(1, run("logs", "convert", "--to", "cmtrace", log.toString(), "--out", target.toString()));
        assertTrue(err.contains("LOG-OUTPUT-EXISTS"), err);
        assertEquals(1, run("logs", "convert", "--to", "cmtrace", log.toString(), "--out", log.toString(), "--force"));
        assertEquals(SMPMGR, Files.readString(log));
    }

    @Test
    void tailWithoutFollowPrintsTheLastRecords() throws IOException {
        Path log = write("CAS.log", cm("one", "10:00:00.000") + cm("two", "10:00:01.000") + cm("three", "10:00:02.000"));
        assertEquals(0, run("logs", "tail", log.toString(), "-n", "2", "--no-follow"));
        assertEquals(3, out.lines().count());
        assertTrue(out.contains("two") && out.contains("three") && !out.contains(" one"), out);
        assertEquals(1, run("logs", "tail", dir.resolve("missing.log").toString(), "--no-follow"));
        assertTrue(err.contains("LOG-INPUT-NOT-FOUND"), err);
    }
}
