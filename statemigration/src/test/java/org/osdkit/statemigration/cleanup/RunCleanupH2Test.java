package org.osdkit.statemigration.cleanup;

import org.osdkit.core.storage.Database;
import org.osdkit.core.testing.ScratchDatabases;

class RunCleanupH2Test extends RunCleanupContract {

    @Override
    Database database() {
        return ScratchDatabases.h2();
    }
}
