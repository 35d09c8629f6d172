package org.osdkit.core.storage;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.osdkit.core.CoreErrors;
import org.osdkit.core.OsdkitException;

/**
 * Brings one module's tables up to date with Flyway, under the module's {@link MigrationLock}: takes
 * over a history left by osdkit's migrator before Flyway, refuses a database newer than the code
 * (Flyway would only warn), then migrates.
 *
 * <p>Several modules keep their histories in one database schema, so Flyway finds the schema
 * non-empty when a module comes later: {@code baselineOnMigrate} with baseline version 0 lets it
 * start that module's history there and still run its V1. A module taken over from the old migrator
 * has its baseline at the newest version that migrator applied ({@link OldHistoryTakeover}).
 */
final class FlywayMigration {

    private final Database database;
    private final ModuleSchema schema;
    private final String fingerprint;

    /** {@code fingerprint}: the {@link MigrationMarker} to store once Flyway succeeded, or {@code null}. */
    FlywayMigration(Database database, ModuleSchema schema, String fingerprint) {
        this.database = database;
        this.schema = schema;
        this.fingerprint = fingerprint;
    }

    void run() {
        try (MigrationLock lock = MigrationLock.acquire(database, schema.name())) {
            MigrationVersion baseline = OldHistoryTakeover.run(database, schema, this::knownVersion);
            Flyway flyway = configuration().baselineVersion(baseline).load();
            refuseNewerDatabase(flyway);
            migrate(flyway);
            // Only now, under the lock: every script of this fingerprint is applied.
            if (fingerprint != null) {
                MigrationMarker.store(database, schema, fingerprint);
            }
        } catch (SQLException | FlywayException e) {
            throw new OsdkitException(CoreErrors.DB_MIGRATION_FAILED,
                    "Could not update the " + schema.name() + " tables in " + database + ": " + Database.rootMessage(e),
                    "Check that the database user may create tables.", e);
        }
    }

    private FluentConfiguration configuration() {
        return Flyway.configure(schema.classLoader())
                .dataSource(database.dataSource())
                .locations(schema.locations(database.kind()).toArray(String[]::new))
                .table(schema.historyTable())
                .baselineOnMigrate(true)
                // No baselineDescription: Flyway 13 loses a baseline row whose description is not its own.
                .baselineVersion("0")
                // SQL scripts are taken as written: no ${...} substitution.
                .placeholderReplacement(false)
                .validateMigrationNaming(true)
                // Into osdkit's own log through slf4j, never on the console of a command.
                .loggers("slf4j");
    }

    /** The newest version this code's scripts reach, read without touching the database's history. */
    private MigrationVersion knownVersion() {
        // A history table name that never exists: Flyway then lists the scripts as pending, even
        // while an old-format history occupies the real name.
        MigrationInfo[] scripts = configuration().table(schema.name() + "_scripts_only").load().info().all();
        return Arrays.stream(scripts).map(MigrationInfo::getVersion).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(MigrationVersion.fromVersion("0"));
    }

    private void refuseNewerDatabase(Flyway flyway) {
        MigrationInfo[] all = flyway.info().all();
        boolean future = Arrays.stream(all).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED);
        if (future) {
            MigrationVersion applied = Arrays.stream(all).filter(m -> m.getState().isApplied()).map(MigrationInfo::getVersion)
                    .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElseThrow();
            MigrationVersion known = Arrays.stream(all).filter(m -> m.getState().isResolved()).map(MigrationInfo::getVersion)
                    .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(MigrationVersion.fromVersion("0"));
            throw newerThanCode(schema, database, applied.getVersion(), known);
        }
    }

    static OsdkitException newerThanCode(ModuleSchema schema, Database database, String applied, MigrationVersion known) {
        return new OsdkitException(CoreErrors.DB_MIGRATION_CHANGED,
                "The " + schema.name() + " tables in " + database + " are at version " + applied + " but this osdkit knows only up to " + known.getVersion() + ".",
                "Use the osdkit version that created them or a newer one.");
    }

    private void migrate(Flyway flyway) {
        try {
            flyway.migrate();
        } catch (FlywayValidateException e) {
            throw new OsdkitException(CoreErrors.DB_MIGRATION_CHANGED,
                    "The " + schema.name() + " migrations applied to " + database + " differ from this osdkit's: " + reason(e.getMessage()) + ".",
                    "A released migration must never be edited; add a script with the next version instead.", e);
        } catch (FlywayException e) {
            Optional<MigrationInfo> failed = Arrays.stream(flyway.info().all())
                    .filter(m -> m.getState() == MigrationState.FAILED || m.getState() == MigrationState.PENDING).findFirst();
            forgetFailure(flyway);
            String which = failed.map(m -> "V" + m.getVersion().getVersion() + " (" + m.getScript() + ") failed: ").orElse("");
            throw new OsdkitException(CoreErrors.DB_MIGRATION_FAILED,
                    "Could not update the " + schema.name() + " tables in " + database + ": " + which + Database.rootMessage(e),
                    "Check that the database user may create tables; the failed script was rolled back where the database allows it.", e);
        }
    }

    /**
     * H2 cannot roll back DDL, so Flyway records a failed script there and refuses to go on until it
     * is repaired; removing that record makes the next run retry the script, as on PostgreSQL.
     */
    private static void forgetFailure(Flyway flyway) {
        if (Arrays.stream(flyway.info().all()).anyMatch(m -> m.getState() == MigrationState.FAILED)) {
            flyway.repair();
        }
    }

    /** Flyway's first line is a header ("Validate failed: ..."), the second names the migration. */
    private static String reason(String message) {
        return message == null ? "" : message.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("Validate failed"))
                .findFirst().orElse(message.strip());
    }
}
