package org.osdkit.statemigration.cleanup;

import org.osdkit.core.storage.Database;
import org.osdkit.core.testing.ScratchDatabases;

class HoldSpellingsH2Test extends HoldSpellingsContract {

    @Override
    Database database() {
        return ScratchDatabases.h2();
    }
}
