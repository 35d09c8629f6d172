package org.osdkit.core.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.osdkit.core.CoreErrors;
import org.osdkit.core.OsdkitException;

/**
 * An open database: a HikariCP connection pool, a {@link Jdbi} over it, and the schema migrations of
 * every module that asked for them. One per process; close it on exit. The JDBC driver (H2 or
 * PostgreSQL) is found from the URL on the class or module path: the application picks it.
 */
public final class Database implements AutoCloseable {

    private static final int LOGIN_TIMEOUT_SECONDS = 10;
    private static final int MAX_CONNECTIONS = 16;
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    private static final Duration BUSY_WAIT = Duration.ofSeconds(20);
    private static final String HISTORY_SUFFIX = "_schema_history";

    /**
     * H2's AUTO_SERVER (a second process on a workspace connects through the first) listens on every
     * interface unless {@code h2.bindAddress} names one, and writes that address into the lock file
     * for the second process. H2 reads the property once, when its settings class first loads, so it
     * is set here, before core opens any H2 database; an application that set it itself keeps its value.
     */
    static {
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    private final DatabaseSettings settings;
    private final HikariDataSource pool;
    /** Made at the first use: configuring Jdbi is a good part of opening, and {@code status} never needs it. */
    private volatile Jdbi jdbi;
    private final Set<String> migrated = ConcurrentHashMap.newKeySet();
    private final Runnable afterClose;

    private Database(DatabaseSettings settings, HikariDataSource pool, Runnable afterClose) {
        this.settings = settings;
        this.pool = pool;
        this.afterClose = afterClose;
    }

    /**
     * Opens the database and checks that it answers, so a wrong URL or a stopped server is reported
     * once, at the start, with the URL in the message.
     */
    public static Database open(DatabaseSettings settings) {
        return open(settings, () -> { });
    }

    /**
     * As {@link #open(DatabaseSettings)}, and runs {@code afterClose} once the pool is closed: a test's
     * scratch schema is dropped that way.
     */
    public static Database open(DatabaseSettings settings, Runnable afterClose) {
        requireDriver(settings);
        long deadline = System.nanoTime() + BUSY_WAIT.toNanos();
        for (long pause = 50; ; pause = Math.min(pause * 2, 1_000)) {
            try {
                return new Database(settings, connect(settings), afterClose);
            } catch (RuntimeException | SQLException e) {
                if (!busyEmbedded(settings, e) || System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(pause) > deadline) {
                    throw unreachable(settings, e);
                }
            }
            try {
                // Jittered, so two processes that collided do not collide again in step.
                Thread.sleep(pause + ThreadLocalRandom.current().nextLong(pause));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OsdkitException(CoreErrors.DB_UNREACHABLE, "Interrupted while waiting for the " + settings.kind() + " database at " + settings.maskedUrl() + ".");
            }
        }
    }

    private static HikariDataSource connect(DatabaseSettings settings) throws SQLException {
        // Hikari takes a first connection here and throws when it cannot (initializationFailTimeout).
        HikariDataSource pool = new HikariDataSource(poolConfig(settings));
        try (Connection c = pool.getConnection()) {
            if (!c.isValid(LOGIN_TIMEOUT_SECONDS)) {
                throw new SQLException("the connection did not answer within " + LOGIN_TIMEOUT_SECONDS + " s");
            }
        } catch (SQLException | RuntimeException e) {
            pool.close();
            throw e;
        }
        return pool;
    }

    /**
     * An embedded file database that another process is opening or closing at this moment: its file
     * is locked and the lock names no AUTO_SERVER to connect through yet (H2 error 90020, "Database
     * may be already in use"). Two osdkit processes started together meet this; it passes in moments.
     */
    private static boolean busyEmbedded(DatabaseSettings settings, Throwable e) {
        if (settings.kind() != DatabaseKind.H2 || !settings.url().startsWith("jdbc:h2:file:")) {
            return false;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s && s.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                return true;
            }
        }
        return false;
    }

    private static OsdkitException unreachable(DatabaseSettings settings, Exception e) {
        return new OsdkitException(CoreErrors.DB_UNREACHABLE,
                "Cannot open the " + settings.kind() + " database at " + settings.maskedUrl() + ": " + rootMessage(e) + ".",
                "Check --db-url / OSDKIT_DB_URL, that the server runs and accepts this user, or leave the option out to use the embedded database.",
                e);
    }

    /** core names no driver: a library user adds H2 or PostgreSQL's, and hears so when it is missing. */
    private static void requireDriver(DatabaseSettings settings) {
        try {
            DriverManager.getDriver(settings.url());
        } catch (SQLException e) {
            throw new OsdkitException(CoreErrors.DB_UNREACHABLE,
                    "Cannot open the " + settings.kind() + " database at " + settings.maskedUrl() + ": no JDBC driver for it is on the class or module path.",
                    "Add " + (settings.kind() == DatabaseKind.H2 ? "com.h2database:h2" : "org.postgresql:postgresql")
                            + " to the application's runtime dependencies.", e);
        }
    }

