package org.osdkit.drivers.inf;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Turns an INF file's bytes into text, detecting the encoding and reporting damage as findings. */
final class InfDecoder {

    /** Enough bytes to tell UTF-16 without a BOM from 8-bit text. */
    private static final int SNIFF = 512;

    record Decoded(String text, InfEncoding encoding, List<InfFinding> findings) {
    }

    private InfDecoder() {
    }

    static Decoded decode(byte[] bytes, Charset ansi) {
        List<InfFinding> findings = new ArrayList<>();
        if (startsWith(bytes, 0xFF, 0xFE)) {
            byte[] body = repairCrInsertedIntoUtf16(bytes, findings);
            return new Decoded(utf16(body, 2, StandardCharsets.UTF_16LE, findings), InfEncoding.UTF_16LE_BOM, findings);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(utf16(bytes, 2, StandardCharsets.UTF_16BE, findings), InfEncoding.UTF_16BE_BOM, findings);
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(lenientUtf8(bytes, 3), InfEncoding.UTF_8_BOM, findings);
        }
        if (looksLikeUtf16LeWithoutBom(bytes)) {
            return new Decoded(utf16(bytes, 0, StandardCharsets.UTF_16LE, findings), InfEncoding.UTF_16LE, findings);
        }
        if (isAscii(bytes)) {
            return new Decoded(new String(bytes, StandardCharsets.ISO_8859_1), InfEncoding.ASCII, findings);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(text, InfEncoding.UTF_8, findings);
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, ansi), InfEncoding.ANSI, findings);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeUtf16LeWithoutBom(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF) & ~1;
        if (n < 4) {
            return false;
        }
        for (int i = 0; i < n; i += 2) {
            if (bytes[i] == 0 || bytes[i + 1] != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static String lenientUtf8(byte[] bytes, int offset) {
        return new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
    }

    private static String utf16(byte[] bytes, int offset, Charset charset, List<InfFinding> findings) {
        int length = bytes.length - offset;
        if (length % 2 != 0) {
            findings.add(InfFinding.of(InfRule.TRUNCATED_UTF16, 0,
                    "The file is UTF-16 but has an odd number of bytes (" + bytes.length + "): it was cut off; the last byte is ignored."));
            length--;
        }
        if (charset == StandardCharsets.UTF_16LE) {
            // Most INFs are UTF-16LE: assembling the chars directly is several times faster than a charset decoder.
            // Lone surrogates stay as they are; the lexer treats them as ordinary characters.
            char[] chars = new char[length / 2];
            for (int i = 0, j = offset; i < chars.length; i++, j += 2) {
                chars[i] = (char) ((bytes[j] & 0xFF) | (bytes[j + 1] << 8));
            }
            return new String(chars);
        }
        return new String(bytes, offset, length, charset);
    }

    /**
     * A UTF-16LE file that went through an 8-bit line-ending conversion (git's autocrlf on a file it
     * took for text) has a 0x0D byte inserted before every 0x0A byte, which shifts every other line by
     * one byte. Windows then reads garbage; we undo the insertion so the admin can see what the file
     * was meant to say, and report the damage as an error.
     */
    private static byte[] repairCrInsertedIntoUtf16(byte[] bytes, List<InfFinding> findings) {
        if (!containsDamagePattern(bytes)) {
            return bytes;
        }
        byte[] out = new byte[bytes.length];
        int n = 0;
        int removed = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0x0D && i + 1 < bytes.length && bytes[i + 1] == 0x0A && n % 2 == 0) {
                removed++;
                continue;
            }
            out[n++] = bytes[i];
        }
        findings.add(InfFinding.of(InfRule.DAMAGED_ENCODING, 0,
                "The UTF-16 file had " + removed + " stray 0x0D bytes inserted before line feeds (an 8-bit line-ending conversion); "
                        + "Windows reads it as garbage. Read here as repaired; replace the file with an undamaged copy."));
        return java.util.Arrays.copyOf(out, n);
    }

    /** A damaged file shows the pattern at every line end, so the first lines are enough to tell. */
    private static boolean containsDamagePattern(byte[] b) {
        int end = Math.min(b.length, 4 * 1024);
        for (int i = 2; i + 4 < end; i += 2) {
            if (b[i] == 0x0D && b[i + 1] == 0 && b[i + 2] == 0x0D && b[i + 3] == 0x0A && b[i + 4] == 0) {
                return true;
            }
        }
        return false;
    }
}
