package org.osdkit.logs.jdbc;

import org.osdkit.core.storage.Database;
import org.osdkit.core.testing.ScratchDatabases;

class TimelineStorePostgresTest extends TimelineStoreContract {

    @Override
    Database database() {
        return ScratchDatabases.postgres();
    }
}
