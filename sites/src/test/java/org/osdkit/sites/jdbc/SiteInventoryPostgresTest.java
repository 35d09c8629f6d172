package org.osdkit.sites.jdbc;

import org.osdkit.core.storage.Database;
import org.osdkit.core.testing.ScratchDatabases;

class SiteInventoryPostgresTest extends SiteInventoryContract {

    @Override
    Database database() {
        return ScratchDatabases.postgres();
    }
}
