package org.osdkit.drivers.catalog;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.Actor;
import org.osdkit.core.Architecture;
import org.osdkit.core.HardwareModel;
import org.osdkit.core.OsTarget;
import org.osdkit.core.SiteCode;
import org.osdkit.core.UncPath;
import org.osdkit.core.storage.Database;
import org.osdkit.core.testing.ScratchDatabases;
import org.osdkit.drivers.jdbc.DriversStorage;
import org.osdkit.drivers.packages.CreateDriverPackage;
import org.osdkit.drivers.packages.PackageRequest;
import org.osdkit.drivers.packages.UpdateDriverPackage;

/**
 * The seed's setup on a folder share: the R61's XP sources imported into the catalog under the
 * category {@code R61-8935CTO}, and the use cases wired to an H2 scratch database.
 */
public abstract class SeedWorkflowFixture {

    protected static final SiteCode PS1 = SiteCode.of("PS1");
    protected static final HardwareModel R61 = new HardwareModel("Lenovo", "R61", "8935CTO");
    protected static final OsTarget XP = OsTarget.parse("XP", Architecture.X86);

    @TempDir
    protected Path shareFolder;

    protected Database database;
    protected DriversStorage storage;
    protected final RecordingJournal journal = new RecordingJournal();
    protected AuditTrail audit;
    protected Path sources;
    protected UncPath share;
    protected ImportReport imported;

    @BeforeEach
    void seed() {
        database = ScratchDatabases.h2();
        storage = DriversStorage.jdbc(database, StorageContract.CLOCK);
        audit = new AuditTrail(journal, StorageContract.CLOCK, Actor.of("tester", ""));
        sources = R61Sources.write(shareFolder);
        share = UncPath.of(shareFolder);
        imported = importSources();
    }

    protected ImportReport importSources() {
        return new ImportDrivers(storage.catalog(), storage.importCache(), audit).run(ImportRequest.of(sources, List.of("R61-8935CTO")), ScanListener.NONE);
    }

    @AfterEach
    void close() {
        database.close();
    }

    protected String hashOf(String relativeInf) {
        return imported.infs().stream().filter(i -> i.relativePath().equals(relativeInf)).findFirst().orElseThrow().driverHash();
    }
}
