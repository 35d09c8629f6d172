package org.osdkit.cli.output;

import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * A stream of CSV rows bound to one record type: the record's properties, in order, are the columns
 * and the header (the first {@link #write} prints it). For output too large to hold as a {@link Table},
 * such as log records.
 *
 * @param <R> the row record
 */
public final class CsvRows<R> {

    private final SequenceWriter rows;

    CsvRows(Class<R> type, Writer out) {
        try {
            this.rows = Csv.rows(Csv.MAPPER.schemaFor(type), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(R row) {
        try {
            rows.write(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
