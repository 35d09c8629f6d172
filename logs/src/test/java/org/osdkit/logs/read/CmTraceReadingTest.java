package org.osdkit.logs.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.osdkit.logs.LogsErrors;

class CmTraceReadingTest {

    /** The record's checks run as one test with the exceptions built out of line: each still names what is wrong. */
    @Test
    void aRecordNamesTheMissingFieldOrTheBadLine() {
        LogRecord r = Logs.text(Logs.cm("m", "10:00:00.000+000", "07-30-2026")).records().get(0);
        NullPointerException missing = assertThrows(NullPointerException.class, () -> new LogRecord(r.source(), r.line(),
                r.kind(), r.format(), r.localTime(), r.biasMinutes(), r.utc(), null, r.component(), r.context(), r.thread(), r.severity(), r.file(),
                r.message(), r.messageLength(), r.problem(), r.severityGuessed(), r.timeNote()));
        assertEquals("zone", missing.getMessage());
        IllegalArgumentException line = assertThrows(IllegalArgumentException.class, () -> new LogRecord(r.source(), 0,
                r.kind(), r.format(), r.localTime(), r.biasMinutes(), r.utc(), r.zone(), r.component(), r.context(), r.thread(), r.severity(), r.file(),
                r.message(), r.messageLength(), r.problem(), r.severityGuessed(), r.timeNote()));
        assertEquals("line numbers start at 1, was 0", line.getMessage());
        assertEquals(r, new LogRecord(r.source(), r.line(), r.kind(), r.format(), r.localTime(), r.biasMinutes(), r.utc(), r.zone(), r.component(),
                r.context(), r.thread(), r.severity(), r.file(), r.message(), r.messageLength(), r.problem(), r.severityGuessed(), r.timeNote()));
    }

    @Test
    void keepsAMultiLineMessageCharacterForCharacterAndNumbersTheFirstLine() {
        String text = Logs.cm("first", "10:00:00.000+000", "07-30-2026")
                + "<![LOG[line one\nline two\r\n  <xml attr=\"1\"/>]]]LOG]!><time=\"10:00:01.000+000\" date=\"07-30-2026\" component=\"C\" context=\"\" type=\"1\" thread=\"1\" file=\"\">\r\n"
                + Logs.cm("third", "10:00:02.000+000", "07-30-2026");
        List<LogRecord> r = Logs.text(text).records();
        assertEquals(3, r.size());
        assertEquals("line one\nline two\r\n  <xml attr=\"1\"/>]]", r.get(1).message());
        assertEquals(List.of(1L, 2L, 5L), r.stream().map(LogRecord::line).toList());
    }

    @ParameterizedTest
    @CsvSource({
            "10:00:00.1+000, 2026-07-30T10:00:00.100Z",
            "10:00:00.123+000, 2026-07-30T10:00:00.123Z",
            "10:00:00.1234567+000, 2026-07-30T10:00:00.123456700Z",
            "10:00:00.000+240, 2026-07-30T14:00:00Z",
            "10:00:00.000-60, 2026-07-30T09:00:00Z",
            "10:00:00.000+00, 2026-07-30T10:00:00Z",
            "10:00:00.000+0, 2026-07-30T10:00:00Z",
            "10:00:00.000-0330, 2026-07-30T04:30:00Z",
            "10:00:00.000-660, 2026-07-29T23:00:00Z",
            "1:2:3.000+000, 2026-07-30T01:02:03Z",
            "10:00:00+000, 2026-07-30T10:00:00Z",
    })
    void convertsToUtcAsLocalPlusBiasForEveryFractionAndBiasWidth(String time, String utc) {
        LogRecord r = Logs.text(Logs.cm("m", time, "07-30-2026")).only();
        assertEquals(Instant.parse(utc), r.utc());
        assertEquals(ZoneStatus.KNOWN, r.zone());
        assertNull(r.problem());
    }

