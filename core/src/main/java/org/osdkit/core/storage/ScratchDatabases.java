package org.osdkit.core.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Throw-away databases for contract tests: a private in-memory H2 database always, and a fresh
 * schema in the PostgreSQL server named by {@code OSDKIT_TEST_PG_URL} when that variable is set (CI
 * sets it). Closing a PostgreSQL scratch database drops its schema.
 */
public final class ScratchDatabases {

    /** Environment variable (or system property) holding the JDBC URL of a PostgreSQL test server. */
    public static final String POSTGRES_URL = "OSDKIT_TEST_PG_URL";

    private ScratchDatabases() {
    }

    /** The PostgreSQL test server's URL, when one is configured. */
    public static Optional<String> postgresUrl() {
        String url = System.getProperty(POSTGRES_URL, System.getenv(POSTGRES_URL));
        return url == null || url.isBlank() ? Optional.empty() : Optional.of(url.strip());
    }

    /** The kinds a contract suite should run on here: H2 always, PostgreSQL when configured. */
    public static List<DatabaseKind> available() {
        List<DatabaseKind> kinds = new ArrayList<>(List.of(DatabaseKind.H2));
        postgresUrl().ifPresent(url -> kinds.add(DatabaseKind.POSTGRESQL));
        return kinds;
    }

    public static Database open(DatabaseKind kind) {
        return kind == DatabaseKind.H2 ? h2() : postgres();
    }

    public static Database h2() {
        return Database.open(DatabaseSettings.inMemory("scratch-" + UUID.randomUUID()));
    }

    /** A new, empty schema on the PostgreSQL test server; fails when none is configured. */
    public static Database postgres() {
        String url = postgresUrl().orElseThrow(() -> new IllegalStateException(POSTGRES_URL + " is not set"));
        String schema = "scratch_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Database admin = Database.open(DatabaseSettings.of(url));
             Connection c = admin.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create scratch schema on " + DatabaseSettings.mask(url), e);
        }
        String scoped = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return Database.open(DatabaseSettings.of(scoped), () -> dropSchema(url, schema));
    }

    private static void dropSchema(String url, String schema) {
        try (Database admin = Database.open(DatabaseSettings.of(url));
             Connection c = admin.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop scratch schema " + schema, e);
        }
    }
}
