package org.osdkit.core.storage;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The storage contract on a fresh schema of the PostgreSQL server CI provides. */
@EnabledIfEnvironmentVariable(named = ScratchDatabases.POSTGRES_URL, matches = ".+")
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
