package org.osdkit.statemigration.guice;

import com.google.inject.Exposed;
import com.google.inject.PrivateModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.time.Clock;
import java.util.Objects;
import org.osdkit.core.Actor;
import org.osdkit.core.CoreSettings;
import org.osdkit.core.intent.IntentLog;
import org.osdkit.core.workspace.Workspace;
import org.osdkit.core.audit.AuditJournal;
import org.osdkit.core.files.DeletionFileSystem;
import org.osdkit.core.storage.Database;
import org.osdkit.core.storage.DatabaseKind;
import org.osdkit.statemigration.associations.AssociationRepository;
import org.osdkit.statemigration.associations.ImportAssociations;
import org.osdkit.statemigration.cleanup.CleanupJournal;
import org.osdkit.statemigration.cleanup.CleanupLocks;
import org.osdkit.statemigration.cleanup.HoldIntents;
import org.osdkit.statemigration.cleanup.HoldRepository;
import org.osdkit.statemigration.cleanup.LockTiming;
import org.osdkit.statemigration.cleanup.PlaceHold;
import org.osdkit.statemigration.cleanup.PlanCleanup;
import org.osdkit.statemigration.cleanup.ReconcileIntents;
import org.osdkit.statemigration.cleanup.RemoveHold;
import org.osdkit.statemigration.cleanup.RunCleanup;
import org.osdkit.statemigration.health.CheckHealth;
import org.osdkit.statemigration.health.HealthRecords;
import org.osdkit.statemigration.health.ShowCapacityHistory;
import org.osdkit.statemigration.health.ShowHealth;
import org.osdkit.statemigration.inventory.ReconcileSmp;
import org.osdkit.statemigration.inventory.StoreFileSystem;
import org.osdkit.statemigration.jdbc.StateMigrationStorage;
import org.osdkit.statemigration.settings.ConfigureSmp;
import org.osdkit.statemigration.settings.FindSmp;
import org.osdkit.statemigration.settings.SettingsRepository;

/**
 * The statemigration module's Guice bindings: the use cases and ports, built from their plain
 * constructors over the JDBC storage. Private: only the {@code @Exposed} API types are visible
 * outside. Needs core's bindings ({@code CoreModule}: database, audit journal, clock, settings) in
 * the same injector.
 */
public final class StateMigrationModule extends PrivateModule {

    private final LockTiming lockTiming;

    /** With the default cleanup-lock timing (a heartbeat every 5 s, stale after 30 s). */
    public StateMigrationModule() {
        this(LockTiming.DEFAULT);
    }

    /** With {@code lockTiming} for the per-SMP cleanup lock (the CLI reads it from the environment). */
    public StateMigrationModule(LockTiming lockTiming) {
        this.lockTiming = Objects.requireNonNull(lockTiming, "lockTiming");
    }

    @Override
    protected void configure() {
        // Everything is provided below.
    }

    @Provides
    @Singleton
    StateMigrationStorage storage(Database database) {
        return StateMigrationStorage.jdbc(database);
    }

    @Provides
    @Singleton
    @Exposed
    AssociationRepository associations(StateMigrationStorage storage) {
        return storage.associations();
    }

    @Provides
    @Singleton
    @Exposed
    SettingsRepository settings(StateMigrationStorage storage) {
        return storage.settings();
    }

    @Provides
    @Singleton
    @Exposed
    HoldRepository holds(StateMigrationStorage storage, Database database, CoreSettings core) {
        // On an H2 file a hold is announced first in a synced intent file: a killed process's last commits can be lost there.
        return HoldIntents.over(storage.holds(), holdLog(database, core));
    }

    /**
     * The workspace's hold intent file where the database is the workspace's kind (an H2 file), else none: on
     * PostgreSQL, durable on its own and shared by hosts, another host's workspace would never see this one's removals.
     */
    private static IntentLog holdLog(Database database, CoreSettings core) {
        return database.kind() == DatabaseKind.H2 && !database.settings().url().startsWith("jdbc:h2:mem:")
                ? IntentLog.in(new Workspace(core.workspace()).intentFolder(), "smp-holds") : IntentLog.none();
    }

