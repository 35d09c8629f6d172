package org.osdkit.logs.read;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Records read lazily from one or more files; close it to release them. */
public interface RecordCursor extends Iterator<LogRecord>, AutoCloseable {

    @Override
    void close();

    /** The remaining records as a sequential stream; closing the stream closes this. */
    default Stream<LogRecord> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(this::close);
    }
}
