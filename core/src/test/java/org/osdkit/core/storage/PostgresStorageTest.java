package org.osdkit.core.storage;

import org.osdkit.core.testing.ScratchDatabases;

/** The storage contract on a fresh schema of the tests' PostgreSQL server (embedded, or OSDKIT_TEST_PG_URL). */
class PostgresStorageTest extends StorageContract {

    @Override
    Database open() {
        return ScratchDatabases.postgres();
    }

    @Override
    Database openSecond() {
        return Database.open(database.settings());
    }
}
