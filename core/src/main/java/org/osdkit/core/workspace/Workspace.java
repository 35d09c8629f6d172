package org.osdkit.core.workspace;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.osdkit.core.CoreErrors;
import org.osdkit.core.OsdkitException;

/**
 * The folder where osdkit keeps its own state: the embedded database, its own logs and settings.
 * {@code ~/.osdkit} unless {@code --workspace}, {@code OSDKIT_HOME} or the {@code osdkit.home}
 * system property (used by tests) says otherwise.
 *
 * @param root the workspace folder, absolute
 */
public record Workspace(Path root) {

    public Workspace {
        root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    }

    /**
     * Opens a workspace, creating its folders, and checks it can be written; a read-only folder is
     * refused here rather than half-way through an import.
     */
    public static Workspace open(Path root) {
        Workspace ws = new Workspace(root);
        try {
            Files.createDirectories(ws.databaseFolder());
            Files.createDirectories(ws.logFolder());
            Path probe = Files.createTempFile(ws.root(), ".write-probe", ".tmp");
            Files.delete(probe);
        } catch (AccessDeniedException e) {
            throw unusable(ws, "it is not writable (access denied to " + e.getFile() + ")", e);
        } catch (FileSystemException e) {
            throw unusable(ws, e.getReason() == null ? e.getClass().getSimpleName() + " " + e.getFile() : e.getReason() + " (" + e.getFile() + ")", e);
        } catch (IOException e) {
            throw unusable(ws, e.getMessage(), e);
        }
        return ws;
    }

    /** The workspace folder to use when none is given on the command line. */
    public static Path defaultRoot(Map<String, String> environment) {
        String env = environment.get("OSDKIT_HOME");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        String property = System.getProperty("osdkit.home");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        return Path.of(System.getProperty("user.home"), ".osdkit");
    }

    private static OsdkitException unusable(Workspace ws, String why, Exception cause) {
        return new OsdkitException(CoreErrors.WORKSPACE_UNUSABLE,
                "The workspace " + ws.root() + " cannot be used: " + why + ".",
                "Choose a writable folder with --workspace or OSDKIT_HOME.", cause);
    }

    public Path databaseFolder() {
        return root.resolve("db");
    }

    public Path logFolder() {
        return root.resolve("logs");
    }

    /** osdkit's own CMTrace log. */
    public Path ownLog() {
        return logFolder().resolve("osdkit.log");
    }
}
