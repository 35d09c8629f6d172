package org.osdkit.drivers.inf;

import java.nio.charset.StandardCharsets;
import org.osdkit.core.text.TextEncoding;

/**
 * How an INF file's bytes were encoded, in the INF's own words: what core's
 * {@link org.osdkit.core.text.TextDecoder} found (byte-order mark, then NUL in every other byte, then
 * ASCII, then strict UTF-8, then the ANSI fallback code page), named as INF lint reports it.
 */
public enum InfEncoding {
    UTF_16LE_BOM("UTF-16LE with BOM"),
    UTF_16BE_BOM("UTF-16BE with BOM"),
    UTF_8_BOM("UTF-8 with BOM"),
    UTF_16LE("UTF-16LE without BOM"),
    UTF_16BE("UTF-16BE without BOM"),
    /** Only 7-bit characters: the same text in every encoding PnP accepts. */
    ASCII("ASCII"),
    UTF_8("UTF-8 without BOM"),
    ANSI("ANSI code page");

    private final String label;

    InfEncoding(String label) {
        this.label = label;
    }

    /** The INF's name for an encoding core's decoder found. */
    public static InfEncoding of(TextEncoding found) {
        boolean le = found.charset().equals(StandardCharsets.UTF_16LE);
        boolean be = found.charset().equals(StandardCharsets.UTF_16BE);
        return switch (found.evidence()) {
            case BYTE_ORDER_MARK -> le ? UTF_16LE_BOM : be ? UTF_16BE_BOM : UTF_8_BOM;
            case NUL_PATTERN -> le ? UTF_16LE : UTF_16BE;
            case ASCII -> ASCII;
            case VALID_UTF8 -> UTF_8;
            case FALLBACK -> ANSI;
        };
    }

    /** True for the UTF-8 forms, which PnP does not accept for INFs with non-ASCII text. */
    public boolean isUtf8() {
        return this == UTF_8 || this == UTF_8_BOM;
    }

    @Override
    public String toString() {
        return label;
    }
}
