package org.osdkit.logs.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.osdkit.logs.LogsErrors;

class LegacyAndPlainReadingTest {

    @Test
    void readsLegacySiteServerLinesWithComponentThreadAndKeywordSeverity() {
        Logs.Read read = Logs.text(Logs.SMPMGR);
        assertEquals(LogFormat.LEGACY, read.format());
        List<LogRecord> r = read.records();
        assertEquals(4, r.size());
        assertEquals("Checking store for cleanup of failed or stale state stores...", r.get(0).message());
        // "failed" in passing is no error: the severity is what the text states, marked as guessed (as convert writes it).
        assertEquals(List.of(Severity.INFO, Severity.ERROR, Severity.ERROR, Severity.ERROR), r.stream().map(LogRecord::severity).toList());
        assertTrue(r.stream().allMatch(LogRecord::severityGuessed));
        assertEquals("SMS_SMP_MANAGER", r.get(1).component());
        assertEquals("2724", r.get(1).thread());
        assertEquals(Severity.ERROR, r.get(1).severity());
        assertEquals(Instant.parse("2009-02-10T11:15:02.456Z"), r.get(1).utc());
        assertEquals(3, r.get(2).line());
    }

    /** The legacy reader guesses a severity the way convert does: from what the text states, never from a word alone. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Checking store for cleanup of failed or stale state stores... | INFO",
        "Connection failover to the secondary site completed | INFO",
        "Replication finished with 0 errors | INFO",
        "Failed to cleanup stores. (0x00000000) | ERROR",
        "CheckAndDeleteSMPStores failed with error code (80004005) | ERROR",
        "Warning: the share has less than 1 GB free | WARNING",
    })
    void guessesALegacySeverityFromWhatTheTextStates(String message, Severity expected) {
        LogRecord r = Logs.text(message + "  $$<SMS_SMP_MANAGER><02-10-2009 10:15:01.123+060><thread=2724 (0xAA4)>\n").only();
        assertEquals(expected, r.severity());
        assertTrue(r.severityGuessed());
        assertEquals(Severity.stated(message), r.severity());
    }

    @Test
    void acceptsAThreadWithoutHexPartAndSixDigitFractionsWithoutBias() {
        LogRecord r = Logs.text("Written by PowerShell $$<Script><07-30-2026 10:00:00.123456><thread=100>\n").only();
        assertEquals("100", r.thread());
        assertEquals("2026-07-30T10:00:00.123456", r.localTime().toString());
        assertEquals(ZoneStatus.UNKNOWN, r.zone());
    }

    @Test
    void readsTheSms20LongDateWithItsZoneName() {
        LogRecord r = Logs.text("SMS Executive started.$$<SMS_EXECUTIVE><Fri Mar 26 10:43:41.547 1999 Eastern Standard Time><thread=171 (0xAB)>\r\n").only();
        assertEquals(Instant.parse("1999-03-26T15:43:41.547Z"), r.utc());
    }

    @Test
    void linesWithoutATrailerBelongToTheFollowingRecord() {
        String text = "SQL error follows:\r\n  Login failed for user\r\nQuery failed.  $$<SMS_DISTRIBUTION_MANAGER><07-30-2026 10:00:00.000+000><thread=5 (0x5)>\r\n"
                + "Done.  $$<SMS_DISTRIBUTION_MANAGER><07-30-2026 10:00:01.000+000><thread=5 (0x5)>\r\nleft over at the end $$<TRUNC\r\n";
        Logs.Read read = Logs.text(text);
        assertEquals(3, read.records().size());
        assertEquals("SQL error follows:\n  Login failed for user\nQuery failed.", read.records().get(0).message());
        assertEquals(1, read.records().get(0).line());
        assertEquals(4, read.records().get(1).line());
        assertTrue(read.records().get(2).unparsed());
        assertEquals(5, read.records().get(2).line());
    }

    @Test
    void aMalformedTrailerIsAFragmentNotPartOfTheNextRecord() {
        String text = "Good  $$<C><07-30-2026 10:00:00.000+000><thread=1 (0x1)>\n"
                + "Torn  $$<C><07-30-2026 10:0\n"
                + "Next  $$<C><07-30-2026 10:00:02.000+000><thread=1 (0x1)>\n";
        List<LogRecord> r = Logs.text(text).records();
        assertEquals(List.of(false, true, false), r.stream().map(LogRecord::unparsed).toList());
        assertEquals("Next", r.get(2).message());
    }

    @Test
    void aLegacyLineWithAnInvalidMonthKeepsItsTextAndReportsTheDate() {
        Logs.Read read = Logs.text("Bad month  $$<C><13-30-2026 10:00:00.000+000><thread=1 (0x1)>\nGood  $$<C><07-30-2026 10:00:00.000+000><thread=1 (0x1)>\n");
        assertEquals(2, read.entries().size());
        assertNull(read.records().get(0).localTime());
        assertEquals(LogsErrors.INVALID_TIMESTAMP, read.problems().get(0).code());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Copy failed: access denied | ERROR",
            "Error 5 while opening | ERROR",
            "Cluster failover completed | INFO",
            "failover done, then the disk FAILED | ERROR",
            "Warning: low disk space | WARNING",
            "All good | INFO",
    })
    void plainLinesUseCmTracesKeywordRule(String line, Severity expected) {
        Logs.Read read = Logs.text(line + "\n");
        assertEquals(LogFormat.PLAIN, read.format());
        assertEquals(expected, read.only().severity());
    }

    @Test
    void plainLinesWithALeadingIsoTimestampKeepItAsLocalTime() {
        Logs.Read read = Logs.text("2024-01-05 10:11:12 Loaded Servicing Stack\n\n2024-01-05 10:11:13:456\t1234\tAgent\tText\nno time here\n");
        List<LogRecord> r = read.records();
        assertEquals(3, r.size());
        assertEquals("2024-01-05T10:11:12", r.get(0).localTime().toString());
        assertEquals("2024-01-05T10:11:13.456", r.get(1).localTime().toString());
        assertNull(r.get(2).localTime());
        assertEquals(4, r.get(2).line());
    }
}
