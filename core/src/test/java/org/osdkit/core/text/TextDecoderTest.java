package org.osdkit.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextDecoderTest {

    private static final TextDecoder ANSI = TextDecoder.withFallback(TextDecoder.WINDOWS_1252);
    private static final String TEXT = "[Version]\r\nSignature=\"$Windows NT$\"\r\nProvider=Société Générale ünd Ωmega\r\n";

    @TempDir
    Path tmp;

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static void assertDecoded(byte[] input, String text, Charset charset, EncodingEvidence evidence, int bom, String label) {
        DecodedText d = ANSI.decode(input);
        assertEquals(text, d.text());
        assertEquals(new TextEncoding(charset, evidence, bom), d.encoding());
        assertEquals(bom > 0, d.encoding().hasBom());
        assertEquals(label, d.encoding().label());
        assertFalse(d.damaged());
    }

    @Test
    void aByteOrderMarkDecides() {
        assertDecoded(concat(bytes(0xEF, 0xBB, 0xBF), TEXT.getBytes(StandardCharsets.UTF_8)), TEXT, StandardCharsets.UTF_8,
                EncodingEvidence.BYTE_ORDER_MARK, 3, "UTF-8 with BOM");
        assertDecoded(concat(bytes(0xFF, 0xFE), TEXT.getBytes(StandardCharsets.UTF_16LE)), TEXT, StandardCharsets.UTF_16LE,
                EncodingEvidence.BYTE_ORDER_MARK, 2, "UTF-16LE with BOM");
        assertDecoded(concat(bytes(0xFE, 0xFF), TEXT.getBytes(StandardCharsets.UTF_16BE)), TEXT, StandardCharsets.UTF_16BE,
                EncodingEvidence.BYTE_ORDER_MARK, 2, "UTF-16BE with BOM");
    }

    @Test
    void nulInEveryOtherByteIsUtf16WithoutAMark() {
        String latin = "[Version]\r\nSignature=\"$Windows NT$\"\r\nClass=Net\r\n";
        assertDecoded(latin.getBytes(StandardCharsets.UTF_16LE), latin, StandardCharsets.UTF_16LE, EncodingEvidence.NUL_PATTERN, 0, "UTF-16LE without BOM");
        assertDecoded(latin.getBytes(StandardCharsets.UTF_16BE), latin, StandardCharsets.UTF_16BE, EncodingEvidence.NUL_PATTERN, 0, "UTF-16BE without BOM");
    }

    @Test
    void utf16WithoutAMarkIsToldEvenWhenSomeCharactersHaveNoNulByte() {
        // A log names users and paths in other scripts (Cyrillic, curly quotes) and a crash leaves NULs:
        // not every pair is a Latin-1 character, three in four are.
        String mixed = "Profile C:\\Users\\Андрей loaded ’ok’\r\nUser Σοφία logged on\r\n";
        assertDecoded(mixed.getBytes(StandardCharsets.UTF_16LE), mixed, StandardCharsets.UTF_16LE, EncodingEvidence.NUL_PATTERN, 0, "UTF-16LE without BOM");
        assertDecoded(mixed.getBytes(StandardCharsets.UTF_16BE), mixed, StandardCharsets.UTF_16BE, EncodingEvidence.NUL_PATTERN, 0, "UTF-16BE without BOM");
        String damaged = "Line one\r\n\0\0\0\0\0\0Line two\r\n";
        assertDecoded(damaged.getBytes(StandardCharsets.UTF_16LE), damaged, StandardCharsets.UTF_16LE, EncodingEvidence.NUL_PATTERN, 0, "UTF-16LE without BOM");
        // 8-bit text with a NUL run stays 8-bit.
        byte[] eight = "Line one\r\n\0\0\0\0\0Line two\r\n".getBytes(StandardCharsets.US_ASCII);
        assertEquals(EncodingEvidence.ASCII, TextDecoder.withFallback(TextDecoder.WINDOWS_1252).detect(eight, eight.length, true).evidence());
    }

    @Test
    void withoutAMarkAsciiThenUtf8ThenTheFallback() {
        assertDecoded("[Version]\r\n".getBytes(StandardCharsets.US_ASCII), "[Version]\r\n", StandardCharsets.UTF_8, EncodingEvidence.ASCII, 0, "ASCII");
        assertDecoded(TEXT.getBytes(StandardCharsets.UTF_8), TEXT, StandardCharsets.UTF_8, EncodingEvidence.VALID_UTF8, 0, "UTF-8 without BOM");
        String western = "Provider=Société Générale";
        assertDecoded(western.getBytes(TextDecoder.WINDOWS_1252), western, TextDecoder.WINDOWS_1252, EncodingEvidence.FALLBACK, 0, "windows-1252");
        assertDecoded(new byte[0], "", StandardCharsets.UTF_8, EncodingEvidence.ASCII, 0, "ASCII");
    }

    @Test
    void theFallbackIsTheCallers() {
        byte[] invalid = bytes('a', 0xE9, 'b');
        DecodedText lenient = TextDecoder.withFallback(StandardCharsets.UTF_8).decode(invalid);
        assertEquals("a\uFFFDb", lenient.text());
        assertEquals(EncodingEvidence.FALLBACK, lenient.encoding().evidence());
        assertEquals("aéb", ANSI.decode(invalid).text());
    }

    @Test
    void anOddByteCountInUtf16IsReportedAndItsLastByteDropped() {
        byte[] cut = concat(bytes(0xFF, 0xFE), "ab".getBytes(StandardCharsets.UTF_16LE), bytes('c'));
        DecodedText d = ANSI.decode(cut);
        assertEquals("ab", d.text());
        assertTrue(d.truncated() && d.damaged());
    }

    @Test
    void utf16DamagedByAnEightBitLineEndingConversionIsRepairedAndCounted() {
        String text = "[Version]\r\nSignature=\"$Windows NT$\"\r\nClass=Net\r\n";
        byte[] good = concat(bytes(0xFF, 0xFE), text.getBytes(StandardCharsets.UTF_16LE));
        ByteArrayOutputStream damaged = new ByteArrayOutputStream();
        for (byte b : good) {
            if (b == 0x0A) {
                damaged.write(0x0D);
            }
            damaged.write(b);
        }
        DecodedText d = ANSI.decode(damaged.toByteArray());
        assertEquals(text, d.text());
        assertEquals(3, d.strayCarriageReturns());
        assertTrue(d.damaged());
        assertEquals(0, ANSI.decode(good).strayCarriageReturns(), "an undamaged file is left as it is");
    }

    @Test
    void aLoneSurrogateInUtf16StaysAsTheFileHasIt() {
        byte[] b = concat(bytes(0xFF, 0xFE), bytes(0x3D, 0xD8), "x".getBytes(StandardCharsets.UTF_16LE));
        assertEquals("\uD83Dx", ANSI.decode(b).text());
    }

    @Test
    void aUtf8CharacterCutAtTheEndOfAnIncompleteHeadIsNotHeldAgainstIt() {
        byte[] head = "Société".getBytes(StandardCharsets.UTF_8);
        int cut = head.length - 1;
        assertEquals(EncodingEvidence.VALID_UTF8, ANSI.detect(head, cut, false).evidence());
        assertEquals(EncodingEvidence.FALLBACK, ANSI.detect(head, cut, true).evidence());
    }

    @Test
    void aLargeLogIsStreamedWithTheEncodingOfItsHead() throws IOException {
        StringBuilder text = new StringBuilder();
        while (text.length() < 3 * TextDecoder.SAMPLE_BYTES) {
            text.append("<![LOG[Ωmega step ").append(text.length()).append("]LOG]!>\r\n");
        }
        Path log = Files.write(tmp.resolve("smsts.log"), concat(bytes(0xFF, 0xFE), text.toString().getBytes(StandardCharsets.UTF_16LE)));
        try (DecodingReader reader = ANSI.open(log)) {
            assertEquals("UTF-16LE with BOM", reader.encoding().label());
            assertEquals(text.toString(), readAll(reader));
        }
    }

    @Test
    void aStreamedBadByteBecomesAReplacementCharacterAndTheRestIsRead() throws IOException {
        byte[] head = "ascii head\n".getBytes(StandardCharsets.US_ASCII);
        byte[] rest = concat("then ".getBytes(StandardCharsets.UTF_8), bytes(0xFF), " and Ω".getBytes(StandardCharsets.UTF_8));
        try (DecodingReader reader = ANSI.open(head, head.length, false, new ByteArrayInputStream(rest))) {
            assertEquals(EncodingEvidence.ASCII, reader.encoding().evidence());
            assertEquals("ascii head\nthen \uFFFD and Ω", readAll(reader));
        }
        try (DecodingReader reader = ANSI.open(new ByteArrayInputStream(concat(bytes(0xEF, 0xBB, 0xBF), "x".getBytes(StandardCharsets.UTF_8))))) {
            assertEquals("x", readAll(reader), "the mark is not part of the text");
        }
    }

    @Test
    void aFileIsReadWhole() throws IOException {
        Path inf = Files.write(tmp.resolve("net.inf"), concat(bytes(0xFF, 0xFE), TEXT.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(TEXT, ANSI.read(inf).text());
    }

    private static String readAll(Reader reader) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = reader.read(buffer)) > 0; ) {
            out.append(buffer, 0, n);
        }
        return out.toString();
    }
}