    @Test
    void recordsWithoutBiasAreZoneUnknownUnlessAZoneIsAssumed() {
        String text = Logs.cm("m", "10:00:00.0000000", "1-2-2015");
        LogRecord unknown = Logs.text(text).only();
        assertNull(unknown.utc());
        assertEquals(ZoneStatus.UNKNOWN, unknown.zone());
        assertEquals("2015-01-02T10:00", unknown.localTime().toString());
        LogRecord assumed = Logs.text(text, ReadOptions.defaults().withAssumeZone(ZoneId.of("America/New_York"))).only();
        assertEquals(Instant.parse("2015-01-02T15:00:00Z"), assumed.utc());
        assertEquals(ZoneStatus.ASSUMED, assumed.zone());
    }

    @Test
    void invertsTheBiasOfWritersThatGetTheSignWrongWhenAsked() {
        LogRecord r = Logs.text(Logs.cm("m", "10:00:00.000-240", "07-30-2026"), ReadOptions.defaults().withInvertBias(true)).only();
        assertEquals(Instant.parse("2026-07-30T14:00:00Z"), r.utc());
    }

    @Test
    void readsAttributesInAnyOrderAndCaseAndToleratesEmptyValues() {
        String text = "<![LOG[Intune says hi]LOG]!><Thread=\"\" FILE=\"\" Type=\"\" Date=\"07-30-2026\" COMPONENT=\"IME\" time=\"10:00:00.000+000\" extra=\"x\">";
        LogRecord r = Logs.text(text).only();
        assertEquals("IME", r.component());
        assertNull(r.thread());
        assertEquals("", r.file());
        assertEquals(Severity.INFO, r.severity());
        assertEquals(Instant.parse("2026-07-30T10:00:00Z"), r.utc());
    }

    @ParameterizedTest
    @CsvSource({"0, VERBOSE", "1, INFO", "2, WARNING", "3, ERROR"})
    void takesSeverityFromTheTypeAttribute(String type, Severity expected) {
        String text = "<![LOG[An error word that type overrides]LOG]!><time=\"10:00:00.000+000\" date=\"07-30-2026\" component=\"C\" context=\"\" type=\"" + type + "\" thread=\"1\" file=\"\">";
        assertEquals(expected, Logs.text(text).only().severity());
    }

    @Test
    void aTruncatedRecordBeforeTheNextStartIsAFragmentAndTheNextRecordSurvives() {
        String text = Logs.cm("ok", "10:00:00.000+000", "07-30-2026")
                + "<![LOG[half a record\n"
                + Logs.cm("next", "10:00:02.000+000", "07-30-2026");
        Logs.Read read = Logs.text(text);
        assertEquals(List.of("ok", "<![LOG[half a record\n", "next"), read.records().stream().map(LogRecord::message).toList());
        assertEquals(RecordKind.UNPARSED, read.records().get(1).kind());
        assertEquals(2, read.records().get(1).line());
        assertEquals(3, read.records().get(2).line());
    }

    @Test
    void anInterleavedWriteInTheMiddleOfALineIsSeparatedNotMerged() {
        String text = "<![LOG[process A wrote this<![LOG[process B]LOG]!><time=\"10:00:00.000+000\" date=\"07-30-2026\" component=\"B\" context=\"\" type=\"1\" thread=\"2\" file=\"\">"
                + " A's rest]LOG]!><time=\"10:00:01.000+000\" date=\"07-30-2026\" component=\"A\" context=\"\" type=\"1\" thread=\"1\" file=\"\">\r\n";
        List<LogRecord> r = Logs.text(text).records();
        assertEquals(3, r.size());
        assertEquals("<![LOG[process A wrote this", r.get(0).message());
        assertEquals("process B", r.get(1).message());
        assertTrue(r.get(2).unparsed());
        assertTrue(r.get(2).message().startsWith("A's rest]LOG]!>"));
    }

