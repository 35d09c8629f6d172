package org.osdkit.drivers.inf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class InfDecoderTest {

    private static final String TEXT = "[Version]\r\nSignature=\"$Windows NT$\"\r\n[Strings]\r\nName = \"Gerät\"\r\n";

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static InfFile parse(byte[] bytes) {
        return InfFile.parse(bytes, "x.inf");
    }

    @Test
    void readsUtf16LittleAndBigEndianWithBom() {
        InfFile le = parse(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE)));
        InfFile be = parse(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE)));
        assertEquals(InfEncoding.UTF_16LE_BOM, le.encoding());
        assertEquals(InfEncoding.UTF_16BE_BOM, be.encoding());
        assertEquals("Gerät", le.strings().resolve("%Name%"));
        assertEquals("Gerät", be.strings().resolve("%Name%"));
    }

    @Test
    void readsUtf16WithoutBomWhenEveryOtherByteIsNul() {
        InfFile inf = parse(TEXT.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(InfEncoding.UTF_16LE, inf.encoding());
        assertEquals("Gerät", inf.strings().resolve("%Name%"));
    }

    @Test
    void readsUtf16BigEndianWithoutBomWhenEveryEvenByteIsNul() {
        InfFile inf = parse(TEXT.getBytes(StandardCharsets.UTF_16BE));
        assertEquals(InfEncoding.UTF_16BE, inf.encoding());
        assertEquals("UTF-16BE without BOM", inf.encoding().toString());
        assertEquals("Gerät", inf.strings().resolve("%Name%"));
    }

    @Test
    void aTruncatedDamagedFileGetsBothFindingsInTheOrderTheRepairsWereMade() {
        byte[] good = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE));
        java.io.ByteArrayOutputStream damaged = new java.io.ByteArrayOutputStream();
        for (byte b : good) {
            if (b == 0x0A) {
                damaged.write(0x0D);
            }
            damaged.write(b);
        }
        damaged.write('x');
        InfFile inf = parse(damaged.toByteArray());
        assertEquals(List.of(InfRule.DAMAGED_ENCODING, InfRule.TRUNCATED_UTF16),
                inf.findings().stream().map(InfFinding::rule).filter(r -> r == InfRule.DAMAGED_ENCODING || r == InfRule.TRUNCATED_UTF16).toList());
        assertTrue(inf.findings().stream().anyMatch(f -> f.message().contains("odd number of bytes (" + (good.length + 1) + ")")), inf.findings().toString());
        assertEquals("Gerät", inf.strings().resolve("%Name%"));
    }

    @Test
    void readsUtf8WithAndWithoutBomAndFlagsItForPnp() {
        InfFile bom = parse(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8)));
        InfFile plain = parse(TEXT.getBytes(StandardCharsets.UTF_8));
        assertEquals(InfEncoding.UTF_8_BOM, bom.encoding());
        assertEquals(InfEncoding.UTF_8, plain.encoding());
        assertEquals("Gerät", plain.strings().resolve("%Name%"));
        assertTrue(InfLint.check(plain, InfFolder.NONE).stream().anyMatch(f -> f.rule() == InfRule.UTF8_ENCODING));
    }

    @Test
    void fallsBackToTheAnsiCodePageWhenTheBytesAreNotUtf8() {
        InfFile inf = parse(TEXT.getBytes(Charset.forName("windows-1252")));
        assertEquals(InfEncoding.ANSI, inf.encoding());
        assertEquals("Gerät", inf.strings().resolve("%Name%"));
    }

    @Test
    void theAnsiCodePageIsConfigurable() {
        byte[] greek = "[Strings]\r\nName = \"\u0391\u0392\"\r\n".getBytes(Charset.forName("windows-1253"));
        InfFile inf = InfFile.parse(greek, "g.inf", Charset.forName("windows-1253"));
        assertEquals("\u0391\u0392", inf.strings().resolve("%Name%"));
    }

    @Test
    void readsATruncatedUtf16FileAndSaysItWasCutOff() {
        byte[] full = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE));
        InfFile inf = parse(Arrays.copyOf(full, full.length - 1));
        assertTrue(inf.findings().stream().anyMatch(f -> f.rule() == InfRule.TRUNCATED_UTF16), inf.findings().toString());
        assertTrue(inf.section("Version").isPresent());
    }

    @Test
    void refusesBinaryContentAsNotAnInf() {
        byte[] binary = new byte[4096];
        new java.util.Random(1).nextBytes(binary);
        binary[0] = 'M';
        binary[1] = 'Z';
        InfFile inf = parse(binary);
        assertEquals(InfKind.NOT_AN_INF, inf.kind());
        assertTrue(inf.findings().stream().anyMatch(f -> f.rule() == InfRule.NOT_TEXT));
        assertTrue(inf.sections().isEmpty());
    }

    @Test
    void repairsUtf16DamagedByAnEightBitLineEndingConversionAndReportsIt() {
        byte[] good = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE));
        java.io.ByteArrayOutputStream damaged = new java.io.ByteArrayOutputStream();
        for (byte b : good) {
            if (b == 0x0A) {
                damaged.write(0x0D);
            }
            damaged.write(b);
        }
        InfFile inf = parse(damaged.toByteArray());
        assertTrue(inf.findings().stream().anyMatch(f -> f.rule() == InfRule.DAMAGED_ENCODING));
        assertEquals("Gerät", inf.strings().resolve("%Name%"));
    }
}
