package org.osdkit.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.CoreErrors;
import org.osdkit.core.OsdkitException;

class WorkspaceTest {

    @TempDir
    Path folder;

    @Test
    void createsItsDatabaseAndLogFolders() {
        Workspace ws = Workspace.open(folder.resolve("new/ws"));
        assertTrue(Files.isDirectory(ws.databaseFolder()));
        assertTrue(Files.isDirectory(ws.logFolder()));
        assertEquals(ws.logFolder().resolve("osdkit.log"), ws.ownLog());
    }

    @Test
    void itsOwnFoldersAndAWorkspaceFolderItCreatesAreTheOwnersAlone() throws Exception {
        assumeTrue(Files.getFileAttributeView(folder, PosixFileAttributeView.class) != null, "POSIX permissions");
        Workspace ws = Workspace.open(folder.resolve("new/ws"));
        for (Path p : new Path[] {ws.root(), ws.databaseFolder(), ws.intentFolder(), ws.logFolder()}) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(p)), p.toString());
        }
    }

    @Test
    void aWorkspaceFolderTheUserMadeIsLeftAsItIsButTheDatabaseFolderIsClosedOnEveryOpen() throws Exception {
        assumeTrue(Files.getFileAttributeView(folder, PosixFileAttributeView.class) != null, "POSIX permissions");
        Path root = Files.createDirectory(folder.resolve("shared"));
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        Workspace ws = Workspace.open(root);
        // As an older osdkit left it, or a chmod by hand.
        Files.setPosixFilePermissions(ws.databaseFolder(), PosixFilePermissions.fromString("rwxrwxrwx"));
        Workspace.open(root);
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(root)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(ws.databaseFolder())));
    }

    @Test
    void osdkitHomeWinsOverTheHomeFolder() {
        assertEquals(Path.of("/srv/osdkit"), Workspace.defaultRoot(Map.of("OSDKIT_HOME", "/srv/osdkit")));
    }

    @Test
    void onWindowsTheDefaultIsTheLocalApplicationDataFolder() {
        Map<String, String> env = Map.of("LOCALAPPDATA", "C:\\Users\\ann\\AppData\\Local", "USERPROFILE", "C:\\Users\\ann");
        assertEquals("C:\\Users\\ann\\AppData\\Local\\osdkit", Workspace.defaultRoot(env, "Windows 11", "C:\\Users\\ann", null));
        assertEquals("D:\\Profiles\\ann\\AppData\\Local\\osdkit",
                Workspace.defaultRoot(Map.of("USERPROFILE", "D:\\Profiles\\ann"), "Windows Server 2022", "C:\\Users\\ann", null));
        assertEquals("C:\\Users\\ann\\AppData\\Local\\osdkit", Workspace.defaultRoot(Map.of(), "Windows 10", "C:\\Users\\ann", null));
        // A redirected LOCALAPPDATA on a file server is used as given.
        assertEquals("\\\\fs01\\profiles$\\ann\\osdkit",
                Workspace.defaultRoot(Map.of("LOCALAPPDATA", "\\\\fs01\\profiles$\\ann\\"), "Windows 11", "C:\\Users\\ann", null));
    }

    @Test
    void osdkitHomeAndThePropertyWinOverTheWindowsDefaultAndLinuxKeepsTheDotFolder() {
        Map<String, String> env = Map.of("LOCALAPPDATA", "C:\\Users\\ann\\AppData\\Local", "OSDKIT_HOME", "E:\\osdkit");
        assertEquals("E:\\osdkit", Workspace.defaultRoot(env, "Windows 11", "C:\\Users\\ann", "C:\\ignored"));
        assertEquals("C:\\tests\\home", Workspace.defaultRoot(Map.of("LOCALAPPDATA", "C:\\x"), "Windows 11", "C:\\Users\\ann", "C:\\tests\\home"));
        assertEquals("/home/ann/.osdkit", Workspace.defaultRoot(Map.of("LOCALAPPDATA", "C:\\x"), "Linux", "/home/ann", null));
    }

    @Test
    void aFolderThatCannotHoldAWorkspaceIsRefusedClearly() throws Exception {
        Path file = Files.writeString(folder.resolve("a-file"), "not a folder");
        OsdkitException e = assertThrows(OsdkitException.class, () -> Workspace.open(file.resolve("ws")));
        assertEquals(CoreErrors.WORKSPACE_UNUSABLE, e.code());
        assertTrue(e.getMessage().startsWith("The workspace " + file.resolve("ws") + " cannot be used"), e.getMessage());
        assertTrue(e.describe().contains("--workspace"));
    }

    @Test
    void aReadOnlyFolderIsRefusedClearly() throws Exception {
        Path readOnly = Files.createDirectory(folder.resolve("ro"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // root ignores permission bits; the not-a-folder test above covers that case.
            assumeFalse(Files.isWritable(readOnly), "running as a user who can write anywhere");
            OsdkitException e = assertThrows(OsdkitException.class, () -> Workspace.open(readOnly.resolve("ws")));
            assertTrue(e.getMessage().contains("cannot be used"), e.getMessage());
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