    @Test
    void aRecordStartInsideTheAttributeBlockIsATornWriteEvenOnACompleteLine() {
        String torn = "<![LOG[A]LOG]!><time=\"10:00:00.000+000\" date=\"<![LOG[B]LOG]!><time=\"10:00:01.000+000\" date=\"07-30-2026\" component=\"B\" context=\"\" type=\"1\" thread=\"2\" file=\"\">\r\n";
        List<LogRecord> r = Logs.text(torn + Logs.cm("next", "10:00:02.000+000", "07-30-2026")).records();
        assertEquals(3, r.size(), r.toString());
        assertTrue(r.get(0).unparsed());
        assertEquals("<![LOG[A]LOG]!><time=\"10:00:00.000+000\" date=\"", r.get(0).message());
        assertEquals("B", r.get(1).component());
        assertEquals(List.of(1L, 1L, 2L), r.stream().map(LogRecord::line).toList());
    }

    @Test
    void aFileCutInsideTheAttributeBlockEndsWithAFragment() {
        String text = Logs.cm("ok", "10:00:00.000+000", "07-30-2026") + "<![LOG[cut]LOG]!><time=\"10:00:01.000+000\" da";
        Logs.Read read = Logs.text(text);
        assertEquals(2, read.records().size());
        assertTrue(read.records().get(1).unparsed());
        assertEquals("<![LOG[cut]LOG]!><time=\"10:00:01.000+000\" da", read.records().get(1).message());
    }

    @Test
    void invalidDatesAndBiasesAreReportedPerRecordAndParsingGoesOn() {
        String text = Logs.cm("month 13", "10:00:00.000+000", "13-01-2026")
                + Logs.cm("sign mess", "10:00:00.000+-420", "07-30-2026")
                + Logs.cm("hour 25", "25:00:00.000+000", "07-30-2026")
                + Logs.cm("fine", "10:00:00.000+000", "07-30-2026");
        Logs.Read read = Logs.text(text);
        assertEquals(4, read.entries().size());
        assertNull(read.records().get(0).localTime());
        assertTrue(read.records().get(0).problem().contains("13-01-2026"));
        assertEquals("2026-07-30T10:00", read.records().get(1).localTime().toString());
        assertNull(read.records().get(1).utc());
        assertTrue(read.records().get(1).problem().contains("+-420"));
        assertNull(read.records().get(2).localTime());
        assertNull(read.records().get(3).problem());
        assertEquals(List.of(1L, 2L, 3L), read.problems().stream().map(ReadProblem::line).toList());
    }

    @Test
    void aFiftyMegabyteSingleLineIsCutAtTheCapAndItsAttributesStillRead() {
        int size = 50 * 1024 * 1024;
        StringBuilder b = new StringBuilder(size + 300).append("<![LOG[");
        b.append("x".repeat(size));
        b.append("]LOG]!><time=\"10:00:00.000+000\" date=\"07-30-2026\" component=\"Big\" context=\"\" type=\"3\" thread=\"1\" file=\"\">\r\n");
        b.append(Logs.cm("after", "10:00:01.000+000", "07-30-2026"));
        Logs.Read read = Logs.text(b.toString(), ReadOptions.defaults().withMaxMessageChars(4096));
        LogRecord big = read.records().get(0);
        assertEquals(4096, big.message().length());
        assertEquals(size, big.messageLength());
        assertTrue(big.truncated());
        assertEquals("Big", big.component());
        assertEquals(Severity.ERROR, big.severity());
        assertEquals("after", read.records().get(1).message());
        assertEquals(LogsErrors.MESSAGE_TRUNCATED, read.problems().get(0).code());
    }

    @Test
    void readsUtf16WithBomAndUtf8WithBomAndFallsBackToWindows1252() {
        String text = Logs.cm("Gerät installiert", "10:00:00.000+000", "07-30-2026");
        byte[] utf16le = withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
        byte[] utf16be = withBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
        byte[] utf8 = withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
        byte[] cp1252 = text.getBytes(java.nio.charset.Charset.forName("windows-1252"));
        for (byte[] bytes : List.of(utf16le, utf16be, utf8, cp1252)) {
            assertEquals("Gerät installiert", Logs.bytes(bytes, ReadOptions.defaults()).only().message());
        }
    }

