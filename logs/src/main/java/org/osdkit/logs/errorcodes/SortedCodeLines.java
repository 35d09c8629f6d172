package org.osdkit.logs.errorcodes;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of {@code error-codes.csv} for one code, found by binary search in the file's bytes instead of
 * parsing all of it: decoding one code (the most common start-up of {@code osdkit logs errcode}) then reads
 * a few dozen lines rather than building 7,869 rows.
 *
 * <p>Relies on what the generator writes and {@code ErrorTableTest} checks: one record per line (no line
 * break inside a field), the code as an unquoted first field, and the lines sorted by code, the Win32-range
 * decimal codes first (by number), then the {@code 0x} codes by value; rows of one code are adjacent.
 */
final class SortedCodeLines {

    private final byte[] data;
    /** Offset of the first record, after the header line. */
    private final int first;

    SortedCodeLines(byte[] data) {
        this.data = data;
        this.first = Math.min(data.length, endOfLine(0) + 1);
    }

    /** The records (fields of {@link TableCsv}) of the 32-bit code {@code value} written {@code 0x...}, in table order. */
    List<String[]> hex(long value) {
        return rows(1, value);
    }

    /** The records of the decimal code {@code number} (the Win32 range), in table order. */
    List<String[]> number(long number) {
        return rows(0, number);
    }

    private List<String[]> rows(int kind, long value) {
        // lo is a line start; every line before lo sorts before the code, every line from hi on not before it.
        int lo = first;
        int hi = data.length;
        while (lo < hi) {
            int mid = startOfLine(lo, (lo + hi) >>> 1);
            if (compare(mid, kind, value) < 0) {
                lo = endOfLine(mid) + 1;
            } else {
                hi = mid;
            }
        }
        List<String[]> out = new ArrayList<>();
        for (int line = lo; line < data.length && compare(line, kind, value) == 0; line = endOfLine(line) + 1) {
            int end = endOfLine(line);
            int stop = end > line && data[end - 1] == '\r' ? end - 1 : end;
            out.addAll(TableCsv.parse(new String(data, line, stop - line, StandardCharsets.UTF_8)));
        }
        return out;
    }

    /** The start of the line holding {@code offset}, not before {@code floor} (itself a line start). */
    private int startOfLine(int floor, int offset) {
        int i = offset;
        while (i > floor && data[i - 1] != '\n') {
            i--;
        }
        return i;
    }

    /** The offset of the line feed ending the line at {@code start}, or the data's length. */
    private int endOfLine(int start) {
        int i = start;
        while (i < data.length && data[i] != '\n') {
            i++;
        }
        return i;
    }

    /** The code of the line at {@code start} against ({@code kind}: 0 decimal, 1 hex; {@code value}). */
    private int compare(int start, int kind, long value) {
        boolean hex = start + 1 < data.length && data[start] == '0' && (data[start + 1] == 'x' || data[start + 1] == 'X');
        int lineKind = hex ? 1 : 0;
        if (lineKind != kind) {
            return Integer.compare(lineKind, kind);
        }
        long code = 0;
        for (int i = hex ? start + 2 : start; i < data.length && data[i] != ',' && data[i] != '\n' && data[i] != '\r'; i++) {
            int digit = Character.digit(data[i], hex ? 16 : 10);
            if (digit < 0) {
                throw new IllegalStateException("error-codes.csv: not a code at offset " + start);
            }
            code = code * (hex ? 16 : 10) + digit;
        }
        return Long.compare(code, value);
    }
}
