package org.osdkit.cli.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.osdkit.cli.terminal.StreamColours;
import org.osdkit.cli.terminal.TableWidth;
import org.osdkit.core.json.OsdkitJson;
import org.osdkit.core.whatif.OperationPlan;

/**
 * All of the CLI's output goes through here, to the command's own writers, so tests capture it and
 * pipelines get clean stdout: results on stdout in the chosen format, messages for people on stderr
 * when the format is for machines. The only class that touches {@code System.out}/{@code System.err}.
 */
public final class Printer {

    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final PrintWriter out;
    private final PrintWriter err;
    private final OutputFormat format;
    /** Made at the first JSON output: building Jackson's configuration is a large part of a short command's start-up. */
    private ObjectMapper mapper;
    /** Null until a time is printed when the constructor was given none: the system's zone, resolved then. */
    private ZoneId displayZone;
    private final StreamColours colours;
    private final IntSupplier tableWidth;
    private boolean showProgress;
    /** Set once a what-if plan went to stdout as JSON or CSV: that plan is the run's one document. */
    private boolean planWritten;

    public Printer(PrintWriter out, PrintWriter err, OutputFormat format) {
        this(out, err, format, ZoneId.systemDefault());
    }

    public Printer(PrintWriter out, PrintWriter err, OutputFormat format, ZoneId displayZone) {
        this(out, err, format, displayZone, StreamColours.NONE);
    }

    /** With colour for errors, warnings and success where {@code colours} allows it on each stream. */
    public Printer(PrintWriter out, PrintWriter err, OutputFormat format, ZoneId displayZone, StreamColours colours) {
        this(out, err, format, displayZone, colours, TableWidth.UNLIMITED);
    }

    /**
     * As above, fitting tables into {@code tableWidth} columns (0: no limit), asked when a table is printed.
     * A {@code null} zone is the system default, resolved when the first time is printed: reading the
     * time-zone rules is a noticeable part of a short command's start-up.
     */
    public Printer(PrintWriter out, PrintWriter err, OutputFormat format, ZoneId displayZone, StreamColours colours,
                   IntSupplier tableWidth) {
        this.colours = colours;
        this.tableWidth = tableWidth;
        this.out = out;
        this.err = err;
        this.format = format;
        this.displayZone = displayZone;
    }

    /** The web's configuration too: --output json prints what the REST API serves. */
    private ObjectMapper mapper() {
        if (mapper == null) {
            mapper = OsdkitJson.mapper();
        }
        return mapper;
    }

    /** The process's standard output, UTF-8, for the launcher to hand to picocli. */
    public static PrintWriter stdout() {
        return writer(System.out);
    }

