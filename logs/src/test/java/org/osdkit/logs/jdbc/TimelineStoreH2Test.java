package org.osdkit.logs.jdbc;

import org.osdkit.core.storage.Database;
import org.osdkit.core.testing.ScratchDatabases;

class TimelineStoreH2Test extends TimelineStoreContract {

    @Override
    Database database() {
        return ScratchDatabases.h2();
    }
}
