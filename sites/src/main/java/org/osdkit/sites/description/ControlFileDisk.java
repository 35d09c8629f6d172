package org.osdkit.sites.description;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The file operations of a site description change. A seam so tests can make a disk fill up or a
 * write come out wrong; {@link LocalDisk} is the real one.
 */
interface ControlFileDisk {

    byte[] read(Path file) throws IOException;

    /** Copies {@code file} to {@code backup}, which must not exist yet; creates the backup's folder. */
    void backup(Path file, Path backup) throws IOException;

    /** Replaces {@code file} atomically: a temporary file in the same folder, flushed to disk, then renamed over it. */
    void replace(Path file, byte[] content) throws IOException;

    /** The {@code .ct1} delta files waiting in {@code folder}; none when the folder does not exist. */
    List<Path> pendingDeltas(Path folder) throws IOException;
}
