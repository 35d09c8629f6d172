package org.osdkit.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class TextDecoderPropertiesTest {

    private static final TextDecoder ANSI = TextDecoder.withFallback(TextDecoder.WINDOWS_1252);

    @Property
    void anyBytesDecodeWholeAndStreamedWithoutAnException(@ForAll @Size(max = 600) byte[] bytes) throws IOException {
        ANSI.decode(bytes);
        try (Reader reader = ANSI.open(new ByteArrayInputStream(bytes))) {
            while (reader.read() >= 0) {
                // Reading to the end is the property.
            }
        }
    }

    @Property
    void markedTextRoundTripsInEveryEncoding(@ForAll @StringLength(max = 300) @CharRange(from = ' ', to = '\u07FF') @Chars({'\r', '\n'}) String text) {
        byte[][] marks = {{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xFE, (byte) 0xFF}};
        var charsets = new java.nio.charset.Charset[] {StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE};
        for (int i = 0; i < marks.length; i++) {
            byte[] body = text.getBytes(charsets[i]);
            byte[] all = new byte[marks[i].length + body.length];
            System.arraycopy(marks[i], 0, all, 0, marks[i].length);
            System.arraycopy(body, 0, all, marks[i].length, body.length);
            DecodedText d = ANSI.decode(all);
            assertEquals(text, d.text(), charsets[i].name());
            assertEquals(charsets[i], d.encoding().charset());
        }
    }

    @Property
    void unmarkedUtf8IsReadAsUtf8(@ForAll @StringLength(max = 300) @CharRange(from = '\u0080', to = '\u07FF') String text) {
        assertEquals(text, ANSI.decode(text.getBytes(StandardCharsets.UTF_8)).text());
    }
}
