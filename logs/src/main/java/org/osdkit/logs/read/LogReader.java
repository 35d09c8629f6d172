package org.osdkit.logs.read;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.osdkit.core.text.TextDecoder;
import org.osdkit.logs.LogsErrors;

/**
 * Opens log files as lazy streams of records with constant memory, whatever their size: CMTrace,
 * legacy {@code $$<} and plain text, format and encoding detected per file.
 *
 * <pre>{@code
 * try (LogStream records = LogReader.open(Path.of("smsts.log"))) {
 *     records.forEachRemaining(r -> ...);
 * }
 * }</pre>
 */
public final class LogReader {

    /** How many leading bytes decide a file's encoding and format. */
    public static final int SNIFF_BYTES = TextDecoder.SAMPLE_BYTES;

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

    /**
     * Every file in the given order, each opened only when the one before is done. A file that
     * cannot be opened is reported as a problem and skipped, so one bad file never stops the rest.
     */
    public static RecordCursor openAll(List<LogFile> files, ReadOptions options, Consumer<ReadProblem> problems) {
        return new FileSequence(files, options, problems);
    }

    /**
     * True when {@code file} was written by MDT's scripts (BDD.log, ZTI*.log ... or a log with their
     * record shape), whose {@code +000} bias is not UTC: its times are local, zone unknown unless found.
     */
    public static boolean writtenByMdt(Path file) {
        return FileLogStream.writtenByMdt(file);
    }

    /** Reads from an already open stream, closed with the returned one; {@code source} names it. */
    public static LogStream read(String source, InputStream in, ReadOptions options, Consumer<ReadProblem> problems) {
        return FileLogStream.of(source, in, options, problems);
    }

    /**
     * Reads a file that is still being written: {@code written[0, length)} are the bytes already in
     * it, which decide encoding and format (a character cut at their end is no error), then
     * {@code rest}, which may block while it waits for the writer. A follower passes what is there
     * instead of waiting for {@link #SNIFF_BYTES} bytes that may never come.
     */
    public static LogStream readGrowing(String source, byte[] written, int length, InputStream rest, ReadOptions options,
                                        Consumer<ReadProblem> problems) {
        return FileLogStream.of(source, written, length, false, rest, options, problems);
    }
}
