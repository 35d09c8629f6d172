package org.osdkit.statemigration;

import com.google.inject.PrivateModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import jakarta.inject.Named;
import org.osdkit.core.CoreSettings;
import org.osdkit.core.storage.Database;

/**
 * The statemigration module's Guice bindings. Private: implementations stay inside, only the API is exposed.
 * Needs core's bindings ({@code CoreModule}) in the same injector.
 */
public final class StateMigrationModule extends PrivateModule {

    @Override
    protected void configure() {
        expose(AssociationRepository.class);
        expose(SettingsRepository.class);
        expose(HoldRepository.class);
        expose(CleanupJournal.class);
        expose(StoreFileSystem.class);
        bind(FindSmp.class);
        expose(FindSmp.class);
        bind(ConfigureSmp.class);
        expose(ConfigureSmp.class);
        bind(ImportAssociations.class);
        expose(ImportAssociations.class);
        bind(ReconcileSmp.class);
        expose(ReconcileSmp.class);
        bind(PlanCleanup.class);
        expose(PlanCleanup.class);
        bind(RunCleanup.class);
        expose(RunCleanup.class);
        bind(PlaceHold.class);
        expose(PlaceHold.class);
        bind(CheckHealth.class);
        expose(CheckHealth.class);
    }

    @Provides
    @Singleton
    AssociationRepository associations(Database database) {
        return AssociationRepository.jdbc(database);
    }

    @Provides
    @Singleton
    SettingsRepository settings(Database database) {
        return SettingsRepository.jdbc(database);
    }

    @Provides
    @Singleton
    HoldRepository holds(Database database) {
        return HoldRepository.jdbc(database);
    }

    @Provides
    @Singleton
    CleanupJournal journal(Database database) {
        return CleanupJournal.jdbc(database);
    }

    @Provides
    @Singleton
    StoreFileSystem fileSystem() {
        return StoreFileSystem.nio();
    }

    /** The account recorded in audit entries and the cleanup journal. */
    @Provides
    @Named("actor")
    String actor(CoreSettings settings) {
        return settings.actor();
    }
}
