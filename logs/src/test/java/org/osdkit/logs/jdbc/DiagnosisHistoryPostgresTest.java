package org.osdkit.logs.jdbc;

import org.osdkit.core.storage.Database;
import org.osdkit.core.testing.ScratchDatabases;

class DiagnosisHistoryPostgresTest extends DiagnosisHistoryContract {

    @Override
    Database database() {
        return ScratchDatabases.postgres();
    }
}
