package org.osdkit.core.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * Reads bytes as text, telling the encoding in this order: byte-order mark; NUL in (nearly) every
 * other byte (UTF-16 without a mark); only 7-bit bytes (ASCII); valid UTF-8; else the caller's fallback code page.
 * A whole text is decoded by {@link #decode}/{@link #read}; a large one is streamed by {@link #open},
 * which decides from its first {@value #SAMPLE_BYTES} bytes.
 */
public final class TextDecoder {

    /** How many bytes the streaming variants look at before deciding. */
    public static final int SAMPLE_BYTES = 64 * 1024;

    /** The ANSI code page of Western Windows: the fallback for INFs and old site server logs. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Enough bytes to tell UTF-16 without a mark from 8-bit text. */
    private static final int NUL_SAMPLE = 512;

    /** A damaged UTF-16LE file shows the line-ending pattern on every line, so its first bytes are enough. */
    private static final int DAMAGE_SAMPLE = 4 * 1024;

    private final Charset fallback;

    private TextDecoder(Charset fallback) {
        this.fallback = Objects.requireNonNull(fallback, "fallback");
    }

    /** A decoder that falls back to {@code fallback} when the bytes are neither marked, UTF-16, ASCII nor UTF-8. */
    public static TextDecoder withFallback(Charset fallback) {
        return new TextDecoder(fallback);
    }

    /** The fallback code page. */
    public Charset fallback() {
        return fallback;
    }

    /**
     * Tells the encoding of {@code head[0, length)}. {@code complete} says whether these bytes are the
     * whole text; when they are not, a UTF-8 character cut at the end is not held against it.
     */
    public TextEncoding detect(byte[] head, int length, boolean complete) {
        if (startsWith(head, length, 0xEF, 0xBB, 0xBF)) {
            return new TextEncoding(StandardCharsets.UTF_8, EncodingEvidence.BYTE_ORDER_MARK, 3);
        }
        if (startsWith(head, length, 0xFF, 0xFE)) {
            return new TextEncoding(StandardCharsets.UTF_16LE, EncodingEvidence.BYTE_ORDER_MARK, 2);
        }
        if (startsWith(head, length, 0xFE, 0xFF)) {
            return new TextEncoding(StandardCharsets.UTF_16BE, EncodingEvidence.BYTE_ORDER_MARK, 2);
        }
        Charset utf16 = nulPattern(head, length);
        if (utf16 != null) {
            return new TextEncoding(utf16, EncodingEvidence.NUL_PATTERN, 0);
        }
        if (isAscii(head, length)) {
            return new TextEncoding(StandardCharsets.UTF_8, EncodingEvidence.ASCII, 0);
        }
        if (isStrictUtf8(head, length, complete)) {
            return new TextEncoding(StandardCharsets.UTF_8, EncodingEvidence.VALID_UTF8, 0);
        }
        return new TextEncoding(fallback, EncodingEvidence.FALLBACK, 0);
    }

    /**
     * Decodes a whole text. UTF-16 is assembled as it stands (a lone surrogate stays one, as the file says);
     * an odd last byte is dropped and reported. A UTF-16LE file with a mark that went through an 8-bit
     * line-ending conversion (git's autocrlf on a file it took for text) has a 0x0D byte inserted before
     * every 0x0A byte, which shifts every other line by one byte; the insertion is undone and counted.
     * Invalid UTF-8 behind a UTF-8 mark becomes U+FFFD.
     */
    public DecodedText decode(byte[] bytes) {
        TextEncoding found = detectWhole(bytes);
        if (found == null) {
            String strict = strictUtf8(bytes);
            if (strict != null) {
                return new DecodedText(strict, new TextEncoding(StandardCharsets.UTF_8, EncodingEvidence.VALID_UTF8, 0), false, 0);
            }
            return new DecodedText(new String(bytes, fallback), new TextEncoding(fallback, EncodingEvidence.FALLBACK, 0), false, 0);
        }
        if (found.evidence() == EncodingEvidence.ASCII) {
            // Latin-1 gives the same characters for 7-bit bytes and is the fastest decoder the JDK has.
            return new DecodedText(new String(bytes, StandardCharsets.ISO_8859_1), found, false, 0);
        }
        if (!found.isUtf16()) {
            return new DecodedText(new String(bytes, found.bomLength(), bytes.length - found.bomLength(), found.charset()), found, false, 0);
        }
        byte[] body = bytes;
        int removed = 0;
        if (found.hasBom() && found.charset().equals(StandardCharsets.UTF_16LE) && hasInsertedCarriageReturns(bytes)) {
            body = withoutInsertedCarriageReturns(bytes);
            removed = bytes.length - body.length;
        }
        int length = body.length - found.bomLength();
        boolean truncated = length % 2 != 0;
        return new DecodedText(utf16(body, found.bomLength(), length & ~1, found.charset().equals(StandardCharsets.UTF_16LE)), found, truncated, removed);
    }

    /** Reads and decodes a whole file, as {@link #decode}. */
    public DecodedText read(Path file) throws IOException {
        return decode(Files.readAllBytes(file));
    }

    /** Streams a file's text; the encoding is told from its first {@value #SAMPLE_BYTES} bytes. */
    public DecodingReader open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            return open(in);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** Streams {@code in}'s text (closed with the reader); the encoding is told from its first {@value #SAMPLE_BYTES} bytes. */
    public DecodingReader open(InputStream in) throws IOException {
        byte[] head = new byte[SAMPLE_BYTES];
        int n = in.readNBytes(head, 0, head.length);
        return open(head, n, n < head.length, in);
    }

    /**
     * Streams {@code head[0, length)} and then {@code rest}; the head alone decides the encoding. A log
     * follower passes only the bytes already written as the head, with {@code complete} false.
     */
    public DecodingReader open(byte[] head, int length, boolean complete, InputStream rest) {
        TextEncoding found = detect(head, length, complete);
        InputStream all = new SequenceInputStream(new ByteArrayInputStream(head, found.bomLength(), length - found.bomLength()), rest);
        CharsetDecoder decoder = found.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new DecodingReader(new InputStreamReader(all, decoder), found);
    }

    /** {@link #detect} for a whole text, leaving out the UTF-8 check ({@code null}), which {@link #decode} makes by decoding. */
    private TextEncoding detectWhole(byte[] bytes) {
        TextEncoding found = detect(bytes, Math.min(bytes.length, NUL_SAMPLE), false);
        if (found.evidence() == EncodingEvidence.BYTE_ORDER_MARK || found.evidence() == EncodingEvidence.NUL_PATTERN) {
            return found;
        }
        return isAscii(bytes, bytes.length) ? new TextEncoding(StandardCharsets.UTF_8, EncodingEvidence.ASCII, 0) : null;
    }

    private static boolean startsWith(byte[] bytes, int length, int... prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * UTF-16LE when the sample's byte pairs show text in it: at least three in four pairs that are not
     * both NUL are a character below U+0100 (its high byte NUL, its low byte not), and hardly any the
     * other way round; UTF-16BE the same with the bytes swapped. Not every pair: a log names paths
     * and users in other scripts (U+0400 and up have no NUL byte), and a crash leaves NUL runs.
     */
    private static Charset nulPattern(byte[] bytes, int length) {
        int n = Math.min(length, NUL_SAMPLE) & ~1;
        if (n < 4) {
            return null;
        }
        int le = 0;
        int be = 0;
        int counted = 0;
        for (int i = 0; i < n; i += 2) {
            boolean evenNul = bytes[i] == 0;
            boolean oddNul = bytes[i + 1] == 0;
            if (evenNul && oddNul) {
                continue;
            }
            counted++;
            if (oddNul) {
                le++;
            } else if (evenNul) {
                be++;
            }
        }
        if (counted < 2) {
            return null;
        }
        if (le * 4 >= counted * 3 && be * 20 <= counted) {
            return StandardCharsets.UTF_16LE;
        }
        if (be * 4 >= counted * 3 && le * 20 <= counted) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean isAscii(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isStrictUtf8(byte[] head, int length, boolean complete) {
        CharsetDecoder decoder = strictDecoder();
        CharBuffer out = CharBuffer.allocate(length + 1);
        // Not at end of input when the sample was cut: a character split at the cut is not an error.
        CoderResult result = decoder.decode(ByteBuffer.wrap(head, 0, length), out, complete);
        if (result.isError()) {
            return false;
        }
        return !complete || !decoder.flush(out).isError();
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return strictDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static CharsetDecoder strictDecoder() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Assembles the chars directly: several times faster than a charset decoder, and lone surrogates stay as the file has them. */
    private static String utf16(byte[] bytes, int offset, int length, boolean littleEndian) {
        char[] chars = new char[length / 2];
        for (int i = 0, j = offset; i < chars.length; i++, j += 2) {
            chars[i] = littleEndian ? (char) ((bytes[j] & 0xFF) | (bytes[j + 1] << 8)) : (char) ((bytes[j] << 8) | (bytes[j + 1] & 0xFF));
        }
        return new String(chars);
    }

    /** The damage shows as {@code 0D 00 0D 0A 00}: a CR character, then an inserted 0x0D before the LF's low byte. */
    private static boolean hasInsertedCarriageReturns(byte[] b) {
        int end = Math.min(b.length, DAMAGE_SAMPLE);
        for (int i = 2; i + 4 < end; i += 2) {
            if (b[i] == 0x0D && b[i + 1] == 0 && b[i + 2] == 0x0D && b[i + 3] == 0x0A && b[i + 4] == 0) {
                return true;
            }
        }
        return false;
    }

    /** Drops every 0x0D that stands at an even output position right before a 0x0A: the bytes the conversion inserted. */
    private static byte[] withoutInsertedCarriageReturns(byte[] bytes) {
        byte[] out = new byte[bytes.length];
        int n = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0x0D && i + 1 < bytes.length && bytes[i + 1] == 0x0A && n % 2 == 0) {
                continue;
            }
            out[n++] = bytes[i];
        }
        return Arrays.copyOf(out, n);
    }
}
