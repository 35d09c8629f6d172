package org.osdkit.core.storage;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.workspace.Workspace;

/** The storage contract on the embedded H2 file database of a workspace, as the CLI uses it. */
class H2StorageTest extends StorageContract {

    @TempDir
    Path folder;

    @Override
    Database open() {
        return Database.open(DatabaseSettings.forWorkspace(Workspace.open(folder)));
    }

    @Override
    Database openSecond() {
        return open();
    }
}
