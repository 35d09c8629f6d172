package org.osdkit.drivers.packages;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.osdkit.core.storage.Database;
import org.osdkit.core.storage.ScratchDatabases;

@EnabledIfEnvironmentVariable(named = "OSDKIT_TEST_PG_URL", matches = ".+")
class PackageStorePostgresTest extends PackageStoreContract {
    @Override
    protected Database open() {
        return ScratchDatabases.postgres();
    }
}
