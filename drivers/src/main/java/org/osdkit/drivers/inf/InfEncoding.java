package org.osdkit.drivers.inf;

/**
 * How an INF file's bytes were encoded, as detected in the order the domain reference gives: byte-order
 * mark, then NUL in every other byte, then strict UTF-8, then the ANSI fallback code page.
 */
public enum InfEncoding {
    UTF_16LE_BOM("UTF-16LE with BOM"),
    UTF_16BE_BOM("UTF-16BE with BOM"),
    UTF_8_BOM("UTF-8 with BOM"),
    UTF_16LE("UTF-16LE without BOM"),
    /** Only 7-bit characters: the same text in every encoding PnP accepts. */
    ASCII("ASCII"),
    UTF_8("UTF-8 without BOM"),
    ANSI("ANSI code page");

    private final String label;

    InfEncoding(String label) {
        this.label = label;
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
