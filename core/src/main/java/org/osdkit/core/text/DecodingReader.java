package org.osdkit.core.text;

import java.io.IOException;
import java.io.Reader;

/**
 * A {@link Reader} over bytes whose encoding was told from their first bytes; bytes that do not decode
 * become U+FFFD, so one damaged byte never costs the rest of a log. Closing it closes the stream below.
 */
public final class DecodingReader extends Reader {

    private final Reader in;
    private final TextEncoding encoding;

    DecodingReader(Reader in, TextEncoding encoding) {
        this.in = in;
        this.encoding = encoding;
    }

    /** The encoding found in the first bytes. */
    public TextEncoding encoding() {
        return encoding;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        return in.read(buffer, offset, length);
    }

    @Override
    public int read() throws IOException {
        return in.read();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
