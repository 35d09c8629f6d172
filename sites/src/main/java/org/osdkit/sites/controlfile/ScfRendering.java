package org.osdkit.sites.controlfile;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Turns lines back into bytes, and replaces one value in place. Lines hold each byte as one
 * ISO-8859-1 character, so rendering is exact for any code page the file was written in.
 */
final class ScfRendering {

    private ScfRendering() {
    }

    public static byte[] render(List<ScfLine> lines) {
        int size = 0;
        for (ScfLine line : lines) {
            size += line.text().length() + line.terminator().length();
        }
        byte[] out = new byte[size];
        int at = 0;
        for (ScfLine line : lines) {
            at = copy(line.text(), out, at);
            at = copy(line.terminator(), out, at);
        }
        return out;
    }

    /** Each character is one byte (the parser decoded ISO-8859-1), so the low byte is the original byte. */
    private static int copy(String s, byte[] out, int at) {
        for (int i = 0; i < s.length(); i++) {
            out[at++] = (byte) s.charAt(i);
        }
        return at;
    }

    /**
     * The file's bytes with the {@code fieldIndex}-th {@code <...>} field of line {@code lineNumber}
     * replaced by {@code value}; every other byte stays as it was.
     */
    public static byte[] replaceValue(List<ScfLine> lines, int lineNumber, int fieldIndex, String value) {
        ScfLine target = lines.get(lineNumber - 1);
        LineTokens.Field field = LineTokens.of(target.text()).fields().get(fieldIndex);
        String text = target.text();
        String replaced = text.substring(0, field.start()) + value + text.substring(field.end());
        List<ScfLine> copy = new java.util.ArrayList<>(lines);
        copy.set(lineNumber - 1, new ScfLine(target.number(), replaced, target.terminator()));
        return render(copy);
    }

    /** The byte offset of the text of field {@code fieldIndex} on line {@code lineNumber}. */
    public static long valueOffset(List<ScfLine> lines, int lineNumber, int fieldIndex) {
        long offset = 0;
        for (int i = 0; i < lineNumber - 1; i++) {
            offset += lines.get(i).text().length() + lines.get(i).terminator().length();
        }
        return offset + LineTokens.of(lines.get(lineNumber - 1).text()).fields().get(fieldIndex).start();
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
