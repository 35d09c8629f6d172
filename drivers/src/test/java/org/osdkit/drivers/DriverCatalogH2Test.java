package org.osdkit.drivers;

import org.osdkit.core.storage.Database;
import org.osdkit.core.storage.ScratchDatabases;

class DriverCatalogH2Test extends DriverCatalogContract {
    @Override
    Database open() {
        return ScratchDatabases.h2();
    }
}
