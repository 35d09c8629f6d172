package org.osdkit.logs.jdbc;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.osdkit.core.storage.Database;
import org.osdkit.core.storage.ScratchDatabases;

@EnabledIfEnvironmentVariable(named = "OSDKIT_TEST_PG_URL", matches = ".+")
class DiagnosisHistoryPostgresTest extends DiagnosisHistoryContract {

    @Override
    Database database() {
        return ScratchDatabases.postgres();
    }
}
