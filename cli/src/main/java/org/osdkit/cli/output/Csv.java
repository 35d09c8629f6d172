package org.osdkit.cli.output;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import org.osdkit.core.json.OsdkitJson;

/**
 * The CLI's CSV writer: jackson-dataformat-csv with osdkit's one Jackson configuration, so a value in a
 * CSV cell reads as it does in {@code --output json} (ISO times, site codes as text). RFC 4180 quoting:
 * a cell is quoted only when it holds a comma, a double quote or a line break, inner quotes doubled.
 */
final class Csv {

    /**
     * Never closes the command's writer (stdout); quotes only the cells that need it, as RFC 4180 asks;
     * columns in the record's component order, as JSON writes them (CsvMapper sorts them by name by default).
     */
    static final CsvMapper MAPPER = OsdkitJson.configure(CsvMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build());

    private Csv() {
    }

    /**
     * Rows under {@code schema}'s header, lines ended as {@code println} ends them; each row is flushed
     * as it is written (a follower prints records as they come).
     */
    static SequenceWriter rows(CsvSchema schema, Writer out) throws IOException {
        return MAPPER.writer(schema.withHeader().withLineSeparator(System.lineSeparator())).writeValues(out);
    }
}
