package org.osdkit.drivers;

import com.google.inject.PrivateModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.time.Clock;
import org.osdkit.core.CoreSettings;
import org.osdkit.core.audit.AuditJournal;
import org.osdkit.core.storage.Database;
import org.osdkit.drivers.internal.JdbcDistributionStore;
import org.osdkit.drivers.internal.JdbcDriverCatalog;
import org.osdkit.drivers.internal.JdbcDriverPackageStore;
import org.osdkit.drivers.internal.JdbcImportCache;

/**
 * The drivers module's Guice bindings. Private: the JDBC adapters stay inside, the use cases and
 * ports are exposed. Needs core's bindings ({@code CoreModule}) in the same injector. The adapters are
 * built by provider methods, so Guice never generates code against the unexported {@code internal}
 * package.
 */
public final class DriversModule extends PrivateModule {

    @Override
    protected void configure() {
        expose(DriverCatalog.class);
        expose(DriverPackageStore.class);
        expose(DistributionStore.class);
        for (Class<?> useCase : new Class<?>[] {ScanDriverSources.class, ImportDrivers.class, CreateDriverPackage.class, UpdateDriverPackage.class,
                RemoveDriverPackage.class, RegisterDistributionPoint.class, DistributePackage.class, MatchDrivers.class, SetDriverEnabled.class}) {
            bind(useCase);
            expose(useCase);
        }
    }

    @Provides
    @Singleton
    DriverCatalog catalog(Database database) {
        return new JdbcDriverCatalog(database);
    }

    @Provides
    @Singleton
    ImportCache importCache(Database database) {
        return new JdbcImportCache(database);
    }

    @Provides
    @Singleton
    DriverPackageStore packages(Database database) {
        return new JdbcDriverPackageStore(database);
    }

    @Provides
    @Singleton
    DistributionStore distribution(Database database, Clock clock) {
        return new JdbcDistributionStore(database, clock);
    }

    /** Audit entries name the account osdkit runs as, from core's settings. */
    @Provides
    @Singleton
    AuditTrail auditTrail(AuditJournal journal, Clock clock, CoreSettings settings) {
        return new AuditTrail(journal, clock, settings.actor());
    }
}
