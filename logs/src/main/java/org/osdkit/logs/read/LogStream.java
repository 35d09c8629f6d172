package org.osdkit.logs.read;

import java.nio.charset.Charset;

/**
 * Records of one file, read lazily: only the current record is held in memory. I/O failures in the
 * middle of the file end the stream and are reported as problems.
 */
public interface LogStream extends RecordCursor {

    /** The file's detected format. */
    LogFormat format();

    /** The file's detected text encoding. */
    Charset charset();
}
