package org.osdkit.core.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The encoding found for a text.
 *
 * @param charset   what the text is decoded with (UTF-8 for {@link EncodingEvidence#ASCII})
 * @param evidence  what decided it
 * @param bomLength bytes of byte-order mark to skip: 2 or 3 with {@link EncodingEvidence#BYTE_ORDER_MARK}, else 0
 */
public record TextEncoding(Charset charset, EncodingEvidence evidence, int bomLength) {

    public TextEncoding {
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(evidence, "evidence");
        if ((evidence == EncodingEvidence.BYTE_ORDER_MARK) != (bomLength > 0) || bomLength < 0 || bomLength > 3) {
            throw new IllegalArgumentException("a byte-order mark of " + bomLength + " bytes does not go with " + evidence);
        }
    }

    /** True when the text starts with a byte-order mark. */
    public boolean hasBom() {
        return bomLength > 0;
    }

    /** True for UTF-16, either byte order, with or without a mark. */
    public boolean isUtf16() {
        return charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE);
    }

    /** How an admin would say it: "UTF-16LE with BOM", "UTF-8 without BOM", "ASCII", "windows-1252". */
    public String label() {
        return switch (evidence) {
            case BYTE_ORDER_MARK -> charset.name() + " with BOM";
            case NUL_PATTERN, VALID_UTF8 -> charset.name() + " without BOM";
            case ASCII -> "ASCII";
            case FALLBACK -> charset.name();
        };
    }

    @Override
    public String toString() {
        return label();
    }
}
