package org.osdkit.drivers.distribution;

import org.osdkit.core.storage.Database;
import org.osdkit.core.testing.ScratchDatabases;

class DistributionStoreH2Test extends DistributionStoreContract {
    @Override
    protected Database open() {
        return ScratchDatabases.h2();
    }
}
