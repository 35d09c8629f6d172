package org.osdkit.logs.jdbc;

import org.osdkit.core.storage.Database;
import org.osdkit.core.testing.ScratchDatabases;

class DiagnosisHistoryH2Test extends DiagnosisHistoryContract {

    @Override
    Database database() {
        return ScratchDatabases.h2();
    }
}
