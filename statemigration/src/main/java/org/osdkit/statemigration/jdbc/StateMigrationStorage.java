package org.osdkit.statemigration.jdbc;

import java.util.Objects;
import org.osdkit.core.audit.AuditTable;
import org.osdkit.core.storage.Database;
import org.osdkit.statemigration.associations.AssociationRepository;
import org.osdkit.statemigration.cleanup.CleanupJournal;
import org.osdkit.statemigration.cleanup.CleanupLocks;
import org.osdkit.statemigration.cleanup.HoldRepository;
import org.osdkit.statemigration.health.HealthRecords;
import org.osdkit.statemigration.settings.SettingsRepository;

/**
 * The statemigration module's storage ports in one database (tables {@code smp_*}, H2 or PostgreSQL):
 * {@code StateMigrationStorage.jdbc(database).associations()} and so on. The module's tables are
 * created or updated when the storage is made.
 */
public final class StateMigrationStorage {

    private final AssociationRepository associations;
    private final SettingsRepository settings;
    private final HoldRepository holds;
    private final CleanupJournal journal;
    private final CleanupLocks locks;
    private final HealthRecords health;

    private StateMigrationStorage(Database database) {
        Sql.migrate(database);
        // The journal writes a deleted store's audit entry in the step's own transaction: core's table must be there.
        AuditTable.prepare(database);
        this.associations = new JdbcAssociations(database);
        this.settings = new JdbcSettings(database);
        this.holds = new JdbcHolds(database);
        this.journal = new JdbcCleanupJournal(database);
        this.locks = new JdbcCleanupLocks(database);
        this.health = new JdbcHealthRecords(database);
    }

    /** The storage in {@code database}, its tables created or updated first. */
    public static StateMigrationStorage jdbc(Database database) {
        return new StateMigrationStorage(Objects.requireNonNull(database, "database"));
    }

    /** The imported computer associations ({@code smp_associations}). */
    public AssociationRepository associations() {
        return associations;
    }

    /** The SMPs' settings ({@code smp_settings}, {@code smp_storage_folders}). */
    public SettingsRepository settings() {
        return settings;
    }

    /** The admins' holds with what each covers ({@code smp_holds}, {@code smp_hold_coverage}). */
    public HoldRepository holds() {
        return holds;
    }

    /**
     * The cleanup journal ({@code smp_cleanup_runs}, {@code smp_cleanup_steps}); a finished step's association
     * update and audit entry ({@code core_audit} of the same database) are written in its transaction.
     */
    public CleanupJournal journal() {
        return journal;
    }

    /** The per-SMP cleanup locks ({@code smp_cleanup_locks}). */
    public CleanupLocks locks() {
        return locks;
    }

    /** The last health check of each SMP ({@code smp_health_checks}). */
    public HealthRecords health() {
        return health;
    }
}
