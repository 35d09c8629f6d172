package org.osdkit.sites.jdbc;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.osdkit.core.storage.Database;
import org.osdkit.core.storage.ScratchDatabases;

@EnabledIfEnvironmentVariable(named = "OSDKIT_TEST_PG_URL", matches = ".+")
class SiteInventoryPostgresTest extends SiteInventoryContract {

    @Override
    Database database() {
        return ScratchDatabases.postgres();
    }
}
