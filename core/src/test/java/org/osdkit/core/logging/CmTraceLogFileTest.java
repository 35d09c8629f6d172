package org.osdkit.core.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CmTraceLogFileTest {

    private static final Pattern RECORD = Pattern.compile(
            "<!\\[LOG\\[(.*?)]LOG]!><time=\"(\\d{2}:\\d{2}:\\d{2}\\.\\d{3})([+-]\\d{3})\" date=\"(\\d{2}-\\d{2}-\\d{4})\" component=\"([^\"]*)\" "
                    + "context=\"\" type=\"([123])\" thread=\"(\\d+)\" file=\"([^\"]*)\">\r\n", Pattern.DOTALL);

    @TempDir
    Path folder;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T14:05:09.042Z"), ZoneOffset.UTC);

    @Test
    void writesRecordsCmTraceReadsWithUtcAndZeroBias() throws Exception {
        try (CmTraceLogFile log = new CmTraceLogFile(folder.resolve("osdkit.log"), 10_000, 1, clock)) {
            log.write(LogSeverity.WARNING, "DriverImport", 42, "org.osdkit.drivers.Import", "3 drivers skipped");
        }
        Matcher m = RECORD.matcher(Files.readString(folder.resolve("osdkit.log")));
        assertTrue(m.matches());
        assertEquals("3 drivers skipped", m.group(1));
        assertEquals("14:05:09.042", m.group(2));
        assertEquals("+000", m.group(3));
        assertEquals("11-23-2026", m.group(4));
        assertEquals("DriverImport", m.group(5));
        assertEquals("2", m.group(6));
        assertEquals("42", m.group(7));
    }

    @Test
    void neverLetsAMessageEndItsRecordEarlyOrAttributesOverflow() throws Exception {
        try (CmTraceLogFile log = new CmTraceLogFile(folder.resolve("osdkit.log"), 10_000, 1, clock)) {
            log.write(LogSeverity.ERROR, "C".repeat(150), 1, "with \"quotes\"\nand lines", "text ]LOG]!><time=\"fake\" more");
        }
        String text = Files.readString(folder.resolve("osdkit.log"));
        Matcher m = RECORD.matcher(text);
        assertTrue(m.matches(), text);
        assertFalse(m.group(1).contains("]LOG]!>"));
        assertEquals(100, m.group(5).length());
        assertEquals("with 'quotes' and lines", m.group(8));
    }

    @Test
    void rollsOverToLoUnderscoreLikeConfigMgrKeepingOneHistoryFile() throws Exception {
        Path file = folder.resolve("osdkit.log");
        try (CmTraceLogFile log = new CmTraceLogFile(file, 2_000, 1, clock)) {
            for (int i = 0; i < 60; i++) {
                log.write(LogSeverity.INFO, "Test", 1, "t", "record " + i);
            }
        }
        assertTrue(Files.size(file) <= 2_000);
        assertTrue(Files.size(folder.resolve("osdkit.lo_")) <= 2_000);
        List<Integer> numbers = new ArrayList<>(numbers(folder.resolve("osdkit.lo_")));
        numbers.addAll(numbers(file));
        // The newest records survive in order across .lo_ and .log, ending with the last one written.
        assertEquals(59, numbers.get(numbers.size() - 1));
        for (int i = 1; i < numbers.size(); i++) {
            assertEquals(numbers.get(i - 1) + 1, numbers.get(i));
        }
    }

    @Test
    void keepsDatedHistoryFilesWhenAskedForMoreThanOne() throws Exception {
        Path file = folder.resolve("osdkit.log");
        MutableClock ticking = new MutableClock(Instant.parse("2026-11-23T14:05:09Z"));
        try (CmTraceLogFile log = new CmTraceLogFile(file, 1_024, 3, ticking)) {
            for (int i = 0; i < 80; i++) {
                ticking.advance(Duration.ofSeconds(1));
                log.write(LogSeverity.INFO, "Test", 1, "t", "record " + i);
            }
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<String> history = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("osdkit-\\d{8}-\\d{6}\\.log")).toList();
            assertEquals(3, history.size(), history.toString());
        }
    }

    @Test
    void twoWritersOnOneFileLoseNoRecordAcrossRollovers() throws Exception {
        Path file = folder.resolve("shared.log");
        try (CmTraceLogFile a = new CmTraceLogFile(file, 20_000, 1, clock);
             CmTraceLogFile b = new CmTraceLogFile(file, 20_000, 1, clock)) {
            for (int i = 0; i < 300; i++) {
                (i % 2 == 0 ? a : b).write(LogSeverity.INFO, "Test", 1, "t", "record " + i);
            }
        }
        List<Integer> numbers = new ArrayList<>(numbers(folder.resolve("shared.lo_")));
        numbers.addAll(numbers(file));
        assertEquals(299, numbers.get(numbers.size() - 1));
        for (int i = 1; i < numbers.size(); i++) {
            assertEquals(numbers.get(i - 1) + 1, numbers.get(i), "records out of order or lost around " + numbers.get(i - 1));
        }
    }

    private static List<Integer> numbers(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Matcher m = RECORD.matcher(text);
        List<Integer> out = new ArrayList<>();
        int end = 0;
        while (m.find()) {
            assertEquals(end, m.start(), "garbage between records in " + file);
            out.add(Integer.parseInt(m.group(1).substring("record ".length())));
            end = m.end();
        }
        assertEquals(text.length(), end, "a torn record at the end of " + file);
        return out;
    }

    /** A clock tests move forward by hand. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
