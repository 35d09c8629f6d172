package org.osdkit.statemigration.cleanup;

import org.osdkit.core.storage.Database;
import org.osdkit.core.testing.ScratchDatabases;

class HoldSpellingsPostgresTest extends HoldSpellingsContract {

    @Override
    Database database() {
        return ScratchDatabases.postgres();
    }
}
