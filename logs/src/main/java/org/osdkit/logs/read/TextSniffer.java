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
        return new Sniffed(sample, (!encoding.hasBom() && magic(head, n)) || looksBinary(sample));
    }

    /**
     * The leading bytes of files an admin's log folder also holds, which are never text: gzip, zip
     * (and .cab's MSCF), 7-Zip, RAR, OLE compound files (.msi, .doc), executables (MZ, ELF), event logs
     * (.evtx), PNG, JPEG, SQLite.
     */
    private static final byte[][] MAGIC = {
        {0x1F, (byte) 0x8B}, {'P', 'K', 3, 4}, {'P', 'K', 5, 6}, {'P', 'K', 7, 8}, {'M', 'S', 'C', 'F'},
        {'7', 'z', (byte) 0xBC, (byte) 0xAF}, {'R', 'a', 'r', '!'}, {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0},
        {'M', 'Z'}, {0x7F, 'E', 'L', 'F'}, {'E', 'l', 'f', 'F', 'i', 'l', 'e', 0}, {(byte) 0x89, 'P', 'N', 'G'},
        {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f'},
    };

    private static boolean magic(byte[] head, int n) {
        for (byte[] m : MAGIC) {
            if (n >= m.length && java.util.Arrays.equals(head, 0, m.length, m, 0, m.length)) {
                // "MZ" also starts words; an executable's header has NULs right after it.
                return m.length > 2 || m[0] != 'M' || (n > 8 && (head[3] == 0 || head[5] == 0 || head[7] == 0));
            }
        }
        return false;
    }

    /**
     * Not text: control characters other than NUL are rare in any log, while random bytes, compressed
     * and encrypted data decode to about one in eight (and undecodable bytes become U+FFFD); or mostly
     * NULs and control characters together (an executable, a database).
     */
    private static boolean looksBinary(String sample) {
        if (sample.isEmpty()) {
            return false;
        }
        int control = 0;
        int odd = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) {
                control++;
                if (c != 0) {
                    odd++;
                }
            } else if (c == '\uFFFD' || (c >= 0x7F && c < 0xA0)) {
                odd++;
            }
        }
        // Crash-damaged logs carry NUL runs; only a large share of them means the file is not text.
        return control * 10 > sample.length() * 3 || odd * 20 > sample.length();
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
