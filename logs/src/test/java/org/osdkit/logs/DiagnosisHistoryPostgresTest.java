package org.osdkit.logs;

import org.osdkit.core.storage.Database;
import org.osdkit.core.testing.ScratchDatabases;

class DiagnosisHistoryPostgresTest extends DiagnosisHistoryContract {

    @Override
    Database database() {
        return ScratchDatabases.postgres();
    }
}
