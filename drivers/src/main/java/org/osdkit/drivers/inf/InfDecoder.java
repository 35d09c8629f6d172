package org.osdkit.drivers.inf;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.osdkit.core.text.DecodedText;
import org.osdkit.core.text.TextDecoder;

/**
 * Turns an INF file's bytes into text with core's {@link TextDecoder} (byte-order mark, UTF-16 by its NUL
 * bytes, ASCII, strict UTF-8, else the ANSI code page) and reports what the decoder repaired as INF findings:
 * a UTF-16 file cut off ({@link InfRule#TRUNCATED_UTF16}) or damaged by an 8-bit line-ending conversion
 * ({@link InfRule#DAMAGED_ENCODING}), which Windows would read as garbage.
 */
final class InfDecoder {

    private static final TextDecoder DEFAULT = TextDecoder.withFallback(TextDecoder.WINDOWS_1252);

    record Decoded(String text, InfEncoding encoding, List<InfFinding> findings) {
    }

    private InfDecoder() {
    }

    static Decoded decode(byte[] bytes, Charset ansi) {
        TextDecoder decoder = ansi.equals(DEFAULT.fallback()) ? DEFAULT : TextDecoder.withFallback(ansi);
        DecodedText decoded = decoder.decode(bytes);
        List<InfFinding> findings = new ArrayList<>();
        if (decoded.strayCarriageReturns() > 0) {
            findings.add(InfFinding.of(InfRule.DAMAGED_ENCODING, 0,
                    "The UTF-16 file had " + decoded.strayCarriageReturns() + " stray 0x0D bytes inserted before line feeds (an 8-bit line-ending conversion); "
                            + "Windows reads it as garbage. Read here as repaired; replace the file with an undamaged copy."));
        }
        if (decoded.truncated()) {
            findings.add(InfFinding.of(InfRule.TRUNCATED_UTF16, 0, "The file is UTF-16 but has an odd number of bytes ("
                    + (bytes.length - decoded.strayCarriageReturns()) + "): it was cut off; the last byte is ignored."));
        }
        return new Decoded(decoded.text(), InfEncoding.of(decoded.encoding()), findings);
    }
}
