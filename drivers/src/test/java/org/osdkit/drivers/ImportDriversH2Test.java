package org.osdkit.drivers;

import org.osdkit.core.storage.Database;
import org.osdkit.core.storage.ScratchDatabases;

class ImportDriversH2Test extends ImportDriversContract {
    @Override
    Database open() {
        return ScratchDatabases.h2();
    }
}
