package org.osdkit.logs.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.logs.read.LogFile;
import org.osdkit.logs.read.LogReader;
import org.osdkit.logs.read.LogRecord;
import org.osdkit.logs.read.Logs;
import org.osdkit.logs.read.ReadOptions;
import org.osdkit.logs.read.RecordCursor;
import org.osdkit.logs.read.Severity;

class ConvertToCmTraceTest {

    @TempDir
    Path dir;

    private String convert(Path file) {
        StringWriter out = new StringWriter();
        try (RecordCursor records = LogReader.openAll(List.of(LogFile.of(file)), ReadOptions.defaults(), p -> { })) {
            new ConvertToCmTrace().write(records, out);
        }
        return out.toString();
    }

    @Test
    void aGuessedSeverityIsMarkedAndAWordAloneMakesNoError() throws IOException {
        Path legacy = Logs.write(dir, "smpmgr.log", Logs.SMPMGR);
        List<String> lines = convert(legacy).lines().toList();
        assertEquals(4, lines.size());
        assertTrue(lines.get(0).startsWith("<![LOG[Checking store for cleanup of failed or stale state stores..."), lines.get(0));
        assertTrue(lines.get(0).contains(" type=\"1\" ") && lines.get(0).endsWith(" severity=\"guessed\">"), lines.get(0));
        assertTrue(lines.get(1).contains(" type=\"3\" ") && lines.get(1).contains("severity=\"guessed\""), "\"failed with errorcode\" states an error");
        assertTrue(lines.get(3).contains(" type=\"3\" "), "\"Failed to cleanup\" states an error");
    }

    @Test
    void theMarkSurvivesReadingTheConvertedLogBackAndATypedSeverityIsKept() throws IOException {
        Path legacy = Logs.write(dir, "smpmgr.log", Logs.SMPMGR);
        Path converted = Logs.write(dir, "out/smpmgr.log", convert(legacy));
        List<LogRecord> back = Logs.file(converted).records();
        assertTrue(back.stream().allMatch(LogRecord::severityGuessed));
        assertEquals(Severity.INFO, back.get(0).severity());
        Path typed = Logs.write(dir, "CAS.log", Logs.cm("Download failed or stale entries purged", "10:00:00.000+000", "07-30-2026"));
        String line = convert(typed);
        assertTrue(line.contains(" type=\"1\" ") && !line.contains("guessed"), line);
    }

    @Test
    void theGuessNeedsAStatedFailure() {
        assertEquals(Severity.INFO, ConvertToCmTrace.guess("Checking for failed or stale stores"));
        assertEquals(Severity.INFO, ConvertToCmTrace.guess("Replication finished with 0 errors"));
        assertEquals(Severity.INFO, ConvertToCmTrace.guess("Failover partner configured"));
        assertEquals(Severity.ERROR, ConvertToCmTrace.guess("Download of package LAB00012 failed with error 0x80070005"));
        assertEquals(Severity.ERROR, ConvertToCmTrace.guess("Unable to connect to the management point"));
        assertEquals(Severity.WARNING, ConvertToCmTrace.guess("Warning: the boundary group has no site system"));
        assertFalse(ConvertToCmTrace.guess("error handling enabled") == Severity.ERROR);
    }
}
