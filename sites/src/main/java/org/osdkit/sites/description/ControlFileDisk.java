package org.osdkit.sites.description;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

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

    /**
     * Why {@code file} could not be replaced here, or empty when it can: checked before the service is
     * stopped, so a read-only file never costs the site a stop and a rollback.
     */
    Optional<String> whyReadOnly(Path file);

    /** The {@code .ct1} delta files waiting in {@code folder}; none when the folder does not exist. */
    List<Path> pendingDeltas(Path folder) throws IOException;
}
