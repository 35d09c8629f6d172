package org.osdkit.cli.logs;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.osdkit.cli.output.CsvRows;
import org.osdkit.cli.output.OutputFormat;
import org.osdkit.cli.output.Printer;
import org.osdkit.logs.read.LogRecord;
import org.osdkit.logs.read.RecordKind;
import org.osdkit.logs.read.Severity;
import org.osdkit.logs.read.ZoneStatus;

/**
 * Streams records in the chosen format, one at a time (logs can be far larger than memory): aligned
 * lines for people, one JSON object per line, or CSV rows under one header.
 */
final class RecordOutput {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    private static final int MESSAGE_WIDTH = 200;

    private final Printer printer;
    private final boolean withSource;
    private boolean started;
    private CsvRows<CsvLine> csv;
    private long count;
    /** Per file, how its records' times were inferred, in first-seen order. */
    private final Map<String, String> inferred = new LinkedHashMap<>();

    RecordOutput(Printer printer, boolean withSource) {
        this.printer = printer;
        this.withSource = withSource;
    }

    void accept(LogRecord r) {
        PrintWriter out = printer.out();
        if (!started) {
            started = true;
            header(out);
        }
        count++;
        if (r.timeNote() != null && !inferred.containsKey(r.source())) {
            inferred.put(r.source(), r.timeNote());
        }
        switch (printer.format()) {
            case json -> printer.jsonLine(r);
            case csv -> csv.write(CsvLine.of(r));
            case table -> out.println(line(r));
        }
    }

    /** Flushes; for tail, after each record so a person sees it at once. */
    void flush() {
        printer.out().flush();
    }

    long count() {
        return count;
    }

    /**
     * Which files' times were inferred and from what, for the closing line ({@code ""} when none):
     * in the table their records' times are marked {@code ~}.
     */
    String timeSummary() {
        if (inferred.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        inferred.forEach((source, note) -> b.append(System.lineSeparator()).append("Times marked ~ were inferred: ")
                .append(Path.of(source).getFileName()).append(": ").append(note).append('.'));
        return b.toString();
    }

    private void header(PrintWriter out) {
        if (printer.format() == OutputFormat.csv) {
            csv = printer.csvRows(CsvLine.class);
        } else if (printer.format() == OutputFormat.table) {
            out.println((withSource ? pad("Source", 16) : "") + pad("Line", 7) + pad("LocalTime", 31) + pad("Component", 22)
                    + pad("Thread", 7) + pad("Type", 8) + "Message");
        }
    }

    private String line(LogRecord r) {
        String mark = r.timeNote() == null ? " " : " ~";
        String time = r.localTime() == null ? "-" : TIME.format(r.localTime()) + (r.biasMinutes() == null ? r.timeNote() == null ? "" : " ~" : mark + bias(r.biasMinutes()));
        String type = r.unparsed() ? "UNPARSED" : r.severity().name();
        String message = r.message().strip();
        int lines = (int) message.lines().count();
        String first = message.lines().findFirst().orElse("");
        if (first.length() > MESSAGE_WIDTH) {
            first = first.substring(0, MESSAGE_WIDTH) + "...";
        }
        if (lines > 1) {
            first += " [+" + (lines - 1) + " lines]";
        }
        if (r.problem() != null) {
            first += "  {" + r.problem() + "}";
        }
        String source = withSource ? pad(Path.of(r.source()).getFileName().toString(), 16) : "";
        return source + pad(Long.toString(r.line()), 7) + pad(time, 31) + pad(r.component() == null ? "" : r.component(), 22)
                + pad(r.thread() == null ? "" : r.thread(), 7) + pad(type, 8) + first;
    }

    static String bias(int minutes) {
        return (minutes >= 0 ? "+" : "") + minutes;
    }

    private static String pad(String s, int width) {
        String cut = s.length() >= width ? s.substring(0, width - 1) : s;
        return cut + " ".repeat(width - cut.length());
    }

    /** One record as a row of {@code --output csv}: these columns, in this order, under this header. */
    record CsvLine(@JsonProperty("Source") String source, @JsonProperty("Line") long line, @JsonProperty("Kind") RecordKind kind,
                   @JsonProperty("LocalTime") LocalDateTime localTime, @JsonProperty("Bias") Integer bias, @JsonProperty("UTC") Instant utc,
                   @JsonProperty("Zone") ZoneStatus zone, @JsonProperty("Component") String component, @JsonProperty("Thread") String thread,
                   @JsonProperty("Severity") Severity severity, @JsonProperty("File") String file, @JsonProperty("Message") String message,
                   @JsonProperty("Problem") String problem, @JsonProperty("SeverityGuessed") boolean severityGuessed,
                   @JsonProperty("TimeNote") String timeNote) {

        static CsvLine of(LogRecord r) {
            return new CsvLine(r.source(), r.line(), r.kind(), r.localTime(), r.biasMinutes(), r.utc(), r.zone(), r.component(), r.thread(),
                    r.severity(), r.file(), r.message(), r.problem(), r.severityGuessed(), r.timeNote());
        }
    }
}
