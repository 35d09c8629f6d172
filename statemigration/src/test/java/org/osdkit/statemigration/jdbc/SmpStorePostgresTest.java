package org.osdkit.statemigration.jdbc;

import org.osdkit.core.storage.Database;
import org.osdkit.core.testing.ScratchDatabases;

class SmpStorePostgresTest extends SmpStoreContract {

    @Override
    Database database() {
        return ScratchDatabases.postgres();
    }
}
