package org.osdkit.core.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.osdkit.core.CoreErrors;
import org.osdkit.core.OsdkitException;

/**
 * Applies one module's numbered scripts. Written here rather than with Flyway because H2 commits
 * DDL implicitly, so a migration lock must live on a separate connection: we hold a row lock in
 * {@code osdkit_migration_lock} on one connection while another applies the scripts. That works the
 * same on H2 (also across processes through AUTO_SERVER) and PostgreSQL.
 */
final class SchemaMigrator {

    private static final String LOCK_TABLE = "osdkit_migration_lock";

    private final Database database;
    private final ModuleSchema schema;

    SchemaMigrator(Database database, ModuleSchema schema) {
        this.database = database;
        this.schema = schema;
    }

    void run() {
        try (Connection lock = database.dataSource().getConnection()) {
            acquire(lock);
            try (Connection c = database.dataSource().getConnection()) {
                applyPending(c);
            } finally {
                lock.commit();
                lock.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new OsdkitException(CoreErrors.DB_MIGRATION_FAILED,
                    "Could not update the " + schema.name() + " tables in " + database + ": " + e.getMessage(),
                    "Check that the database user may create tables; the failed script was rolled back.", e);
        }
    }

    private void acquire(Connection lock) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try (Statement s = lock.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS " + LOCK_TABLE + " (schema_name VARCHAR(64) PRIMARY KEY)");
                break;
            } catch (SQLException e) {
                // Two PostgreSQL sessions creating the same table at once: one loses on the catalog's
                // unique index. The table exists now, so one retry settles it.
                if (attempt >= 3) {
                    throw e;
                }
            }
        }
        try (PreparedStatement insert = lock.prepareStatement("INSERT INTO " + LOCK_TABLE + " (schema_name) VALUES (?)")) {
            insert.setString(1, schema.name());
            insert.executeUpdate();
        } catch (SQLException e) {
            if (!"23505".equals(e.getSQLState())) {
                throw e;
            }
        }
        lock.setAutoCommit(false);
        try (Statement s = lock.createStatement()) {
            s.execute(database.kind() == DatabaseKind.H2 ? "SET LOCK_TIMEOUT 120000" : "SET LOCAL lock_timeout = '120s'");
        }
        try (PreparedStatement select = lock.prepareStatement("SELECT schema_name FROM " + LOCK_TABLE + " WHERE schema_name = ? FOR UPDATE")) {
            select.setString(1, schema.name());
            select.executeQuery().close();
        }
    }

    private void applyPending(Connection c) throws SQLException {
        String history = schema.historyTable();
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + history + " ("
                    + "version INTEGER PRIMARY KEY, description VARCHAR(200) NOT NULL, checksum VARCHAR(64) NOT NULL, "
                    + "installed_on TIMESTAMP WITH TIME ZONE NOT NULL)");
        }
        Map<Integer, String> applied = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version, checksum FROM " + history)) {
            while (rs.next()) {
                applied.put(rs.getInt(1), rs.getString(2));
            }
        }
        int version = 1;
        for (; ; version++) {
            String script = read(version);
            if (script == null) {
                break;
            }
            String checksum = sha256(script);
            String recorded = applied.get(version);
            if (recorded != null) {
                if (!recorded.equals(checksum)) {
                    throw new OsdkitException(CoreErrors.DB_MIGRATION_CHANGED,
                            "Migration V" + version + " of " + schema.name() + " differs from the one applied to " + database + ".",
                            "A released migration must never be edited; add a new V" + (lastApplied(applied) + 1) + " script instead.");
                }
                continue;
            }
            apply(c, version, script, checksum);
        }
        int newest = lastApplied(applied);
        if (newest >= version) {
            throw new OsdkitException(CoreErrors.DB_MIGRATION_CHANGED,
                    "The " + schema.name() + " tables in " + database + " are at version " + newest + " but this osdkit knows only up to " + (version - 1) + ".",
                    "Use the osdkit version that created them or a newer one.");
        }
    }

    private static int lastApplied(Map<Integer, String> applied) {
        return applied.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    private void apply(Connection c, int version, String script, String checksum) throws SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (String statement : statements(script)) {
                s.execute(statement);
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO " + schema.historyTable() + " (version, description, checksum, installed_on) VALUES (?, ?, ?, ?)")) {
                insert.setInt(1, version);
                insert.setString(2, description(script));
                insert.setString(3, checksum);
                insert.setTimestamp(4, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw new SQLException("V" + version + " failed: " + e.getMessage(), e.getSQLState(), e);
        } finally {
            c.setAutoCommit(true);
        }
    }

    private String read(int version) {
        try (InputStream in = schema.open(version, database.kind())) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new OsdkitException(CoreErrors.DB_MIGRATION_FAILED, "Cannot read migration V" + version + " of " + schema.name() + ": " + e.getMessage());
        }
    }

    /** Statements end with a semicolon at the end of a line; {@code --} comment lines are dropped. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                out.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static String description(String script) {
        String first = script.lines().findFirst().orElse("").strip();
        String text = first.startsWith("--") ? first.substring(2).strip() : "";
        return text.length() > 200 ? text.substring(0, 200) : text;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