    /** The process's standard error, UTF-8. */
    public static PrintWriter stderr() {
        return writer(System.err);
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    public OutputFormat format() {
        return format;
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    /** Prints rows in the chosen format. */
    public void table(Table table) {
        if (afterPlan()) {
            return;
        }
        switch (format) {
            case json -> json(table.asObjects());
            case csv -> csv(table);
            case table -> text(table);
        }
        out.flush();
    }

    /**
     * A result of several parts: each part's table for people, one JSON document for machines. CSV holds one
     * table, so the command must have refused {@code --output csv} before it did any work.
     */
    public void view(View view) {
        if (afterPlan()) {
            return;
        }
        switch (format) {
            case json -> json(view.json());
            case table -> view.tables().forEach(this::text);
            case csv -> throw new IllegalStateException("a view of " + view.tables().size() + " tables cannot be one CSV table; refuse --output csv first");
        }
        out.flush();
    }

    /** CSV rows bound to {@code rowType}, for results streamed one record at a time (see {@link CsvRows}). */
    public <R> CsvRows<R> csvRows(Class<R> rowType) {
        return new CsvRows<>(rowType, out);
    }

    /** One value as pretty JSON (for {@code --output json} of a single result). */
    public void json(Object value) {
        if (afterPlan()) {
            return;
        }
        try {
            out.println(mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + value.getClass().getName(), e);
        }
        out.flush();
    }

    /** One value as a single JSON line, for streams of records (JSON Lines). */
    public void jsonLine(Object value) {
        try {
            out.println(mapper().writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + value.getClass().getName(), e);
        }
    }

    /**
     * What a what-if run planned, every command the same way: for people one PowerShell line per operation
     * ({@code What if: Performing the operation "X" on target "Y" (detail).}); with {@code --output json} or
     * {@code csv} the plan is the run's one document on stdout (a row per operation, the line included), and
     * the tables a command prints after it are left out, so a script reads exactly one plan.
     */
    public void whatIf(OperationPlan plan) {
        if (format == OutputFormat.table) {
            planLines(plan);
            return;
        }
        Table rows = Table.of("Operation", "Target", "Detail", "WhatIf");
        plan.operations().forEach(o -> rows.row(o.operation(), o.target(), o.detail(), o.whatIfLine()));
        table(rows);
        planWritten = true;
    }

    /** A plan shown to the person about to answer a question: its what-if lines, where {@link #info} prints, never a document. */
    public void planLines(OperationPlan plan) {
        plan.whatIfLines().forEach(this::info);
    }

    /** After a what-if run's plan went out as a document, nothing else may follow it on stdout. */
    private boolean afterPlan() {
        return planWritten && format != OutputFormat.table;
    }

    /** A line for people: on stdout with table output, on stderr when stdout carries JSON or CSV. */
    public void info(String message) {
        PrintWriter target = format == OutputFormat.table ? out : err;
        target.println(message);
        target.flush();
    }

    /** A line for people that says something worked, green on a terminal; where {@link #info} prints. */
    public void success(String message) {
        boolean onOut = format == OutputFormat.table;
        PrintWriter target = onOut ? out : err;
        target.println((onOut ? colours.out() : colours.err()).success(message));
        target.flush();
    }

    public void warn(String message) {
        err.println(colours.err().warning("WARNING: " + message));
        err.flush();
    }

    public void error(String message) {
        err.println(colours.err().error("ERROR: " + message));
        err.flush();
    }

    /**
     * Draw progress bars on stderr: when stderr is a terminal (whatever stdout is: redirected to a file or
     * carrying JSON, its result stays alone there), or when {@code --progress} asks for them.
     */
    public Printer showingProgress(boolean show) {
        this.showProgress = show;
        return this;
    }

    /** Whether progress is drawn on stderr. */
    public boolean showsProgress() {
        return showProgress;
    }

    /** Core's progress port drawn as bars on stderr, or drawing nothing when progress is not shown; close it when done. */
    public ProgressBars progressBars() {
        int width = tableWidth.getAsInt();
        return new ProgressBars(err, width > 0 ? width : 100, showProgress);
    }

    /** One progress bar on stderr where {@link #showsProgress()}; nothing otherwise, so logs and pipelines stay clean. */
    public Optional<ProgressBar> progress(String task, long total) {
        if (!showProgress) {
            return Optional.empty();
        }
        int width = tableWidth.getAsInt();
        return Optional.of(new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                .setConsumer(new ProgressBars.Redrawn(err, width > 0 ? width : 100)).build());
    }

    private void text(Table table) {
        List<String> headers = table.headers();
        List<List<String>> cells = new ArrayList<>();
        int[] widths = new int[headers.size()];
        for (int i = 0; i < headers.size(); i++) {
            widths[i] = headers.get(i).length();
        }
        for (List<Object> row : table.rows()) {
            List<String> line = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                String cell = display(row.get(i));
                widths[i] = Math.max(widths[i], cell.length());
                line.add(cell);
            }
            cells.add(line);
        }
        TableFit.fit(widths, headers, tableWidth.getAsInt());
        printRow(headers, widths);
        List<String> rule = new ArrayList<>();
        for (int width : widths) {
            rule.add("-".repeat(width));
        }
        printRow(rule, widths);
        cells.forEach(line -> printRow(line, widths));
    }

    private void printRow(List<String> cells, int[] widths) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append("  ");
            }
            String cell = TableFit.elide(cells.get(i), widths[i]);
            b.append(cell);
            if (i < cells.size() - 1) {
                b.append(" ".repeat(widths[i] - cell.length()));
            }
        }
        out.println(b);
    }

    private String display(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Instant instant) {
            if (displayZone == null) {
                displayZone = ZoneId.systemDefault();
            }
            return LOCAL_TIME.format(instant.atZone(displayZone));
        }
        return value.toString().replace("\r", "").replace('\n', ' ');
    }

    /** The table's columns as the CSV schema; the header is printed even when there are no rows. */
    private void csv(Table table) {
        CsvSchema.Builder schema = CsvSchema.builder();
        table.headers().forEach(schema::addColumn);
        try (SequenceWriter rows = Csv.rows(schema.build(), out)) {
            for (List<Object> row : table.csvRows()) {
                rows.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
