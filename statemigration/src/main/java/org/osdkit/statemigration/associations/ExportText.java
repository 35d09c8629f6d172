package org.osdkit.statemigration.associations;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import org.osdkit.core.text.TextDecoder;

/**
 * Opens an export as text through core's {@link TextDecoder}: Windows PowerShell writes UTF-16LE with a
 * byte-order mark ({@code Out-File}, {@code Export-Csv -Encoding Unicode}) or ANSI ({@code -Encoding
 * Default}), PowerShell 7 UTF-8; the mark, the NUL pattern of UTF-16 without one, and strict UTF-8
 * decide, the ANSI code page of Western Windows is the fallback. Decoded here rather than by Jackson
 * because the CSV/JSON choice is made on the text.
 */
final class ExportText {

    private static final TextDecoder DECODER = TextDecoder.withFallback(TextDecoder.WINDOWS_1252);

    private ExportText() {
    }

    static BufferedReader open(Path file) throws IOException {
        return new BufferedReader(DECODER.open(file), 65536);
    }
}
