package org.osdkit.drivers;

import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.osdkit.core.storage.Database;

/** Base of the storage contract suites: a fresh scratch database per test, the drivers tables migrated. */
abstract class StorageContract {

    static final Clock CLOCK = Clock.fixed(Details.NOW, ZoneOffset.UTC);

    Database database;
    DriverStorage storage;

    /** A new, empty database of the kind the subclass tests. */
    abstract Database open();

    @BeforeEach
    void openDatabase() {
        database = open();
        storage = DriverStorage.jdbc(database, CLOCK);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
