package org.osdkit.drivers;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.Architecture;
import org.osdkit.core.HardwareModel;
import org.osdkit.core.OsTarget;
import org.osdkit.core.SiteCode;
import org.osdkit.core.UncPath;
import org.osdkit.core.storage.Database;
import org.osdkit.core.storage.ScratchDatabases;

/**
 * The seed's setup on a folder share: the R61's XP sources imported into the catalog under the
 * category {@code R61-8935CTO}, and the use cases wired to an H2 scratch database.
 */
abstract class SeedWorkflowFixture {

    static final SiteCode PS1 = SiteCode.of("PS1");
    static final HardwareModel R61 = new HardwareModel("Lenovo", "R61", "8935CTO");
    static final OsTarget XP = OsTarget.parse("XP", Architecture.X86);

    @TempDir
    Path shareFolder;

    Database database;
    DriverStorage storage;
    final RecordingJournal journal = new RecordingJournal();
    AuditTrail audit;
    Path sources;
    UncPath share;
    ImportReport imported;

    @BeforeEach
    void seed() {
        database = ScratchDatabases.h2();
        storage = DriverStorage.jdbc(database, StorageContract.CLOCK);
        audit = new AuditTrail(journal, StorageContract.CLOCK, "tester");
        sources = R61Sources.write(shareFolder);
        share = UncPath.of(shareFolder);
        imported = importSources();
    }

    ImportReport importSources() {
        return new ImportDrivers(storage.catalog(), storage.importCache(), audit).run(ImportRequest.of(sources, List.of("R61-8935CTO")), ScanListener.NONE);
    }

    @AfterEach
    void close() {
        database.close();
    }

    CreateDriverPackage create() {
        return new CreateDriverPackage(storage.catalog(), storage.packages(), audit);
    }

    UpdateDriverPackage update() {
        return new UpdateDriverPackage(storage.catalog(), storage.packages(), audit);
    }

    PackageRequest r61(List<String> exclusions, boolean whatIf) {
        return new PackageRequest(PS1, R61, XP, share, List.of("R61-8935CTO"), List.of(), exclusions, null, "Lenovo R61 8935CTO, XP", whatIf);
    }

    String hashOf(String relativeInf) {
        return imported.infs().stream().filter(i -> i.relativePath().equals(relativeInf)).findFirst().orElseThrow().driverHash();
    }
}
