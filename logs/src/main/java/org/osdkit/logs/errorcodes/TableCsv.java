package org.osdkit.logs.errorcodes;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the error table's CSV files (RFC 4180, as Python's {@code csv} module writes them): fields
 * separated by commas, a field in double quotes may hold commas, line breaks and doubled quotes,
 * records end with LF or CRLF. Nothing is trimmed. An empty last line is no record.
 */
final class TableCsv {

    private TableCsv() {
    }

    static List<String[]> parse(String text) {
        List<String[]> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int n = text.length();
        int i = 0;
        boolean inRecord = false;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"' && field.length() == 0) {
                // A quoted field: up to the quote not followed by another one.
                int start = ++i;
                while (true) {
                    int q = text.indexOf('"', i);
                    if (q < 0) {
                        throw new IllegalStateException("unterminated quoted field starting at offset " + (start - 1));
                    }
                    field.append(text, i, q);
                    if (q + 1 < n && text.charAt(q + 1) == '"') {
                        field.append('"');
                        i = q + 2;
                    } else {
                        i = q + 1;
                        break;
                    }
                }
                inRecord = true;
                continue;
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                inRecord = true;
                i++;
            } else if (c == '\n' || c == '\r') {
                fields.add(field.toString());
                field.setLength(0);
                rows.add(fields.toArray(String[]::new));
                fields.clear();
                inRecord = false;
                i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
            } else {
                // Plain text up to the next separator, copied in one piece.
                int end = i;
                while (end < n) {
                    char e = text.charAt(end);
                    if (e == ',' || e == '\n' || e == '\r') {
                        break;
                    }
                    end++;
                }
                field.append(text, i, end);
                inRecord = true;
                i = end;
            }
        }
        if (inRecord || field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            rows.add(fields.toArray(String[]::new));
        }
        return rows;
    }
}
