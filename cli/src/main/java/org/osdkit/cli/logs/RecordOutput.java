package org.osdkit.cli.logs;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.osdkit.cli.output.OutputFormat;
import org.osdkit.cli.output.Printer;
import org.osdkit.logs.read.LogRecord;

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
    private long count;

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
        switch (printer.format()) {
            case json -> printer.jsonLine(r);
            case csv -> out.println(String.join(",", csv(r).stream().map(Printer::csvCell).toList()));
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

    private void header(PrintWriter out) {
        if (printer.format() == OutputFormat.csv) {
            out.println("Source,Line,Kind,LocalTime,Bias,UTC,Zone,Component,Thread,Severity,File,Message,Problem");
        } else if (printer.format() == OutputFormat.table) {
            out.println((withSource ? pad("Source", 16) : "") + pad("Line", 7) + pad("LocalTime", 29) + pad("Component", 22)
                    + pad("Thread", 7) + pad("Type", 8) + "Message");
        }
    }

    private String line(LogRecord r) {
        String time = r.localTime() == null ? "-" : TIME.format(r.localTime()) + (r.biasMinutes() == null ? "" : " " + bias(r.biasMinutes()));
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
        return source + pad(Long.toString(r.line()), 7) + pad(time, 29) + pad(r.component() == null ? "" : r.component(), 22)
                + pad(r.thread() == null ? "" : r.thread(), 7) + pad(type, 8) + first;
    }

    private static List<String> csv(LogRecord r) {
        List<String> cells = new ArrayList<>();
        cells.add(r.source());
        cells.add(Long.toString(r.line()));
        cells.add(r.kind().name());
        cells.add(r.localTime() == null ? "" : r.localTime().toString());
        cells.add(r.biasMinutes() == null ? "" : Integer.toString(r.biasMinutes()));
        cells.add(r.utc() == null ? "" : r.utc().toString());
        cells.add(r.zone().name());
        cells.add(nz(r.component()));
        cells.add(nz(r.thread()));
        cells.add(r.severity().name());
        cells.add(nz(r.file()));
        cells.add(r.message());
        cells.add(nz(r.problem()));
        return cells;
    }

    static String bias(int minutes) {
        return (minutes >= 0 ? "+" : "") + minutes;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String pad(String s, int width) {
        String cut = s.length() >= width ? s.substring(0, width - 1) : s;
        return cut + " ".repeat(width - cut.length());
    }
}
