package org.osdkit.web;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.osdkit.core.ErrorCode;
import org.osdkit.core.ErrorKind;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.files.ConfinedPaths;

/**
 * The server folders a client may name files in ({@code osdkit web --root name=folder}). A client gives
 * a root's name and a path relative to it; the path must stay inside the root by its text
 * ({@link ConfinedPaths}) and by its real path, so neither {@code ..} nor a link inside the root leads out.
 */
final class ServerFiles {

    static final ErrorCode FILE_NOT_FOUND = ErrorCode.of("WEB-FILE-NOT-FOUND", ErrorKind.NOT_FOUND);

    private final Map<String, Path> roots;

    ServerFiles(Map<String, Path> roots) {
        this.roots = new TreeMap<>(roots);
    }

    Map<String, Path> roots() {
        return roots;
    }

    /** The real path of {@code relative} inside the root called {@code rootName}; refused when it leads out. */
    Path resolve(String rootName, String relative) {
        if (rootName == null || relative == null || relative.isBlank()) {
            throw new OsdkitException(WebErrors.INVALID_INPUT, "Name a root and a path inside it (\"root\" and \"path\").");
        }
        Path root = roots.get(rootName);
        if (root == null) {
            throw new OsdkitException(WebErrors.UNKNOWN_ROOT, "There is no root \"" + rootName + "\"; this dashboard has "
                    + (roots.isEmpty() ? "none" : String.join(", ", roots.keySet())) + ".", "The admin adds one with osdkit web --root <name>=<folder>.");
        }
        Path inside = ConfinedPaths.resolve(root, relative).orElseThrow(() -> outside(rootName, relative));
        try {
            Path real = inside.toRealPath();
            if (!real.startsWith(root.toRealPath())) {
                throw outside(rootName, relative);
            }
            return real;
        } catch (NoSuchFileException e) {
            throw new OsdkitException(FILE_NOT_FOUND, "There is no \"" + relative + "\" in root \"" + rootName + "\".");
        } catch (IOException e) {
            throw new OsdkitException(FILE_NOT_FOUND, "Cannot open \"" + relative + "\" in root \"" + rootName + "\": " + e.getMessage());
        }
    }

    /**
     * The real path of a server file the dashboard found itself (a change's recorded control file), when it
     * lies inside one of the roots; a client cannot make the dashboard touch anything outside them this way either.
     */
    Path requireInsideARoot(Path file) {
        try {
            Path real = file.toRealPath();
            for (Path root : roots.values()) {
                if (real.startsWith(root.toRealPath())) {
                    return real;
                }
            }
        } catch (NoSuchFileException e) {
            throw new OsdkitException(FILE_NOT_FOUND, "The recorded file " + file + " is gone.");
        } catch (IOException e) {
            throw new OsdkitException(FILE_NOT_FOUND, "Cannot open the recorded file " + file + ": " + e.getMessage());
        }
        throw new OsdkitException(WebErrors.PATH_OUTSIDE_ROOT, "The recorded file " + file + " is not inside a root of this dashboard.",
                "Revert it on the command line (osdkit sites revert), or start the dashboard with a --root that holds it.");
    }

    private static OsdkitException outside(String rootName, String relative) {
        return new OsdkitException(WebErrors.PATH_OUTSIDE_ROOT, "\"" + relative + "\" is not inside root \"" + rootName + "\".",
                "Name a path relative to the root, without '..' out of it and without links that lead out.");
    }
}
