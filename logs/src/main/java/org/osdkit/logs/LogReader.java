package org.osdkit.logs;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.osdkit.logs.internal.FileLogStream;

/**
 * Opens a log file as a lazy stream of records with constant memory, whatever its size: CMTrace,
 * legacy {@code $$<} and plain text, format and encoding detected per file.
 *
 * <pre>{@code
 * try (LogStream records = LogReader.open(Path.of("smsts.log"))) {
 *     records.forEachRemaining(r -> ...);
 * }
 * }</pre>
 */
public final class LogReader {

    private LogReader() {
    }

    /** Opens with default options; problems are ignored (they stay visible on the records). */
    public static LogStream open(Path file) {
        return open(file, ReadOptions.defaults(), problem -> { });
    }

    /**
     * Opens {@code file}. Binary and empty files give an empty stream and a problem; a missing or
     * unreadable file throws an {@code OsdkitException} ({@link LogsErrors#INPUT_NOT_FOUND},
     * {@link LogsErrors#FILE_UNREADABLE}).
     */
    public static LogStream open(Path file, ReadOptions options, Consumer<ReadProblem> problems) {
        return FileLogStream.open(file, options, problems);
    }

    /** Reads from an already open stream, closed with the returned one; {@code source} names it. */
    public static LogStream read(String source, InputStream in, ReadOptions options, Consumer<ReadProblem> problems) {
        return FileLogStream.of(source, in, options, problems);
    }
}