    /** Logs written by some tools are UTF-16 with no mark: core's decoder tells them by their NUL bytes. */
    @Test
    void readsUtf16WithoutBomByItsNulPatternAndReportsTheCharset() {
        String text = Logs.cm("Gerät installiert", "10:00:00.000+000", "07-30-2026") + Logs.cm("second", "10:00:01.000+000", "07-30-2026");
        for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            try (LogStream s = LogReader.read("test.log", new ByteArrayInputStream(text.getBytes(charset)), ReadOptions.defaults(), p -> { })) {
                List<LogRecord> records = new ArrayList<>();
                s.forEachRemaining(records::add);
                assertEquals(charset, s.charset());
                assertEquals(LogFormat.CMTRACE, s.format());
                assertEquals(List.of("Gerät installiert", "second"), records.stream().map(LogRecord::message).toList());
            }
        }
        byte[] cp1252 = text.getBytes(Charset.forName("windows-1252"));
        try (LogStream s = LogReader.read("test.log", new ByteArrayInputStream(cp1252), ReadOptions.defaults(), p -> { })) {
            assertEquals("windows-1252", s.charset().name());
        }
    }

    @Test
    void countsLinesAcrossMixedCrLfLfAndCrLineEnds() {
        String text = "<![LOG[a\rb\nc\r\nd]LOG]!><time=\"10:00:00.000+000\" date=\"07-30-2026\" component=\"C\" context=\"\" type=\"1\" thread=\"1\" file=\"\">\r"
                + Logs.cm("second", "10:00:01.000+000", "07-30-2026");
        List<LogRecord> r = Logs.text(text).records();
        assertEquals("a\rb\nc\r\nd", r.get(0).message());
        assertEquals(5, r.get(1).line());
    }

    /** Records of every length, so the reader's buffer ends at every point of a record somewhere in the file. */
    @Test
    void readsEveryRecordWhereverTheReadBufferEnds() {
        StringBuilder text = new StringBuilder();
        List<String> messages = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        long line = 1;
        for (int i = 0; i < 20_000; i++) {
            String message = "m" + i + " " + "x]<".repeat(i % 97) + (i % 50 == 0 ? "\nsecond line" : "");
            String block = i % 30 == 0 ? "date=\"07-30-2026\" time=\"10:00:00.000+000\" component=\"Other\""
                    : "time=\"10:00:00.000+000\" date=\"07-30-2026\" component=\"C" + (i % 5) + "\" context=\"\" type=\"1\" thread=\"7\" file=\"f.cpp:" + i + "\"";
            text.append("<![LOG[").append(message).append("]LOG]!><").append(block).append('>').append(i % 7 == 0 ? " \t" : "")
                    .append(i % 3 == 0 ? "\n" : "\r\n");
            messages.add(message);
            lines.add(line);
            line += i % 50 == 0 ? 2 : 1;
        }
        Logs.Read read = Logs.text(text.toString());
        assertTrue(read.problems().isEmpty(), () -> read.problems().subList(0, 1).toString());
        assertEquals(messages, read.records().stream().map(LogRecord::message).toList());
        assertEquals(lines, read.records().stream().map(LogRecord::line).toList());
        assertEquals("C4", read.records().get(19_999).component());
        assertEquals("f.cpp:19999", read.records().get(19_999).file());
        assertEquals(Instant.parse("2026-07-30T10:00:00Z"), read.records().get(19_999).utc());
    }

    @Test
    void binaryAndEmptyFilesGiveNoRecordsAndAFileLevelProblem() {
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i % 7 == 0 ? 'M' : i % 5);
        }
        Logs.Read bin = Logs.bytes(binary, ReadOptions.defaults());
        assertTrue(bin.records().isEmpty());
        assertEquals(LogsErrors.BINARY_FILE, bin.problems().get(0).code());
        Logs.Read empty = Logs.bytes(new byte[0], ReadOptions.defaults());
        assertTrue(empty.records().isEmpty());
        assertEquals(LogsErrors.EMPTY_FILE, empty.problems().get(0).code());
    }

    private static byte[] withBom(byte[] bom, byte[] body) {
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return all;
    }
}
