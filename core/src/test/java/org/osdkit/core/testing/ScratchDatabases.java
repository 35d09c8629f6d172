package org.osdkit.core.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.osdkit.core.storage.Database;
import org.osdkit.core.storage.DatabaseKind;
import org.osdkit.core.storage.DatabaseSettings;

/**
 * Throw-away databases for contract tests: a private in-memory H2 database, and a fresh schema on a
 * PostgreSQL server, the one named by {@code OSDKIT_TEST_PG_URL} when that variable (or system
 * property) is set, else this JVM's {@link EmbeddedPostgres}. Closing a PostgreSQL scratch database
 * drops its schema.
 */
public final class ScratchDatabases {

    /** Environment variable (or system property) holding the JDBC URL of a PostgreSQL test server to use instead of the embedded one. */
    public static final String POSTGRES_URL = "OSDKIT_TEST_PG_URL";

    private ScratchDatabases() {
    }

    /** The configured PostgreSQL test server's URL, if one is set. */
    public static Optional<String> configuredPostgresUrl() {
        String url = System.getProperty(POSTGRES_URL, System.getenv(POSTGRES_URL));
        return url == null || url.isBlank() ? Optional.empty() : Optional.of(url.strip());
    }

    /** The PostgreSQL server the tests use: the configured one, else the embedded one (started on first use). */
    public static String postgresUrl() {
        return configuredPostgresUrl().orElseGet(EmbeddedPostgres::url);
    }

    /** The kinds a contract suite runs on: both, everywhere. */
    public static List<DatabaseKind> available() {
        return List.of(DatabaseKind.H2, DatabaseKind.POSTGRESQL);
    }

    public static Database open(DatabaseKind kind) {
        return kind == DatabaseKind.H2 ? h2() : postgres();
    }

    public static Database h2() {
        return Database.open(DatabaseSettings.inMemory("scratch-" + UUID.randomUUID()));
    }

    /** A new, empty schema on the PostgreSQL test server, dropped again on close. */
    public static Database postgres() {
        String url = postgresUrl();
        String schema = "scratch_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        execute(url, "CREATE SCHEMA " + schema);
        String scoped = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return Database.open(DatabaseSettings.of(scoped), () -> execute(url, "DROP SCHEMA " + schema + " CASCADE"));
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on " + DatabaseSettings.of(url).maskedUrl(), e);
        }
    }
}
