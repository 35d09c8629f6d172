package org.osdkit.logs.errorcodes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The binary search that decodes a code without reading the whole table: the shipped file keeps the
 * layout it relies on, and it finds exactly the rows a full parse gives for every code of the table.
 */
class SortedCodeLinesTest {

    private static byte[] bytes;
    private static List<String[]> records;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = ErrorCodes.class.getResourceAsStream("error-codes.csv")) {
            bytes = in.readAllBytes();
        }
        List<String[]> all = TableCsv.parse(new String(bytes, StandardCharsets.UTF_8));
        records = all.subList(1, all.size());
    }

    /** (0 decimal | 1 hex, value) of a record's code. */
    private static long[] key(String code) {
        return code.startsWith("0x") ? new long[] {1, Long.parseLong(code.substring(2), 16)} : new long[] {0, Long.parseLong(code)};
    }

    @Test
    void theShippedTableHasOneRecordPerLineSortedByCode() {
        String text = new String(bytes, StandardCharsets.UTF_8);
        long lines = text.chars().filter(c -> c == '\n').count();
        assertEquals(records.size() + 1, lines, "a record spans lines (a line break inside a field)");
        long[] previous = {-1, -1};
        for (String[] r : records) {
            assertTrue(r[0].matches("[0-9]+|0x[0-9A-F]{8}"), "code written neither as a number nor as 0x + 8 hex digits: " + r[0]);
            long[] k = key(r[0]);
            boolean ordered = k[0] > previous[0] || (k[0] == previous[0] && k[1] >= previous[1]);
            assertTrue(ordered, "out of order: " + r[0]);
            previous = k;
        }
    }

    @Test
    void everyCodeOfTheTableFindsExactlyItsRowsInTableOrder() {
        Map<String, List<String[]>> byCode = new LinkedHashMap<>();
        for (String[] r : records) {
            byCode.computeIfAbsent(r[0], c -> new ArrayList<>()).add(r);
        }
        SortedCodeLines lines = new SortedCodeLines(bytes);
        for (Map.Entry<String, List<String[]>> e : byCode.entrySet()) {
            long[] k = key(e.getKey());
            List<String[]> found = k[0] == 1 ? lines.hex(k[1]) : lines.number(k[1]);
            assertEquals(e.getValue().size(), found.size(), e.getKey());
            for (int i = 0; i < found.size(); i++) {
                assertArrayEquals(e.getValue().get(i), found.get(i), e.getKey());
            }
        }
        assertTrue(byCode.size() > 5000, "codes: " + byCode.size());
    }

    @Test
    void codesTheTableLacksFindNothingAtEitherEndOrBetweenRows() {
        SortedCodeLines lines = new SortedCodeLines(bytes);
        long lastNumber = -1;
        long lastHex = -1;
        int gaps = 0;
        for (int i = 0; i + 1 < records.size(); i++) {
            long[] a = key(records.get(i)[0]);
            long[] b = key(records.get(i + 1)[0]);
            if (a[0] == 0) {
                lastNumber = a[1];
            } else {
                lastHex = a[1];
            }
            if (a[0] == b[0] && b[1] - a[1] > 1) {
                long between = a[1] + (b[1] - a[1]) / 2;
                assertTrue((a[0] == 1 ? lines.hex(between) : lines.number(between)).isEmpty(), records.get(i)[0] + " .. " + records.get(i + 1)[0]);
                gaps++;
            }
        }
        lastHex = Math.max(lastHex, key(records.get(records.size() - 1)[0])[1]);
        assertTrue(gaps > 500, "gaps: " + gaps);
        assertTrue(lines.number(lastNumber + 1).isEmpty());
        if (lastHex < 0xFFFFFFFFL) {
            assertTrue(lines.hex(lastHex + 1).isEmpty());
        }
        assertFalse(lines.hex(0x80004005L).isEmpty());
        assertEquals("E_FAIL", lines.hex(0x80004005L).get(0)[3]);
    }

    @Test
    void aTinyTableWithCrlfLinesAndAQuotedFieldIsSearched() {
        String csv = "code,domain,facility,symbol,aliases,description,description_kind,source,verified\r\n"
                + "5,Win32,WIN32,ERROR_ACCESS_DENIED,,\"Access, denied\",written,s,yes\r\n"
                + "5,USMT,,USMT_X,,x,written,s,yes\r\n"
                + "0x80004005,HRESULT,NULL,E_FAIL,,f,written,s,yes\r\n";
        SortedCodeLines lines = new SortedCodeLines(csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, lines.number(5).size());
        assertEquals("Access, denied", lines.number(5).get(0)[5]);
        assertEquals("yes", lines.hex(0x80004005L).get(0)[8]);
        assertTrue(lines.number(4).isEmpty());
        assertTrue(lines.number(6).isEmpty());
        assertTrue(lines.hex(0x80004004L).isEmpty());
    }
}
