package org.osdkit.drivers.catalog;

import org.osdkit.core.storage.Database;
import org.osdkit.core.testing.ScratchDatabases;

class ImportFindingsH2Test extends ImportFindingsContract {
    @Override
    protected Database open() {
        return ScratchDatabases.h2();
    }
}
