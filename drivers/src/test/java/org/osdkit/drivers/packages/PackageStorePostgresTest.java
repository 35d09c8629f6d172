package org.osdkit.drivers.packages;

import org.osdkit.core.storage.Database;
import org.osdkit.core.testing.ScratchDatabases;

class PackageStorePostgresTest extends PackageStoreContract {
    @Override
    protected Database open() {
        return ScratchDatabases.postgres();
    }
}
