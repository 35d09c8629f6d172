package org.osdkit.statemigration.associations;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.ZoneId;

/**
 * Reads an {@code Export-Csv} file onto {@link ExportedAssociation} rows with jackson-dataformat-csv:
 * the header names the columns (ConfigMgr's property names, any case, any order, unknown ones ignored),
 * {@code #TYPE} is a comment line, quoted values may span lines, and the separator is whichever of
 * comma or semicolon ({@code Export-Csv -UseCulture}) splits the header more. A row that cannot be
 * bound (a bad value, too few or too many values) is reported with the line it starts on and skipped;
 * broken quoting leaves no way to tell where the next row starts, so it ends the file with a problem.
 * The header is found first, by line, to choose the separator before Jackson reads it.
 */
final class AssociationCsv {

    /** How far the header is looked for: past the {@code #TYPE} line and any blank lines. */
    private static final int HEADER_LOOKAHEAD = 1 << 20;

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES, CsvParser.Feature.TRIM_SPACES, CsvParser.Feature.FAIL_ON_MISSING_COLUMNS)
            .addModule(ExportValues.module())
            .build();

    private AssociationCsv() {
    }

    static void read(BufferedReader reader, ZoneId zone, ExportRecords out) throws IOException {
        Header header = header(reader);
        if (header == null) {
            return;
        }
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withComments().withColumnSeparator(header.separator());
        int row = 0;
        try (MappingIterator<ExportedAssociation> rows = MAPPER.readerFor(ExportedAssociation.class).with(schema)
                .withAttribute(ZoneId.class, zone).readValues(reader)) {
            while (rows.hasNextValue()) {
                // At a row's start the parser stands on its first character, past blank and comment lines.
                row = rows.getCurrentLocation().getLineNr();
                try {
                    out.add(row, rows.nextValue());
                } catch (DatabindException e) {
                    out.skip(row, e);
                }
            }
        } catch (JsonProcessingException e) {
            if (row == 0) {
                out.skip(header.line(), null, "the header line cannot be read (" + e.getOriginalMessage() + "); nothing is imported");
            } else {
                JsonLocation at = e.getLocation();
                String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
                out.skip(row, null, "the CSV is broken here (" + e.getOriginalMessage() + where + "); the rest of the file is skipped");
            }
        }
    }

    /** Where the header is and which separator it uses. */
    private record Header(int line, char separator) {
    }

    /** The header: the first line that is neither blank nor a comment ({@code #TYPE}); {@code null} for a file without one. */
    private static Header header(BufferedReader reader) throws IOException {
        reader.mark(HEADER_LOOKAHEAD);
        try {
            int n = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine(), n++) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    // Comma, unless the header holds more semicolons (what Export-Csv -UseCulture writes in many locales).
                    return new Header(n, count(line, ';') > count(line, ',') ? ';' : ',');
                }
            }
            return null;
        } finally {
            reader.reset();
        }
    }

    private static long count(String s, char c) {
        return s.chars().filter(ch -> ch == c).count();
    }
}