    @Provides
    @Singleton
    @Exposed
    CleanupJournal journal(StateMigrationStorage storage) {
        return storage.journal();
    }

    @Provides
    @Singleton
    @Exposed
    CleanupLocks locks(StateMigrationStorage storage) {
        return storage.locks();
    }

    @Provides
    @Exposed
    LockTiming lockTiming() {
        return lockTiming;
    }

    @Provides
    @Singleton
    @Exposed
    HealthRecords healthRecords(StateMigrationStorage storage) {
        return storage.health();
    }

    @Provides
    @Singleton
    @Exposed
    StoreFileSystem fileSystem() {
        return StoreFileSystem.nio();
    }

    /** Not exposed: who acts is core's to say; the use cases here only record it. */
    @Provides
    Actor actor(CoreSettings core) {
        return core.actor();
    }

    @Provides
    @Exposed
    FindSmp findSmp(SettingsRepository settings) {
        return new FindSmp(settings);
    }

    @Provides
    @Exposed
    ConfigureSmp configureSmp(SettingsRepository settings, AuditJournal audit, Clock clock, Actor actor) {
        return new ConfigureSmp(settings, audit, clock, actor);
    }

    @Provides
    @Exposed
    ImportAssociations importAssociations(AssociationRepository associations, AuditJournal audit, Clock clock, Actor actor) {
        return new ImportAssociations(associations, audit, clock, actor);
    }

    @Provides
    @Exposed
    ReconcileSmp reconcileSmp(AssociationRepository associations, StoreFileSystem fileSystem) {
        return new ReconcileSmp(associations, fileSystem);
    }

    @Provides
    @Exposed
    PlanCleanup planCleanup(ReconcileSmp reconcile, HoldRepository holds, Clock clock) {
        return new PlanCleanup(reconcile, holds, clock);
    }

    @Provides
    @Exposed
    RunCleanup runCleanup(CleanupJournal journal, CleanupLocks locks, HoldRepository holds, Clock clock, Actor actor, CoreSettings core) {
        // The journal writes each store's association update and audit entry in the step's transaction; the intent
        // file in the workspace holds the run's begin and each deletion even if the database loses them to a kill.
        return new RunCleanup(journal, locks, holds, DeletionFileSystem.nio(), clock, actor, lockTiming, cleanupLog(core));
    }

    private static IntentLog cleanupLog(CoreSettings core) {
        return IntentLog.in(new Workspace(core.workspace()).intentFolder(), "smp-cleanup");
    }

    @Provides
    @Exposed
    PlaceHold placeHold(HoldRepository holds, AssociationRepository associations, SettingsRepository settings, ReconcileSmp reconcile,
                        AuditJournal audit, Clock clock, Actor actor) {
        return new PlaceHold(holds, associations, settings, reconcile, audit, clock, actor);
    }

    @Provides
    @Exposed
    RemoveHold removeHold(HoldRepository holds, SettingsRepository settings, AuditJournal audit, Clock clock, Actor actor) {
        return new RemoveHold(holds, settings, audit, clock, actor);
    }

    @Provides
    @Exposed
    CheckHealth checkHealth(ReconcileSmp reconcile, HoldRepository holds, CleanupJournal journal, CleanupLocks locks, StoreFileSystem fileSystem,
                            HealthRecords records, Clock clock, CoreSettings core) {
        // Health reconciles the intent files as a cleanup does, and reports what it gave back.
        return new CheckHealth(reconcile, holds, journal, locks, lockTiming.staleAfter(), fileSystem, records, clock,
                new ReconcileIntents(journal, cleanupLog(core), holds));
    }

    @Provides
    @Exposed
    ShowHealth showHealth(SettingsRepository settings, HealthRecords records) {
        return new ShowHealth(settings, records);
    }

    @Provides
    @Exposed
    ShowCapacityHistory showCapacityHistory(HealthRecords records) {
        return new ShowCapacityHistory(records);
    }
}
