package org.osdkit.logs.errorcodes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The table's own CSV reader reads the shipped files exactly as Jackson's CSV parser does, and RFC 4180's corner cases. */
class TableCsvTest {

    @ParameterizedTest
    @ValueSource(strings = {"error-codes.csv", "facilities.csv"})
    void readsTheShippedFilesAsJacksonDoes(String resource) throws IOException {
        byte[] bytes;
        try (InputStream in = ErrorCodes.class.getResourceAsStream(resource)) {
            bytes = in.readAllBytes();
        }
        List<String[]> expected;
        try (MappingIterator<String[]> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerFor(String[].class).readValues(bytes)) {
            expected = it.readAll();
        }
        List<String[]> actual = TableCsv.parse(new String(bytes, StandardCharsets.UTF_8));
        assertEquals(expected.size(), actual.size(), resource + " rows");
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i), actual.get(i), resource + " row " + i);
        }
    }

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaks() {
        List<String[]> rows = TableCsv.parse("a,\"b, \"\"c\"\"\",\"x\r\ny\"\r\n,,\n\"\"\nlast");
        assertEquals(4, rows.size());
        assertArrayEquals(new String[] {"a", "b, \"c\"", "x\r\ny"}, rows.get(0));
        assertArrayEquals(new String[] {"", "", ""}, rows.get(1));
        assertArrayEquals(new String[] {""}, rows.get(2));
        assertArrayEquals(new String[] {"last"}, rows.get(3));
    }

    @Test
    void anUnterminatedQuoteIsRefused() {
        assertThrows(IllegalStateException.class, () -> TableCsv.parse("a,\"b\n"));
    }
}
