package org.osdkit.logs.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.text.DecodingReader;
import org.osdkit.core.text.TextDecoder;
import org.osdkit.logs.LogsErrors;

/**
 * A {@link LogStream} over one input: tells encoding (core's {@link TextDecoder}), binary content and
 * format from the first 64 KB, then parses lazily. Read failures end the stream with a reported problem, never an exception.
 */
final class FileLogStream implements LogStream {

    /** Logs without a mark that are not UTF-8 come from old site servers, which wrote the ANSI code page. */
    private static final TextDecoder DECODER = TextDecoder.withFallback(TextDecoder.WINDOWS_1252);

    private final String source;
    private final InputStream raw;
    private final RecordParser parser;
    private final Charset charset;
    private final LogFormat format;
    private final Consumer<ReadProblem> problems;
    private LogRecord next;
    private boolean done;

    private FileLogStream(String source, InputStream raw, RecordParser parser, Charset charset, LogFormat format,
                          Consumer<ReadProblem> problems) {
        this.source = source;
        this.raw = raw;
        this.parser = parser;
        this.charset = charset;
        this.format = format;
        this.problems = problems;
        this.done = parser == null;
    }

    /** Opens {@code file}; a missing or unreadable file is an {@link OsdkitException}, binary or empty ones a problem. */
    static FileLogStream open(Path file, ReadOptions options, Consumer<ReadProblem> problems) {
        String source = file.toString();
        try {
            return of(source, Files.newInputStream(file), options, problems);
        } catch (NoSuchFileException e) {
            throw new OsdkitException(LogsErrors.INPUT_NOT_FOUND, "Log file " + source + " does not exist.",
                    "Check the path; rolled-over logs end in .lo_.");
        } catch (IOException e) {
            throw new OsdkitException(LogsErrors.FILE_UNREADABLE, "Cannot open log file " + source + ": " + e.getMessage() + ".",
                    "Check permissions, or copy the file if another process holds it locked.", e);
        }
    }

    /** Reads from an open stream (closed with this); {@code source} names it in records and problems. */
    static FileLogStream of(String source, InputStream in, ReadOptions options, Consumer<ReadProblem> problems) {
        try {
            byte[] head = new byte[TextDecoder.SAMPLE_BYTES];
            int n = in.readNBytes(head, 0, head.length);
            return of(source, head, n, n < head.length, in, options, problems);
        } catch (IOException e) {
            problems.accept(new ReadProblem(source, 0, LogsErrors.FILE_UNREADABLE, "reading failed: " + e.getMessage()));
            return new FileLogStream(source, in, null, StandardCharsets.UTF_8, LogFormat.PLAIN, problems);
        }
    }

    /**
     * Reads {@code head[0, n)} and then {@code rest}; the head decides encoding and format. Tailing
     * passes only the bytes already written as the head, so it never waits for a full sample.
     */
    static FileLogStream of(String source, byte[] head, int n, boolean complete, InputStream rest, ReadOptions options,
                            Consumer<ReadProblem> problems) {
        if (n == 0) {
            problems.accept(new ReadProblem(source, 0, LogsErrors.EMPTY_FILE, "the file is empty"));
            return new FileLogStream(source, rest, null, StandardCharsets.UTF_8, LogFormat.PLAIN, problems);
        }
        // Bytes that do not decode become U+FFFD: a damaged byte must not cost the rest of the file.
        DecodingReader text = DECODER.open(head, n, complete, rest);
        Charset charset = text.encoding().charset();
        TextSniffer.Sniffed sniffed = TextSniffer.sniff(head, n, text.encoding());
        if (sniffed.binary()) {
            problems.accept(new ReadProblem(source, 0, LogsErrors.BINARY_FILE, "the file holds binary data, not log text; skipped"));
            return new FileLogStream(source, rest, null, charset, LogFormat.PLAIN, problems);
        }
        LogFormat format = sniffed.format();
        return new FileLogStream(source, rest, parser(source, new CharCursor(text), format, sniffed.sample(), options, problems),
                charset, format, problems);
    }

    /**
     * The one place that picks a parser for a file, from its sniffed format and sample; a new format
     * adds its case here. Also decides what the file's times mean: a zone named for the file
     * ({@code --zone}) stands in for {@code --assume-zone}, and MDT's logs get their zone found.
     */
    private static RecordParser parser(String source, CharCursor cursor, LogFormat format, String sample, ReadOptions options,
                                       Consumer<ReadProblem> problems) {
        ReadOptions forFile = options;
        java.time.ZoneId named = options.zones().zoneFor(source);
        if (named != null) {
            forFile = options.withAssumeZone(named);
        }
        MdtTime mdt = format == LogFormat.CMTRACE && (MdtTime.mdtName(source) || MdtTime.mdtShape(sample)) ? MdtTime.of(source, options) : null;
        ParseContext ctx = new ParseContext(source, forFile, format, problems, mdt);
        return switch (format) {
            case CMTRACE -> new CmTraceParser(cursor, ctx);
            case LEGACY -> new LegacyParser(cursor, ctx);
            case PLAIN -> new PlainParser(cursor, ctx);
            default -> TextFormats.parser(cursor, ctx);
        };
    }

    /**
     * True when {@code file} was written by MDT's scripts (by its name, or the shape of its first
     * records), whose {@code +000} bias is not UTC. A file that cannot be read is not.
     */
    static boolean writtenByMdt(Path file) {
        if (MdtTime.mdtName(file.toString())) {
            return true;
        }
        try (java.io.InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(TextDecoder.SAMPLE_BYTES);
            if (head.length == 0) {
                return false;
            }
            TextSniffer.Sniffed sniffed = TextSniffer.sniff(head, head.length, DECODER.detect(head, head.length, head.length < TextDecoder.SAMPLE_BYTES));
            return !sniffed.binary() && sniffed.format() == LogFormat.CMTRACE && MdtTime.mdtShape(sniffed.sample());
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public LogFormat format() {
        return format;
    }

    @Override
    public Charset charset() {
        return charset;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            try {
                next = parser.next();
            } catch (IOException e) {
                problems.accept(new ReadProblem(source, parser.line(), LogsErrors.FILE_UNREADABLE,
                        "reading stopped: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
                next = null;
            }
            if (next == null) {
                done = true;
                close();
            }
        }
        return next != null;
    }

    @Override
    public LogRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        LogRecord r = next;
        next = null;
        return r;
    }

    @Override
    public void close() {
        try {
            raw.close();
        } catch (IOException e) {
            // Closing a file we only read: nothing is lost.
        }
    }
}
