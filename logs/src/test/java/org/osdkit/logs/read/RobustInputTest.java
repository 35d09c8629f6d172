package org.osdkit.logs.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.logs.LogsErrors;

/** What an admin's log folder also holds, and logs written in unusual ways: each read without harm. */
class RobustInputTest {

    private static final String LOG = Logs.cm("Service started", "10:00:00.000+000", "07-30-2026")
            + Logs.cm("Downloading content for C:\\Users\\Андрей\\Documents ’quoted’", "10:00:01.000+000", "07-30-2026");

    @TempDir
    Path dir;

    @Test
    void aMissingPathAmongSeveralIsReportedAndTheOthersAreStillExpanded() throws IOException {
        Path good = Logs.write(dir, "CAS.log", LOG);
        List<ReadProblem> problems = new ArrayList<>();
        List<LogFile> files = LogInputs.expand(List.of(dir.resolve("missing.log").toString(), good.toString(),
                dir.resolve("nothing*.log").toString()), false, problems::add);
        assertEquals(List.of(good), files.stream().map(LogFile::path).toList());
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.stream().allMatch(p -> p.code() == LogsErrors.INPUT_NOT_FOUND));
        assertTrue(problems.get(0).describe().contains("missing.log"));
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(data);
        }
        return out.toByteArray();
    }

    private static byte[] zip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("smsts.log"));
            z.write(data);
            z.closeEntry();
        }
        return out.toByteArray();
    }

    /** The first bytes of a Windows executable: "MZ", the DOS header's small numbers, zeros, the DOS stub's text. */
    private static byte[] executable() {
        byte[] b = new byte[4096];
        b[0] = 'M';
        b[1] = 'Z';
        b[2] = (byte) 0x90;
        b[4] = 3;
        b[8] = 4;
        b[12] = (byte) 0xFF;
        b[13] = (byte) 0xFF;
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, b, 0x4E, stub.length);
        return b;
    }

    private static void assertSkippedAsBinary(String what, byte[] bytes) {
        Logs.Read read = Logs.bytes(bytes, ReadOptions.defaults());
        assertEquals(List.of(), read.records(), what + " must not be read as text");
        assertEquals(List.of(LogsErrors.BINARY_FILE), read.problems().stream().map(ReadProblem::code).toList(), what);
    }

    @Test
    void randomBytesArchivesAndExecutablesAreSkippedWithAWarning() throws IOException {
        byte[] random = new byte[20_000];
        new Random(11).nextBytes(random);
        assertSkippedAsBinary("random bytes", random);
        byte[] text = LOG.repeat(200).getBytes(StandardCharsets.UTF_8);
        assertSkippedAsBinary("gzip", gzip(text));
        assertSkippedAsBinary("zip", zip(text));
        assertSkippedAsBinary("executable", executable());
        assertEquals(2, Logs.text("MZ-1234 replied\nMZ-1235 replied\n").records().size(), "a text starting with MZ is still text");
    }

    @Test
    void crashDamageWithNulRunsIsStillText() {
        byte[] log = (LOG.repeat(3) + "\0".repeat(300) + LOG).getBytes(StandardCharsets.UTF_8);
        Logs.Read read = Logs.bytes(log, ReadOptions.defaults());
        assertEquals(8, read.entries().size(), read.records().toString());
    }

    @Test
    void utf16WithoutAByteOrderMarkIsDetectedEvenWithCharactersBeyondLatin1() {
        for (var charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            Logs.Read read = Logs.bytes(LOG.getBytes(charset), ReadOptions.defaults());
            assertEquals(LogFormat.CMTRACE, read.format(), charset.name());
            assertEquals(List.of("Service started", "Downloading content for C:\\Users\\Андрей\\Documents ’quoted’"),
                    read.records().stream().map(LogRecord::message).toList(), charset.name());
        }
    }

    @Test
    void aRecordQuotingTheStartMarkerInItsMessageStaysOneRecord() {
        String quoted = "<![LOG[Line 12 of the copied log starts with <![LOG[ and is kept as text]LOG]!><time=\"10:00:00.000+000\" date=\"07-30-2026\""
                + " component=\"Parser\" context=\"\" type=\"1\" thread=\"7\" file=\"\">\r\n";
        Logs.Read read = Logs.text(quoted + Logs.cm("next", "10:00:01.000+000", "07-30-2026"));
        assertEquals(List.of("Line 12 of the copied log starts with <![LOG[ and is kept as text", "next"),
                read.records().stream().map(LogRecord::message).toList());
        assertTrue(read.records().stream().noneMatch(LogRecord::unparsed));
        assertEquals("Parser", read.records().get(0).component());
    }

    @Test
    void aSeverityGivenByTheTypeIsNotGuessedOneFromTheTextIs() throws IOException {
        Path legacy = Logs.write(dir, "smpmgr.log", Logs.SMPMGR);
        assertTrue(Logs.file(legacy).records().stream().allMatch(LogRecord::severityGuessed));
        Logs.Read cm = Logs.text(Logs.cm("typed", "10:00:00.000+000", "07-30-2026")
                + "<![LOG[untyped failed]LOG]!><time=\"10:00:00.000+000\" date=\"07-30-2026\" component=\"C\" context=\"\" type=\"\" thread=\"1\" file=\"\">\r\n");
        assertEquals(List.of(false, true), cm.records().stream().map(LogRecord::severityGuessed).toList());
    }
}
