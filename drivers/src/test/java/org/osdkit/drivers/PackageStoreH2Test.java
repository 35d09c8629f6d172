package org.osdkit.drivers;

import org.osdkit.core.storage.Database;
import org.osdkit.core.storage.ScratchDatabases;

class PackageStoreH2Test extends PackageStoreContract {
    @Override
    Database open() {
        return ScratchDatabases.h2();
    }
}
