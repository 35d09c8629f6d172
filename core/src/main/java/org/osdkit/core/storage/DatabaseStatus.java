package org.osdkit.core.storage;

import java.util.Map;

/**
 * What an admin checks first when something looks wrong with storage: which database, which product
 * and version, and which schema version each module's tables are at.
 *
 * @param kind           H2 or PostgreSQL
 * @param url            the JDBC URL with any password masked
 * @param product        product name and version as the driver reports them
 * @param schemaVersions module name to the newest migration applied
 */
public record DatabaseStatus(DatabaseKind kind, String url, String product, Map<String, Integer> schemaVersions) {

    public DatabaseStatus {
        schemaVersions = Map.copyOf(schemaVersions);
    }
}
