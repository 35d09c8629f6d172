package org.osdkit.sites.jdbc;

import org.osdkit.core.storage.Database;
import org.osdkit.core.testing.ScratchDatabases;

class ChangeHistoryPostgresTest extends ChangeHistoryContract {

    @Override
    Database database() {
        return ScratchDatabases.postgres();
    }
}
