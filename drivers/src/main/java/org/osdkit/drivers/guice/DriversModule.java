package org.osdkit.drivers.guice;

import com.google.inject.Exposed;
import com.google.inject.PrivateModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.time.Clock;
import org.osdkit.core.Actor;
import org.osdkit.core.CoreSettings;
import org.osdkit.core.audit.AuditJournal;
import org.osdkit.core.storage.Database;
import org.osdkit.drivers.catalog.AuditTrail;
import org.osdkit.drivers.catalog.DriverCatalog;
import org.osdkit.drivers.catalog.ImportCache;
import org.osdkit.drivers.catalog.ImportDrivers;
import org.osdkit.drivers.catalog.ScanDriverSources;
import org.osdkit.drivers.catalog.SetDriverEnabled;
import org.osdkit.drivers.distribution.ContentStatus;
import org.osdkit.drivers.distribution.DistributePackage;
import org.osdkit.drivers.distribution.DistributionStore;
import org.osdkit.drivers.distribution.RegisterDistributionPoint;
import org.osdkit.drivers.distribution.RemoveDriverPackage;
import org.osdkit.drivers.jdbc.DriversStorage;
import org.osdkit.drivers.matching.MatchDrivers;
import org.osdkit.drivers.packages.CreateDriverPackage;
import org.osdkit.drivers.packages.DriverPackageStore;
import org.osdkit.drivers.packages.RemoveCatalogDriver;
import org.osdkit.drivers.packages.UpdateDriverPackage;

/**
 * The drivers module's Guice bindings: a private module that builds the use cases with their plain
 * constructors over {@link DriversStorage#jdbc(Database, Clock)} and exposes only API types (the
 * ports and the use cases). Needs core's bindings ({@code Database}, {@code Clock},
 * {@code AuditJournal}, {@code CoreSettings}) in the same injector.
 */
public final class DriversModule extends PrivateModule {

    @Override
    protected void configure() {
        // Everything is built by the provider methods below.
    }

    @Provides
    @Singleton
    DriversStorage storage(Database database, Clock clock) {
        return DriversStorage.jdbc(database, clock);
    }

    /** Audit entries name the account osdkit runs as, from core's settings, as core's {@link Actor}. */
    @Provides
    @Singleton
    AuditTrail auditTrail(AuditJournal journal, Clock clock, CoreSettings settings) {
        return new AuditTrail(journal, clock, settings.actor());
    }

    @Provides
    @Exposed
    DriverCatalog catalog(DriversStorage storage) {
        return storage.catalog();
    }

    @Provides
    ImportCache importCache(DriversStorage storage) {
        return storage.importCache();
    }

    @Provides
    @Exposed
    DriverPackageStore packages(DriversStorage storage) {
        return storage.packages();
    }

    @Provides
    @Exposed
    DistributionStore distribution(DriversStorage storage) {
        return storage.distribution();
    }

    @Provides
    @Exposed
    ScanDriverSources scan() {
        return new ScanDriverSources();
    }

    @Provides
    @Exposed
    ImportDrivers importDrivers(DriverCatalog catalog, ImportCache cache, AuditTrail audit) {
        return new ImportDrivers(catalog, cache, audit);
    }

    @Provides
    @Exposed
    SetDriverEnabled setDriverEnabled(DriverCatalog catalog, AuditTrail audit) {
        return new SetDriverEnabled(catalog, audit);
    }

    @Provides
    @Exposed
    CreateDriverPackage createPackage(DriverCatalog catalog, DriverPackageStore packages, AuditTrail audit) {
        return new CreateDriverPackage(catalog, packages, audit);
    }

    @Provides
    @Exposed
    UpdateDriverPackage updatePackage(DriverCatalog catalog, DriverPackageStore packages, AuditTrail audit) {
        return new UpdateDriverPackage(catalog, packages, audit);
    }

    @Provides
    @Exposed
    RemoveDriverPackage removePackage(DriverPackageStore packages, DistributionStore distribution, AuditTrail audit) {
        return new RemoveDriverPackage(packages, distribution, audit);
    }

    @Provides
    @Exposed
    RegisterDistributionPoint registerPoint(DistributionStore distribution, AuditTrail audit) {
        return new RegisterDistributionPoint(distribution, audit);
    }

    @Provides
    @Exposed
    DistributePackage distribute(DriverPackageStore packages, DistributionStore distribution, AuditTrail audit) {
        return new DistributePackage(packages, distribution, audit);
    }

    @Provides
    @Exposed
    RemoveCatalogDriver removeDriver(DriverCatalog catalog, DriverPackageStore packages, AuditTrail audit) {
        return new RemoveCatalogDriver(catalog, packages, audit);
    }

    @Provides
    @Exposed
    ContentStatus contentStatus(DriverPackageStore packages, DistributionStore distribution) {
        return new ContentStatus(packages, distribution);
    }

    @Provides
    @Exposed
    MatchDrivers match(DriverCatalog catalog) {
        return new MatchDrivers(catalog);
    }
}
