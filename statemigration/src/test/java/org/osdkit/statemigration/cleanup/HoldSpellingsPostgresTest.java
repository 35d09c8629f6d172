package org.osdkit.statemigration.cleanup;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.osdkit.core.storage.Database;
import org.osdkit.core.testing.ScratchDatabases;

@EnabledIfEnvironmentVariable(named = "OSDKIT_TEST_PG_URL", matches = ".+")
class HoldSpellingsPostgresTest extends HoldSpellingsContract {

    @Override
    Database database() {
        return ScratchDatabases.postgres();
    }
}
