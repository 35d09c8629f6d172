package org.osdkit.core.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.flywaydb.core.api.MigrationVersion;
import org.osdkit.core.CoreErrors;
import org.osdkit.core.OsdkitException;

/**
 * Takes over a module history written by osdkit's own migrator (before Flyway), so a workspace made by
 * an older osdkit opens with all its data and no script run twice. That history had the same table
 * name, {@code <name>_schema_history}, with columns {@code version, description, checksum,
 * installed_on}. It is renamed to {@code <name>_history_before_flyway} (kept, as the record of what
 * ran when) and its newest version becomes the module's Flyway baseline: Flyway, finding no history
 * of its own in a schema that is not empty, starts one at that version and applies only the scripts
 * after it. A process killed between the rename and Flyway's first run is finished by the next one,
 * as the kept table alone says where the baseline is.
 */
final class OldHistoryTakeover {

    static final String KEPT_SUFFIX = "_history_before_flyway";

    private OldHistoryTakeover() {
    }

    /**
     * Returns the baseline Flyway must use for the module: the newest version of a kept old history,
     * else 0. {@code known} is the newest version this code's scripts reach. Runs under the module's
     * {@link MigrationLock}; even without it the rename is atomic and fails when the kept name is
     * taken, so only one process could rename.
     */
    static MigrationVersion run(Database database, ModuleSchema schema, Supplier<MigrationVersion> known) throws SQLException {
        String keptName = schema.name() + KEPT_SUFFIX;
        try (Connection c = database.dataSource().getConnection()) {
            List<String> tables = Tables.all(c);
            Optional<String> history = find(tables, schema.historyTable());
            Optional<String> kept = find(tables, keptName);
            if (history.isPresent() && !Tables.columns(c, history.get()).contains("installed_rank")) {
                int newest = newestVersion(c, history.get());
                if (MigrationVersion.fromVersion(Integer.toString(newest)).compareTo(known.get()) > 0) {
                    throw FlywayMigration.newerThanCode(schema, database, Integer.toString(newest), known.get());
                }
                if (kept.isPresent()) {
                    throw new OsdkitException(CoreErrors.DB_MIGRATION_FAILED,
                            "The " + schema.name() + " tables in " + database + " have two histories from before Flyway: "
                                    + history.get() + " and " + kept.get() + ".",
                            "Keep the one that matches the tables (normally " + history.get() + "), drop the other, and run osdkit again.");
                }
                try (Statement s = c.createStatement()) {
                    s.execute("ALTER TABLE " + Tables.quote(history.get()) + " RENAME TO " + keptName);
                } catch (SQLException e) {
                    // Another process renamed it first; anything else is a real failure.
                    if (Tables.find(c, keptName).isEmpty()) {
                        throw e;
                    }
                }
                kept = Tables.find(c, keptName);
            }
            return MigrationVersion.fromVersion(Integer.toString(kept.isPresent() ? newestVersion(c, kept.get()) : 0));
        }
    }

    private static Optional<String> find(List<String> tables, String name) {
        return tables.stream().filter(t -> t.equalsIgnoreCase(name)).findFirst();
    }

    private static int newestVersion(Connection c, String storedName) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(version) FROM " + Tables.quote(storedName))) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
