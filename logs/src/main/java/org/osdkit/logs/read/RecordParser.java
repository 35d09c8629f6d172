package org.osdkit.logs.read;

import java.io.IOException;

/** Turns a file's text into records one at a time. */
interface RecordParser {

    /** The next record, or {@code null} at the end of the input. */
    LogRecord next() throws IOException;

    /** The line the parser has reached, for problems reported when reading fails. */
    long line();
}
