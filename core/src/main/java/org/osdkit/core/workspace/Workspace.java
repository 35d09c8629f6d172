package org.osdkit.core.workspace;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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

    /**
     * What osdkit's own folders allow: their owner alone. The database folder holds H2's lock file, whose
     * key lets any process that reads it into the database as its owner through the auto-server port
     * (holds removed, the audit trail rewritten); the intent files and osdkit's log say what it deleted.
     */
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    public Workspace {
        root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    }

    /**
     * Opens a workspace, creating its folders, and checks it can be written; a read-only folder is
     * refused here rather than half-way through an import. Where the file system has POSIX permissions,
     * the database, intent and log folders are made owner-only (and the workspace folder too when this
     * creates it; a folder the user made is left as it is); one that stays open to others is refused.
     * On Windows the default workspace is under {@code %LOCALAPPDATA%}, which only its user may open.
     */
    public static Workspace open(Path root) {
        Workspace ws = new Workspace(root);
        try {
            boolean created = Files.notExists(ws.root());
            Files.createDirectories(ws.databaseFolder());
            Files.createDirectories(ws.intentFolder());
            Files.createDirectories(ws.logFolder());
            if (created) {
                ownerOnly(ws, ws.root());
            }
            ownerOnly(ws, ws.databaseFolder());
            ownerOnly(ws, ws.intentFolder());
            ownerOnly(ws, ws.logFolder());
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

    /** Takes group and others' access away from {@code folder}; refuses the workspace when they keep it. */
    private static void ownerOnly(Workspace ws, Path folder) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(folder, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> now = view.readAttributes().permissions();
        if (now.stream().noneMatch(OTHERS::contains)) {
            return;
        }
        try {
            view.setPermissions(OWNER_ONLY);
        } catch (IOException e) {
            // Checked below: a file system that ignores the change (some network mounts) is refused the same way.
        }
        Set<PosixFilePermission> after = view.readAttributes().permissions();
        if (after.stream().anyMatch(OTHERS::contains)) {
            throw new OsdkitException(CoreErrors.WORKSPACE_UNUSABLE, "The workspace " + ws.root() + " cannot be used: " + folder
                    + " is open to other users (" + PosixFilePermissions.toString(after) + ") and osdkit cannot make it owner-only; "
                    + "another user could read the database's key and change it.",
                    "Choose a folder you own on a local file system with --workspace or OSDKIT_HOME.");
        }
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
