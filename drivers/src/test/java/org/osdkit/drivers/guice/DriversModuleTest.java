package org.osdkit.drivers.guice;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.CoreSettings;
import org.osdkit.core.audit.AuditJournal;
import org.osdkit.core.storage.Database;
import org.osdkit.core.testing.ScratchDatabases;
import org.osdkit.drivers.catalog.AuditTrail;
import org.osdkit.drivers.catalog.DriverCatalog;
import org.osdkit.drivers.catalog.ImportCache;
import org.osdkit.drivers.catalog.ImportDrivers;
import org.osdkit.drivers.catalog.RecordingJournal;
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

/** The Guice module builds every use case over one storage and exposes the API only. */
class DriversModuleTest {

    @TempDir
    Path workspace;

    Database database;
    Injector injector;

    @BeforeEach
    void inject() {
        database = ScratchDatabases.h2();
        injector = Guice.createInjector(new AbstractModule() {
            @Override
            protected void configure() {
                bind(Database.class).toInstance(database);
                bind(Clock.class).toInstance(Clock.systemUTC());
                bind(AuditJournal.class).toInstance(new RecordingJournal());
                bind(CoreSettings.class).toInstance(CoreSettings.of(workspace, null));
            }
        }, new DriversModule());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void exposesEveryUseCaseAndThePorts() {
        for (Class<?> type : List.of(ScanDriverSources.class, ImportDrivers.class, SetDriverEnabled.class, CreateDriverPackage.class,
                UpdateDriverPackage.class, RemoveDriverPackage.class, RegisterDistributionPoint.class, DistributePackage.class, MatchDrivers.class,
                RemoveCatalogDriver.class, ContentStatus.class,
                DriverCatalog.class, DriverPackageStore.class, DistributionStore.class)) {
            assertNotNull(injector.getInstance(type), type.getSimpleName());
        }
        assertSame(injector.getInstance(DriverCatalog.class), injector.getInstance(DriverCatalog.class), "one catalog per injector");
    }

    @Test
    void keepsTheStorageTheCacheAndTheAuditTrailInside() {
        for (Class<?> type : List.of(DriversStorage.class, ImportCache.class, AuditTrail.class)) {
            assertNull(injector.getExistingBinding(Key.get(type)), type.getSimpleName() + " is exposed");
        }
    }
}
