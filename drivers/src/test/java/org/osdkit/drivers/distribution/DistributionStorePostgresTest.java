package org.osdkit.drivers.distribution;

import org.osdkit.core.storage.Database;
import org.osdkit.core.testing.ScratchDatabases;

class DistributionStorePostgresTest extends DistributionStoreContract {
    @Override
    protected Database open() {
        return ScratchDatabases.postgres();
    }
}
