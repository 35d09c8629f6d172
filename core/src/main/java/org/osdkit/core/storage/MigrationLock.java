package org.osdkit.core.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A lock per module schema, shared by every process on the database, held while that module's
 * history is taken over and migrated: a row lock in {@code osdkit_migration_lock} on a connection
 * of its own.
 *
 * <p>Flyway serialises the migrations themselves, but it decides whether to create the history
 * table or to baseline a non-empty schema before it locks: two processes starting a module's
 * history at the same moment then fail with "Unable to baseline schema history table ... as it
 * already exists, and is empty" (seen on PostgreSQL in the concurrent storage contract test). The
 * take-over of the old history also runs before Flyway. The row lock is on a connection of its own
 * because H2 commits DDL implicitly, which would release a lock held on a migrating connection; it
 * works the same on H2 (across processes through AUTO_SERVER) and PostgreSQL.
 */
final class MigrationLock implements AutoCloseable {

    static final String TABLE = "osdkit_migration_lock";
    private static final int WAIT_MILLIS = 120_000;

    private final Connection connection;
    private final Long previousH2Timeout;

    private MigrationLock(Connection connection, Long previousH2Timeout) {
        this.connection = connection;
        this.previousH2Timeout = previousH2Timeout;
    }

    /** Waits up to two minutes for {@code schemaName}'s lock, as long as the longest migration may take. */
    static MigrationLock acquire(Database database, String schemaName) throws SQLException {
        Connection c = database.dataSource().getConnection();
        try {
            createTable(c);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + TABLE + " (schema_name) VALUES (?)")) {
                insert.setString(1, schemaName);
                insert.executeUpdate();
            } catch (SQLException e) {
                if (!"23505".equals(e.getSQLState())) {
                    throw e;
                }
            }
            Long previous = null;
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                if (database.kind() == DatabaseKind.H2) {
                    // Restored on release: the connection goes back to the pool.
                    try (ResultSet rs = s.executeQuery("SELECT LOCK_TIMEOUT()")) {
                        rs.next();
                        previous = rs.getLong(1);
                    }
                    s.execute("SET LOCK_TIMEOUT " + WAIT_MILLIS);
                } else {
                    s.execute("SET LOCAL lock_timeout = '" + WAIT_MILLIS / 1000 + "s'");
                }
            }
            try (PreparedStatement select = c.prepareStatement("SELECT schema_name FROM " + TABLE + " WHERE schema_name = ? FOR UPDATE")) {
                select.setString(1, schemaName);
                select.executeQuery().close();
            }
            return new MigrationLock(c, previous);
        } catch (SQLException | RuntimeException e) {
            try {
                c.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    private static void createTable(Connection c) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (schema_name VARCHAR(64) PRIMARY KEY)");
                return;
            } catch (SQLException e) {
                // Two PostgreSQL sessions creating the same table at once: one loses on the catalog's
                // unique index. The table exists now, so a retry settles it.
                if (attempt >= 3) {
                    throw e;
                }
            }
        }
    }

    @Override
    public void close() throws SQLException {
        try (connection) {
            connection.commit();
            connection.setAutoCommit(true);
            if (previousH2Timeout != null) {
                try (Statement s = connection.createStatement()) {
                    s.execute("SET LOCK_TIMEOUT " + previousH2Timeout);
                }
            }
        }
    }
}
