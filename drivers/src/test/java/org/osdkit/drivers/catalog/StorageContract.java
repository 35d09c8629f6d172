package org.osdkit.drivers.catalog;

import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.osdkit.core.storage.Database;
import org.osdkit.drivers.jdbc.DriversStorage;

/** Base of the storage contract suites: a fresh scratch database per test, the drivers tables migrated. */
public abstract class StorageContract {

    public static final Clock CLOCK = Clock.fixed(Details.NOW, ZoneOffset.UTC);

    protected Database database;
    protected DriversStorage storage;

    /** A new, empty database of the kind the subclass tests. */
    protected abstract Database open();

    @BeforeEach
    void openDatabase() {
        database = open();
        storage = DriversStorage.jdbc(database, CLOCK);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
