package org.osdkit.logs.read;

import org.osdkit.core.text.TextEncoding;

/**
 * What a log's first bytes say beyond their encoding, which core's
 * {@link org.osdkit.core.text.TextDecoder} tells (BOM, UTF-16 by NUL pattern, ASCII, UTF-8, else
 * Windows-1252, what old site servers wrote): whether the file is text at all, and its format.
 */
final class TextSniffer {

    /** The sample decoded in the file's encoding, and whether it is text at all. */
    record Sniffed(String sample, boolean binary) {

        LogFormat format() {
            return detectFormat(sample);
        }
    }

    private TextSniffer() {
    }

    /** Looks at {@code head[0, n)}, whose encoding was told as {@code encoding}. */
    static Sniffed sniff(byte[] head, int n, TextEncoding encoding) {
        String sample = new String(head, encoding.bomLength(), n - encoding.bomLength(), encoding.charset());
        return new Sniffed(sample, looksBinary(sample));
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
        return TextFormats.detect(sample);
    }
}
