package org.osdkit.drivers.catalog;

import org.osdkit.core.storage.Database;
import org.osdkit.core.testing.ScratchDatabases;

class ImportDriversH2Test extends ImportDriversContract {
    @Override
    protected Database open() {
        return ScratchDatabases.h2();
    }
}
