package org.osdkit.core.files;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One thing a deletion could not do or would not do.
 *
 * @param path   the entry concerned
 * @param reason what went wrong, in words an admin can act on, naming the path
 */
public record DeletionProblem(Path path, String reason) {

    public DeletionProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
    }
}
