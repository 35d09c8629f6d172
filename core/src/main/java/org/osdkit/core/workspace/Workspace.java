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
 * {@code ~/.osdkit} ({@code %LOCALAPPDATA%\osdkit} on Windows) unless {@code --workspace},
 * {@code OSDKIT_HOME} or the {@code osdkit.home} system property (used by tests) says otherwise.
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
            // A name of this process's own rather than createTempFile's random one: that would start
            // the JDK's SecureRandom, a noticeable part of a short command's start-up.
            Path probe = Files.createFile(ws.root().resolve(".write-probe-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".tmp"));
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

    /**
     * The workspace folder to use when none is given on the command line: {@code OSDKIT_HOME}, else
     * the {@code osdkit.home} system property, else on Windows {@code %LOCALAPPDATA%\osdkit} (where
     * Windows keeps per-user application data that does not roam), elsewhere {@code ~/.osdkit}.
     */
    public static Path defaultRoot(Map<String, String> environment) {
        return Path.of(defaultRoot(environment, System.getProperty("os.name", ""), System.getProperty("user.home"),
                System.getProperty("osdkit.home")));
    }

    /**
     * {@link #defaultRoot(Map)} with the operating system's name, the home folder and the
     * {@code osdkit.home} property given, so the Windows rule can be checked on any machine: the result
     * is text in the separators of {@code osName}.
     */
    static String defaultRoot(Map<String, String> environment, String osName, String userHome, String homeProperty) {
        String env = environment.get("OSDKIT_HOME");
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        if (homeProperty != null && !homeProperty.isBlank()) {
            return homeProperty.strip();
        }
        if (osName.regionMatches(true, 0, "Windows", 0, "Windows".length())) {
            String localAppData = environment.get("LOCALAPPDATA");
            if (localAppData != null && !localAppData.isBlank()) {
                return windowsChild(localAppData.strip(), "osdkit");
            }
            String profile = environment.get("USERPROFILE");
            String base = profile != null && !profile.isBlank() ? profile.strip() : userHome;
            return windowsChild(windowsChild(windowsChild(base, "AppData"), "Local"), "osdkit");
        }
        return userHome + (userHome.endsWith("/") ? "" : "/") + ".osdkit";
    }

    private static String windowsChild(String parent, String child) {
        return parent.endsWith("\\") || parent.endsWith("/") ? parent + child : parent + "\\" + child;
    }

    private static OsdkitException unusable(Workspace ws, String why, Exception cause) {
        return new OsdkitException(CoreErrors.WORKSPACE_UNUSABLE,
                "The workspace " + ws.root() + " cannot be used: " + why + ".",
                "Choose a writable folder with --workspace or OSDKIT_HOME.", cause);
    }

    public Path databaseFolder() {
        return root.resolve("db");
    }

    /**
     * The intent files ({@link org.osdkit.core.intent.IntentLog}): what a destructive step is about to do,
     * written and synced before it starts, independent of the database's durability.
     */
    public Path intentFolder() {
        return root.resolve("intents");
    }

    public Path logFolder() {
        return root.resolve("logs");
    }

    /** osdkit's own CMTrace log. */
    public Path ownLog() {
        return logFolder().resolve("osdkit.log");
    }
}
