package org.osdkit.statemigration.associations;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens an export as text: Windows PowerShell writes UTF-16LE with a byte-order mark ({@code Out-File},
 * {@code Export-Csv -Encoding Unicode}), PowerShell 7 UTF-8; the mark decides, UTF-8 otherwise.
 * Decoded here rather than by Jackson because the CSV/JSON choice is made on the text.
 */
final class ExportText {

    private ExportText() {
    }

    static BufferedReader open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 65536);
        in.mark(3);
        int b0 = in.read();
        int b1 = in.read();
        int b2 = in.read();
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (b0 == 0xFF && b1 == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (b0 == 0xFE && b1 == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            skip = 3;
        }
        in.reset();
        in.skipNBytes(skip);
        return new BufferedReader(new InputStreamReader(in, charset), 65536);
    }
}
