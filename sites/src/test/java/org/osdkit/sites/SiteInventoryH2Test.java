package org.osdkit.sites;

import org.osdkit.core.storage.Database;
import org.osdkit.core.storage.ScratchDatabases;

class SiteInventoryH2Test extends SiteInventoryContract {

    @Override
    Database database() {
        return ScratchDatabases.h2();
    }
}
