package org.osdkit.drivers.catalog;

import org.osdkit.core.storage.Database;
import org.osdkit.core.testing.ScratchDatabases;

class ImportFindingsPostgresTest extends ImportFindingsContract {
    @Override
    protected Database open() {
        return ScratchDatabases.postgres();
    }
}
