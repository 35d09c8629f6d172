package org.osdkit.core.text;

import java.util.Objects;

/**
 * A whole text decoded, with what was found on the way.
 *
 * @param text                 the text, without the byte-order mark
 * @param encoding             the encoding found
 * @param truncated            UTF-16 with an odd number of bytes: the file was cut off and its last byte is ignored
 * @param strayCarriageReturns 0x0D bytes removed from a UTF-16LE text damaged by an 8-bit line-ending
 *                             conversion (see {@link TextDecoder#decode}); 0 when it was undamaged
 */
public record DecodedText(String text, TextEncoding encoding, boolean truncated, int strayCarriageReturns) {

    public DecodedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(encoding, "encoding");
    }

    /** True when the bytes were damaged (cut off or line-end converted) and the text is a repair. */
    public boolean damaged() {
        return truncated || strayCarriageReturns > 0;
    }
}
