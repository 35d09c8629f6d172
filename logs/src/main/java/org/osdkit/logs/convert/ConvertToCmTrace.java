package org.osdkit.logs.convert;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.osdkit.core.OsdkitException;
import org.osdkit.logs.LogsErrors;
import org.osdkit.logs.read.LogFile;
import org.osdkit.logs.read.LogRecord;
import org.osdkit.logs.read.RecordCursor;
import org.osdkit.logs.read.Severity;

/**
 * Rewrites records of any supported format as CMTrace lines, so legacy site server logs and plain
 * text open in CMTrace with colours and columns. Local time and bias are kept as written (a record
 * without a bias is written without one); records without a time take the previous record's time;
 * unparsed fragments become warning records of component {@value #UNPARSED_COMPONENT}. A severity the
 * reader guessed from the text (legacy and plain logs have no type) is written with
 * {@code severity="guessed"}, an attribute CMTrace ignores, and guessed by what the text states
 * ({@link #guess}), never by a word alone: "cleanup of failed or stale stores" is no error.
 */
public final class ConvertToCmTrace {

    public static final String UNPARSED_COMPONENT = "osdkit-unparsed";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM-dd-yyyy");
    private static final LocalDateTime NO_TIME = LocalDateTime.of(1970, 1, 1, 0, 0);

    private LocalDateTime lastTime = NO_TIME;
    private Integer lastBias;

    /** Writes every record of {@code records} to {@code out}; returns how many. */
    public long write(RecordCursor records, Writer out) {
        long n = 0;
        try {
            while (records.hasNext()) {
                out.write(line(records.next()));
                n++;
            }
            out.flush();
        } catch (IOException e) {
            throw new OsdkitException(LogsErrors.WRITE_FAILED, "Writing the converted log failed: " + e.getMessage() + ".", "Check the disk.", e);
        }
        return n;
    }

    /**
     * Writes to {@code target} atomically (a temporary file beside it, then a move), so a failed run
     * never leaves half a file. Refuses to overwrite an input, and an existing file unless {@code overwrite}.
     */
    public long writeFile(RecordCursor records, Path target, List<LogFile> inputs, boolean overwrite) {
        Path absolute = target.toAbsolutePath().normalize();
        for (LogFile in : inputs) {
            if (in.path().toAbsolutePath().normalize().equals(absolute)) {
                throw new OsdkitException(LogsErrors.OUTPUT_EXISTS, "Refusing to write over the input " + target + ".", "Choose another --out file.");
            }
        }
        if (Files.exists(absolute) && !overwrite) {
            throw new OsdkitException(LogsErrors.OUTPUT_EXISTS, target + " already exists.", "Add --force to replace it, or choose another --out file.");
        }
        Path dir = absolute.getParent();
        try {
            Path temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
            try {
                long n;
                try (Writer w = new BufferedWriter(Files.newBufferedWriter(temp, StandardCharsets.UTF_8))) {
                    n = write(records, w);
                }
                try {
                    Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
                }
                return n;
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new OsdkitException(LogsErrors.WRITE_FAILED, "Cannot write " + target + ": " + e.getMessage() + ".", "Check the folder and the disk.", e);
        }
    }

    /** One record as a CMTrace line ending in CRLF. */
    String line(LogRecord r) {
        if (r.localTime() != null) {
            lastTime = r.localTime();
            lastBias = r.biasMinutes();
        }
        String bias = lastBias == null ? "" : String.format("%+04d", lastBias);
        String component = r.unparsed() ? UNPARSED_COMPONENT : r.component() == null ? "" : r.component();
        boolean guessed = !r.unparsed() && r.severityGuessed();
        int type = r.unparsed() ? Severity.WARNING.type() : guessed ? guess(r.message()).type() : r.severity().type();
        return "<![LOG[" + r.message().replace("]LOG]!>", "]LOG]!&gt;") + "]LOG]!><time=\"" + TIME.format(lastTime) + bias
                + "\" date=\"" + DATE.format(lastTime) + "\" component=\"" + attribute(component) + "\" context=\"" + attribute(r.context())
                + "\" type=\"" + type + "\" thread=\"" + attribute(r.thread()) + "\" file=\"" + attribute(r.file()) + "\""
                + (guessed ? " severity=\"guessed\"" : "") + ">\r\n";
    }

    /** The severity a text without a type states ({@link Severity#stated}, the rule the legacy reader uses too). */
    static Severity guess(String message) {
        return Severity.stated(message);
    }

    private static String attribute(String value) {
        return value == null ? "" : value.replace('"', '\'').replace('\r', ' ').replace('\n', ' ');
    }
}
