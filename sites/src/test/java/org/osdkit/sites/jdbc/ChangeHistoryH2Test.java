package org.osdkit.sites.jdbc;

import org.osdkit.core.storage.Database;
import org.osdkit.core.testing.ScratchDatabases;

class ChangeHistoryH2Test extends ChangeHistoryContract {

    @Override
    Database database() {
        return ScratchDatabases.h2();
    }
}
