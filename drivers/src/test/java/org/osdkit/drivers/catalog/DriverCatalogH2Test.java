package org.osdkit.drivers.catalog;

import org.osdkit.core.storage.Database;
import org.osdkit.core.testing.ScratchDatabases;

class DriverCatalogH2Test extends DriverCatalogContract {
    @Override
    protected Database open() {
        return ScratchDatabases.h2();
    }
}
