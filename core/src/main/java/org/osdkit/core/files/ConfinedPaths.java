package org.osdkit.core.files;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Paths built from stored or user-given relative paths (a manifest's file list, a package ID) that can
 * never leave their root folder by their text. This is the check for paths about to be created; a
 * deletion checks real paths again, through {@link ConfinedDeletion}.
 */
public final class ConfinedPaths {

    private ConfinedPaths() {
    }

    /**
     * {@code root} resolved with {@code relative} (either separator, {@code ..} and {@code .} resolved),
     * when the result lies strictly inside {@code root}; empty when it leaves it, is the root itself or
     * {@code relative} is absolute.
     */
    public static Optional<Path> resolve(Path root, String relative) {
        Path base = root.normalize();
        Path resolved = base.resolve(relative.replace('\\', '/')).normalize();
        return resolved.startsWith(base) && !resolved.equals(base) ? Optional.of(resolved) : Optional.empty();
    }
}