    private static HikariConfig poolConfig(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("osdkit-" + settings.kind().name().toLowerCase(Locale.ROOT));
        config.setJdbcUrl(settings.url());
        config.setMaximumPoolSize(MAX_CONNECTIONS);
        // One connection stays open: an embedded H2 database closes (and is slow to reopen) when its
        // last connection goes, and a PostgreSQL server is not handed 16 idle sessions per process.
        config.setMinimumIdle(1);
        config.setConnectionTimeout(30_000);
        config.setInitializationFailTimeout(1);
        if (settings.kind() == DatabaseKind.H2) {
            config.setUsername(settings.user() == null ? "sa" : settings.user());
            config.setPassword(settings.password() == null ? "" : settings.password());
            // In-process files: nothing in between that would drop an old connection.
            config.setMaxLifetime(0);
        } else {
            if (settings.user() != null) {
                config.setUsername(settings.user());
            }
            if (settings.password() != null) {
                config.setPassword(settings.password());
            }
            config.addDataSourceProperty("connectTimeout", Integer.toString(LOGIN_TIMEOUT_SECONDS));
            config.addDataSourceProperty("loginTimeout", Integer.toString(LOGIN_TIMEOUT_SECONDS));
            config.addDataSourceProperty("ApplicationName", "osdkit");
        }
        return config;
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    public DatabaseKind kind() {
        return settings.kind();
    }

    public DatabaseSettings settings() {
        return settings;
    }

    public DataSource dataSource() {
        return pool;
    }

    public Jdbi jdbi() {
        Jdbi j = jdbi;
        if (j == null) {
            synchronized (this) {
                j = jdbi;
                if (j == null) {
                    j = Jdbi.create(pool);
                    jdbi = j;
                }
            }
        }
        return j;
    }

    /**
     * Brings {@code schema} up to date: applies its scripts not yet recorded in its history table,
     * each in its own transaction, under a lock shared by every process using this database.
     * Repeated calls in one process cost nothing, and so does, nearly, a process whose scripts are
     * those the database was last migrated with ({@link MigrationMarker}).
     */
    public void migrate(ModuleSchema schema) {
        if (migrated.contains(schema.name())) {
            return;
        }
        synchronized (migrated) {
            if (migrated.contains(schema.name())) {
                return;
            }
            // An unchanged module on an up-to-date database: Flyway would find nothing to do.
            Optional<String> fingerprint = MigrationMarker.fingerprint(schema, kind());
            if (fingerprint.isEmpty() || !MigrationMarker.matches(this, schema, fingerprint.get())) {
                new FlywayMigration(this, schema, fingerprint.orElse(null)).run();
            }
            migrated.add(schema.name());
        }
    }

    /**
     * Reads product and schema versions: every module's history table is named
     * {@code <module>_schema_history}; its version is the newest script applied successfully.
     */
    public DatabaseStatus status() {
        try (Connection c = dataSource().getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            Map<String, Integer> versions = new TreeMap<>();
            for (String table : Tables.all(c)) {
                String lower = table.toLowerCase(Locale.ROOT);
                if (lower.endsWith(HISTORY_SUFFIX)) {
                    versions.merge(lower.substring(0, lower.length() - HISTORY_SUFFIX.length()), newestVersion(c, table), Math::max);
                }
            }
            return new DatabaseStatus(kind(), settings.maskedUrl(), meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion(), versions);
        } catch (SQLException e) {
            throw new OsdkitException(CoreErrors.DB_UNREACHABLE, "The " + kind() + " database at " + settings.maskedUrl() + " stopped answering: " + rootMessage(e) + ".",
                    "Check that the server runs.", e);
        }
    }

    /** Flyway's history (versions as text, a success flag) or the old migrator's (integer versions, no flag). */
    private static int newestVersion(Connection c, String table) throws SQLException {
        int newest = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + Tables.quote(table))) {
            int version = 0;
            int success = 0;
            ResultSetMetaData meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                String column = meta.getColumnName(i);
                version = column.equalsIgnoreCase("version") ? i : version;
                success = column.equalsIgnoreCase("success") ? i : success;
            }
            while (version > 0 && rs.next()) {
                String value = rs.getString(version);
                if (value != null && value.matches("\\d{1,9}") && (success == 0 || rs.getBoolean(success))) {
                    newest = Math.max(newest, Integer.parseInt(value));
                }
            }
        }
        return newest;
    }

    @Override
    public void close() {
        if (settings.kind() == DatabaseKind.H2 && settings.url().startsWith("jdbc:h2:mem:")) {
            // In-memory databases live until SHUTDOWN; without it every test run would keep its data.
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            } catch (SQLException ignored) {
                // Already gone: nothing left to release.
            }
        }
        pool.close();
        afterClose.run();
    }

    @Override
    public String toString() {
        return kind() + " " + settings.maskedUrl();
    }
}
