package org.osdkit.drivers.packages;

import org.osdkit.core.storage.Database;
import org.osdkit.core.testing.ScratchDatabases;

class PackageStoreH2Test extends PackageStoreContract {
    @Override
    protected Database open() {
        return ScratchDatabases.h2();
    }
}
