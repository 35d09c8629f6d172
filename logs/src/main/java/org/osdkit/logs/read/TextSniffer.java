package org.osdkit.logs.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decides a file's encoding, whether it is text at all, and its format, from its first bytes: BOM
 * first, then strict UTF-8, else Windows-1252 (what old site servers wrote).
 */
final class TextSniffer {

    static final int SAMPLE_BYTES = 64 * 1024;
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** What the first bytes say: charset, BOM length to skip, the decoded sample, and text or not. */
    record Sniffed(Charset charset, int bomLength, String sample, boolean binary) {

        LogFormat format() {
            return detectFormat(sample);
        }
    }

    private TextSniffer() {
    }

    /** {@code head} holds {@code n} bytes; {@code complete} says whether they are the whole file. */
    static Sniffed sniff(byte[] head, int n, boolean complete) {
        Charset charset;
        int bom = 0;
        if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            charset = StandardCharsets.UTF_8;
            bom = 3;
        } else if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            bom = 2;
        } else if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            bom = 2;
        } else {
            charset = isStrictUtf8(head, n, complete) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        }
        String sample = new String(head, bom, n - bom, charset);
        return new Sniffed(charset, bom, sample, looksBinary(sample));
    }

    private static boolean isStrictUtf8(byte[] head, int n, boolean complete) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(n + 1);
        // Not at end of input when the sample was cut: a character split at the cut is not an error.
        CoderResult result = decoder.decode(ByteBuffer.wrap(head, 0, n), out, complete);
        if (result.isError()) {
            return false;
        }
        if (complete) {
            try {
                return !decoder.flush(out).isError();
            } catch (IllegalStateException e) {
                return false;
            }
        }
        return true;
    }

    /** Mostly NULs and control characters: an executable, an archive, a database, not a log. */
    private static boolean looksBinary(String sample) {
        if (sample.isEmpty()) {
            return false;
        }
        int control = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) {
                control++;
            }
        }
        // Crash-damaged logs carry some NUL runs; only a large share means the file is not text.
        return control * 10 > sample.length() * 3;
    }

    static LogFormat detectFormat(String sample) {
        if (sample.contains("<![LOG[") || sample.contains("]LOG]!>")) {
            return LogFormat.CMTRACE;
        }
        if (LegacyTrailer.find(sample) != null) {
            return LogFormat.LEGACY;
        }
        return LogFormat.PLAIN;
    }
}
