package org.osdkit.statemigration.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.osdkit.statemigration.ImportProblem;

/**
 * Streams the records of an {@code Export-Csv} file (RFC 4180 quoting, fields spanning lines), skipping
 * the {@code #TYPE} line; the separator is whichever of comma or semicolon splits the header more.
 */
public final class CsvRecords {

    private final Reader in;
    private int line = 1;

    private CsvRecords(Reader in) {
        this.in = in;
    }

    public static void read(Path file, Reader reader, List<ImportProblem> problems, Consumer<RawRecord> sink) throws IOException {
        CsvRecords csv = new CsvRecords(reader);
        String headerLine = null;
        int headerAt = 0;
        while (headerLine == null) {
            headerAt = csv.line;
            String l = csv.rawLine();
            if (l == null) {
                return;
            }
            if (!l.isBlank() && !l.startsWith("#TYPE") && !l.startsWith("#")) {
                headerLine = l;
            }
        }
        char separator = count(headerLine, ';') > count(headerLine, ',') ? ';' : ',';
        List<String> header = new CsvRecords(new java.io.StringReader(headerLine)).row(separator, file, problems);
        if (header == null) {
            problems.add(new ImportProblem(file, headerAt, null, "the header line cannot be read"));
            return;
        }
        List<String> names = header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        while (true) {
            int start = csv.line;
            List<String> cells = csv.row(separator, file, problems);
            if (cells == null) {
                return;
            }
            if (cells.size() == 1 && cells.get(0).isBlank()) {
                continue;
            }
            if (cells.size() != names.size()) {
                problems.add(new ImportProblem(file, start, null,
                        "the record has " + cells.size() + " values for " + names.size() + " columns; skipped"));
                continue;
            }
            Map<String, String> values = new HashMap<>(names.size() * 2);
            for (int i = 0; i < names.size(); i++) {
                values.put(names.get(i), cells.get(i));
            }
            sink.accept(new RawRecord(start, values));
        }
    }

    private static long count(String s, char c) {
        return s.chars().filter(ch -> ch == c).count();
    }

    private int next() throws IOException {
        int c = in.read();
        if (c == '\n') {
            line++;
        }
        return c;
    }

    private String rawLine() throws IOException {
        StringBuilder b = new StringBuilder();
        int c = next();
        if (c == -1) {
            return null;
        }
        while (c != -1 && c != '\n') {
            if (c != '\r') {
                b.append((char) c);
            }
            c = next();
        }
        return b.toString();
    }

    /** One record, or {@code null} at the end; an unterminated quote is reported and ends the file. */
    private List<String> row(char separator, Path file, List<ImportProblem> problems) throws IOException {
        int start = line;
        int c = next();
        if (c == -1) {
            return null;
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    problems.add(new ImportProblem(file, start, null, "a quoted value is never closed; the rest of the file is skipped"));
                    return null;
                }
                if (c == '"') {
                    int n = next();
                    if (n == '"') {
                        cell.append('"');
                    } else {
                        quoted = false;
                        c = n;
                        continue;
                    }
                } else {
                    cell.append((char) c);
                }
            } else if (c == '"' && cell.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == -1) {
                cells.add(cell.toString());
                return cells;
            } else if (c != '\r') {
                cell.append((char) c);
            }
            c = next();
        }
    }
}
