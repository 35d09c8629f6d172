package org.osdkit.examples.drivers;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.osdkit.core.Actor;
import org.osdkit.core.audit.AuditJournal;
import org.osdkit.core.storage.Database;
import org.osdkit.core.storage.DatabaseSettings;
import org.osdkit.drivers.catalog.AuditTrail;
import org.osdkit.drivers.catalog.CatalogQuery;
import org.osdkit.drivers.catalog.ImportDrivers;
import org.osdkit.drivers.catalog.ImportRequest;
import org.osdkit.drivers.catalog.ScanListener;
import org.osdkit.drivers.jdbc.DriversStorage;

/** Imports a vendor driver folder into a catalog in an embedded database and lists what it holds. */
public final class DriverCatalogExample {

    public static void main(String[] args) {
        try (Database db = Database.open(DatabaseSettings.of("jdbc:h2:file:" + Path.of(args[1]).toAbsolutePath().resolve("catalog")))) {
            DriversStorage storage = DriversStorage.jdbc(db);
            AuditTrail audit = new AuditTrail(AuditJournal.jdbc(db), Clock.systemUTC(), Actor.current());
            var report = new ImportDrivers(storage.catalog(), storage.importCache(), audit)
                    .run(ImportRequest.of(Path.of(args[0]), List.of("Example")), ScanListener.NONE);
            System.out.println(report.summary());
            storage.catalog().query(CatalogQuery.ALL).forEach(d -> System.out.println(d.provider() + " " + d.infName() + " " + d.driverVer()));
        }
    }
}
