package org.osdkit.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Random and mutated input never escapes the reader as an exception, and record order stays sane. */
class ReaderPropertiesTest {

    private static final String VALID = Logs.cm("first message", "10:00:00.000+000", "07-30-2026")
            + "<![LOG[multi\nline]LOG]!><time=\"10:00:01.1234567\" date=\"7-30-2026\" component=\"C\" context=\"\" type=\"0\" thread=\"\" file=\"\">\n"
            + "legacy text  $$<Comp><07-30-2026 10:00:02.000+000><thread=1 (0x1)>\n"
            + Logs.cm("last", "10:00:03.000-240", "07-30-2026");

    @Property(tries = 300)
    void randomBytesNeverThrow(@ForAll @Size(max = 3000) byte[] bytes) {
        assertSane(Logs.bytes(bytes, ReadOptions.defaults().withMaxMessageChars(64)));
    }

    @Property(tries = 300)
    void mutatedLogsNeverThrowAndKeepTheirText(@ForAll("mutations") String text) {
        Logs.Read read = Logs.text(text, ReadOptions.defaults().withMaxMessageChars(256));
        assertSane(read);
    }

    @Property(tries = 200)
    void markerSoupNeverThrows(@ForAll("soup") String text) {
        assertSane(Logs.text(text));
    }

    @Property(tries = 100)
    void wellFormedRecordsAllComeBackInOrder(@ForAll("messages") List<String> messages) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < messages.size(); i++) {
            b.append(Logs.cm(messages.get(i), "10:00:" + String.format("%02d", i % 60) + ".000+000", "07-30-2026"));
        }
        Logs.Read read = Logs.text(b.toString());
        assertEquals(messages, read.records().stream().map(LogRecord::message).toList());
        assertTrue(read.problems().isEmpty(), read.problems().toString());
    }

    /** Records alone on CRLF lines take the parser's fast path; lone-CR lines take the general one: same result. */
    @Property(tries = 100)
    void theFastAndTheGeneralPathAgree(@ForAll("messages") List<String> messages, @ForAll boolean upperCase) {
        StringBuilder crlf = new StringBuilder();
        StringBuilder cr = new StringBuilder();
        for (int i = 0; i < messages.size(); i++) {
            String m = messages.get(i).replace('\r', ' ').replace('\n', ' ');
            String attributes = "time=\"10:00:0" + (i % 10) + ".5-60\" date=\"7-30-2026\" component=\"C" + i + "\" type=\"" + (i % 4)
                    + "\" thread=\"" + (i % 3) + "\" file=\"f.cpp:" + i + "\"";
            String record = "<![LOG[" + m + "]LOG]!><" + (upperCase ? attributes.replace("time=", "TIME=").replace("thread=", "Thread=") : attributes) + ">";
            crlf.append(record).append("\r\n");
            cr.append(record).append('\r');
        }
        assertEquals(Logs.text(cr.toString()).records(), Logs.text(crlf.toString()).records());
    }

    @Provide
    Arbitrary<String> mutations() {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, VALID.length());
        Arbitrary<String> insert = Arbitraries.of("<![LOG[", "]LOG]!><", "\"", ">", "\r", "\n", "$$<", "><thread=", "\u0000", "\uFFFD", "time=\"", "");
        Arbitrary<Integer> cut = Arbitraries.integers().between(0, 20);
        return Combinators.combine(at, insert, cut, at).as((pos, ins, len, pos2) -> {
            String s = VALID.substring(0, pos) + ins + VALID.substring(Math.min(VALID.length(), pos + len));
            int p = Math.min(pos2, s.length());
            return s.substring(0, p) + s.substring(Math.min(s.length(), p + len / 2));
        });
    }

    @Provide
    Arbitrary<String> soup() {
        return Arbitraries.of("<![LOG[", "]LOG]!><", "time=\"1:2:3.4+5\"", "date=\"1-1-2020\"", "\"", ">", " ", "\n", "\r\n", "x", "$$<",
                "<C><01-01-2020 1:1:1.1><thread=1>", "type=\"9\"", "é", "\t").list().ofMaxSize(60).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<List<String>> messages() {
        return Arbitraries.strings().withCharRange(' ', '~').withChars('\n', 'é', '\r').ofMaxLength(40)
                .filter(s -> !s.contains("]LOG]!>") && !s.contains("<![LOG[") && !s.endsWith("]") && !s.startsWith("LOG]!>"))
                .list().ofMinSize(1).ofMaxSize(20);
    }

    private static void assertSane(Logs.Read read) {
        long last = 0;
        for (LogRecord r : read.records()) {
            assertTrue(r.line() >= last, "line numbers never go back: " + read.records());
            last = r.line();
            assertTrue(r.messageLength() >= r.message().length());
        }
        read.problems().forEach(p -> assertTrue(p.line() >= 0));
        assertTrue(read.problems().stream().noneMatch(p -> p.code() == LogsErrors.FILE_UNREADABLE), read.problems().toString());
    }
}
