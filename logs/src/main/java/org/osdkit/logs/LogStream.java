package org.osdkit.logs;

import java.nio.charset.Charset;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Records of one file, read lazily: only the current record is held in memory. Close it to release
 * the file. I/O failures in the middle of the file end the stream and are reported as problems.
 */
public interface LogStream extends Iterator<LogRecord>, AutoCloseable {

    /** The file's detected format. */
    LogFormat format();

    /** The file's detected text encoding. */
    Charset charset();

    @Override
    void close();

    /** The remaining records as a sequential stream; closing the stream closes this. */
    default Stream<LogRecord> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(this::close);
    }
}
