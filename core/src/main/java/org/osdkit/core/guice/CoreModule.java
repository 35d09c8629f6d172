package org.osdkit.core.guice;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.time.Clock;
import org.osdkit.core.CoreSettings;
import org.osdkit.core.OpenResources;
import org.osdkit.core.audit.AuditJournal;
import org.osdkit.core.storage.Database;
import org.osdkit.core.storage.DatabaseSettings;
import org.osdkit.core.workspace.Workspace;

/**
 * Binds core's infrastructure for a composition root: settings, the clock port ({@link Clock}), the
 * workspace, the database and the audit journal. Everything is created on first use, so
 * {@code osdkit --help} opens nothing.
 */
public final class CoreModule extends AbstractModule {

    private final CoreSettings settings;

    public CoreModule(CoreSettings settings) {
        this.settings = settings;
    }

    @Override
    protected void configure() {
        bind(CoreSettings.class).toInstance(settings);
        bind(OpenResources.class).in(Singleton.class);
    }

    /** The clock port: domains take a {@link Clock} so tests and what-if runs can fix the time. */
    @Provides
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Provides
    @Singleton
    Workspace workspace() {
        return Workspace.open(settings.workspace());
    }

    @Provides
    @Singleton
    Database database(Workspace workspace, OpenResources resources) {
        DatabaseSettings db = settings.databaseUrl() == null
                ? DatabaseSettings.forWorkspace(workspace)
                : DatabaseSettings.of(settings.databaseUrl());
        return resources.register(Database.open(db));
    }

    @Provides
    @Singleton
    AuditJournal auditJournal(Database database) {
        return AuditJournal.jdbc(database);
    }
}
