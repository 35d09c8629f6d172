package org.osdkit.logs.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;
import org.osdkit.logs.LogsErrors;

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

    /**
     * Messages over several lines (CRLF, LF and lone CR inside, XML-like text) in the usual layout: the
     * fast path reads them in place when the record's last line ends in CRLF, the general path when
     * it ends in a lone CR; both give the same records, line numbers included.
     */
    @Property(tries = 200)
    void multiLineMessagesReadTheSameOnTheFastAndTheGeneralPath(@ForAll("messages") List<String> messages) {
        StringBuilder crlf = new StringBuilder();
        StringBuilder cr = new StringBuilder();
        for (int i = 0; i < messages.size(); i++) {
            String m = messages.get(i) + (i % 2 == 0 ? "\r\n<Policy a=\"" + i + "\"><![CDATA[x]]></Policy>" : "");
            String record = "<![LOG[" + m + "]LOG]!><time=\"10:00:0" + (i % 10) + ".5+60\" date=\"07-30-2026\" component=\"C\" context=\"\""
                    + " type=\"1\" thread=\"" + i + "\" file=\"f.cpp:" + i + "\">";
            crlf.append(record).append("\r\n");
            cr.append(record).append('\r');
        }
        List<LogRecord> general = Logs.text(cr.toString()).records();
        assertEquals(messages.size(), general.size(), general.toString());
        assertEquals(general, Logs.text(crlf.toString()).records());
    }

    /**
     * Attribute blocks in CMTrace's own layout, with odd values, or shuffled, re-spaced or cut, and
     * stray characters after the record: the fast path (records alone on CRLF lines, the usual layout
     * read as literals) and the general path (lone-CR lines) give the same records.
     */
    @Property(tries = 300)
    void everyAttributeBlockReadsTheSameOnTheFastAndTheGeneralPath(@ForAll("attributeBlocks") List<String> blocks) {
        StringBuilder crlf = new StringBuilder();
        StringBuilder cr = new StringBuilder();
        for (String block : blocks) {
            String record = "<![LOG[message]LOG]!><" + block;
            crlf.append(record).append("\r\n");
            cr.append(record).append('\r');
        }
        assertEquals(comparable(Logs.text(cr.toString())), comparable(Logs.text(crlf.toString())));
    }

    /**
     * Components read in place come from a small cache keyed by length and first and last character:
     * many components that share a slot (same length, same ends), in any order, still read as written,
     * on the fast path (CRLF lines) exactly as on the general one (lone CR).
     */
    @Property(tries = 200)
    void componentsSharingACacheSlotReadAsWritten(@ForAll("components") List<String> components) {
        StringBuilder crlf = new StringBuilder();
        StringBuilder cr = new StringBuilder();
        for (int i = 0; i < components.size(); i++) {
            String record = "<![LOG[m" + i + "]LOG]!><time=\"10:00:00.000+000\" date=\"07-30-2026\" component=\"" + components.get(i)
                    + "\" context=\"\" type=\"1\" thread=\"1\" file=\"f.cpp:" + i + "\">";
            crlf.append(record).append("\r\n");
            cr.append(record).append('\r');
        }
        List<LogRecord> fast = Logs.text(crlf.toString()).records();
        assertEquals(components, fast.stream().map(LogRecord::component).toList());
        assertEquals(comparable(Logs.text(cr.toString())), comparable(Logs.text(crlf.toString())));
    }

    @Provide
    Arbitrary<List<String>> components() {
        // C?x?Z: one length, one first and last character, so all of them fall into the same few slots.
        return Arbitraries.strings().withChars("abAB").ofLength(3).map(m -> "C" + m + "Z").list().ofMinSize(1).ofMaxSize(30);
    }

    /** The records with line breaks in kept text written one way, which is all that tells the two files apart. */
    private static List<List<Object>> comparable(Logs.Read read) {
        return read.records().stream().map(r -> Arrays.<Object>asList(r.line(), r.kind(), r.localTime(), r.biasMinutes(), r.utc(), r.zone(),
                r.component(), r.context(), r.thread(), r.severity(), r.file(), r.message().replace("\r\n", "\r"), r.problem())).toList();
    }

    /**
     * A record on the same date as the one before takes the stamp's fast path, the first of a new
     * date the general one: both give local time + bias as UTC, or the same problem.
     */
    @Property(tries = 500)
    void everyTimeReadsTheSameOnANewDateAndOnTheSameDate(@ForAll("times") String time, @ForAll boolean invert) {
        String text = Logs.cm("earlier day", "10:00:00.000+000", "07-29-2026") + Logs.cm("first", time, "07-30-2026") + Logs.cm("second", time, "07-30-2026");
        List<LogRecord> r = Logs.text(text, ReadOptions.defaults().withInvertBias(invert)).records();
        assertEquals(3, r.size());
        LogRecord general = r.get(1);
        LogRecord fast = r.get(2);
        assertEquals(Arrays.asList(general.localTime(), general.biasMinutes(), general.utc(), general.zone(), general.problem()),
                Arrays.asList(fast.localTime(), fast.biasMinutes(), fast.utc(), fast.zone(), fast.problem()));
        var usual = java.util.regex.Pattern.compile("(\\d\\d):(\\d\\d):(\\d\\d)\\.(\\d{1,7})([+-])(\\d{1,4})").matcher(time);
        if (usual.matches() && Integer.parseInt(usual.group(1)) < 24 && Integer.parseInt(usual.group(2)) < 60 && Integer.parseInt(usual.group(3)) < 60
                && Integer.parseInt(usual.group(6)) <= 18 * 60) {
            LocalDateTime local = LocalDateTime.parse("2026-07-30T" + time.substring(0, 8)).withNano(Integer.parseInt((usual.group(4) + "00000000").substring(0, 9)));
            int bias = Integer.parseInt(usual.group(6)) * (usual.group(5).equals("-") != invert ? -1 : 1);
            assertEquals(local, fast.localTime());
            assertEquals(bias, fast.biasMinutes());
            assertEquals(local.toInstant(ZoneOffset.UTC).plusSeconds(bias * 60L), fast.utc());
            assertEquals(ZoneStatus.KNOWN, fast.zone());
        }
    }

    @Provide
    Arbitrary<String> times() {
        Arbitrary<String> hour = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.integers().between(0, 23)), Tuple.of(1, Arbitraries.integers().between(24, 99)))
                .map(n -> String.format("%02d", n));
        Arbitrary<String> sixty = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.integers().between(0, 59)), Tuple.of(1, Arbitraries.integers().between(60, 99)))
                .map(n -> String.format("%02d", n));
        Arbitrary<String> fraction = Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(8);
        Arbitrary<String> sign = Arbitraries.frequency(Tuple.of(4, "+"), Tuple.of(4, "-"), Tuple.of(1, ""), Tuple.of(1, "x"));
        Arbitrary<String> bias = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.integers().between(0, 1080).map(String::valueOf)),
                Tuple.of(2, Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(5)));
        Arbitrary<String> dot = Arbitraries.frequency(Tuple.of(8, "."), Tuple.of(1, ":"), Tuple.of(1, ""));
        return Combinators.combine(hour, sixty, sixty, dot, fraction, sign, bias)
                .as((h, m, sec, d, f, sg, b) -> h + ":" + m + ":" + sec + d + f + sg + b);
    }

    @Provide
    Arbitrary<List<String>> attributeBlocks() {
        Arbitrary<String> odd = Arbitraries.of("", "x", "1", "3", "9", " ", ">", "<", "<![LOG[", "]LOG]!><", "\"", "=", "\t", "é", "10:00:00.000+000",
                "10:00:00.5-60", "25:00:00.000", "7-30-2026", "13-01-2026", "engine.cxx:12", "a".repeat(150)).list().ofMaxSize(3)
                .map(l -> String.join("", l));
        Arbitrary<List<String>> values = Combinators.combine(
                Arbitraries.of("10:00:00.000+000", "10:00:01.1234567-240", "9:5:1.1+0").injectDuplicates(0.2), Arbitraries.of("07-30-2026", "7-30-2026"),
                Arbitraries.of("TSManager", "CAS", "", "C"), Arbitraries.of("", "ctx"), Arbitraries.of("0", "1", "2", "3", "", "7"),
                Arbitraries.of("1000", "42", "", "0x1F"), Arbitraries.of("engine.cxx:12", "", "x.cpp:1")).as(List::of);
        Arbitrary<Integer> oddAt = Arbitraries.integers().between(-1, 6);
        Arbitrary<Integer> mutation = Arbitraries.integers().between(0, 5);
        String[] names = {"time", "date", "component", "context", "type", "thread", "file"};
        Arbitrary<String> after = Arbitraries.of("", "", "", " ", "\t", "\u0001", " x", "\u2003");
        Arbitrary<String> block = Combinators.combine(values, oddAt, odd, mutation, after).as((v, at, value, how, trailing) -> {
            List<String> pairs = new ArrayList<>();
            for (int k = 0; k < names.length; k++) {
                pairs.add(names[k] + "=\"" + (k == at ? value : v.get(k)) + "\"");
            }
            switch (how) {
                case 1 -> Collections.swap(pairs, 1, 6);
                case 2 -> pairs.set(2, pairs.get(2).toUpperCase(Locale.ROOT));
                case 3 -> pairs.remove(3);
                case 4 -> pairs.add(4, "extra=\"y\"");
                default -> { }
            }
            return String.join(how == 5 ? "  " : " ", pairs) + ">" + trailing;
        });
        return block.list().ofMinSize(1).ofMaxSize(8);
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
