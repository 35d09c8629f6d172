package org.osdkit.web;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.osdkit.core.CoreSettings;
import org.osdkit.core.OpenResources;
import org.osdkit.core.SiteCode;
import org.osdkit.statemigration.associations.ImportAssociations;
import org.osdkit.statemigration.health.CheckHealth;
import org.osdkit.statemigration.settings.ConfigureSmp;
import org.osdkit.statemigration.settings.FindSmp;
import org.osdkit.statemigration.settings.SmpSettings;
import org.osdkit.statemigration.settings.StorageFolder;

/**
 * SMP01 for the State migration page tests, set up through the use cases as an admin would with the CLI: two released
 * stores past the delay (PC7, HR-PC2) and one inside it (RECENT), which {@link ActionRoutesTest} uses too, and
 * {@code checks} health checks kept (the capacity chart's points).
 */
final class SmpEstate {

    private SmpEstate() {
    }

    /** Builds it under {@code tmp}; returns the storage folder (its share holds stores S0, S1, S2). */
    static Path create(Path tmp, Path workspace, int checks) throws IOException {
        Path storage = tmp.resolve("USMT");
        Path share = Files.createDirectories(storage.resolve("SMPSTOREE_B2DE4AB0$"));
        StringBuilder csv = new StringBuilder("#TYPE IResultObject#SMS_StateMigration\r\n"
                + "\"SourceClientResourceID\",\"RestoreClientResourceID\",\"SourceName\",\"RestoreName\",\"MigrationID\","
                + "\"StoreCreationDate\",\"StoreReleaseDate\",\"StoreDeletionDate\",\"StorePath\"\r\n");
        String[][] stores = {{"PC7", "20090110000000.000000+000"}, {"HR-PC2", "20090111000000.000000+000"}, {"RECENT", "29990101000000.000000+000"}};
        for (int i = 0; i < stores.length; i++) {
            Path usmt = Files.createDirectories(share.resolve("S" + i).resolve("USMT"));
            Files.write(usmt.resolve("USMT.MIG"), new byte[1000]);
            csv.append("\"").append(16777216 + i).append("\",\"").append(16777216 + i).append("\",\"").append(stores[i][0]).append("\",\"")
                    .append(stores[i][0]).append("\",\"MID").append(i).append("\",\"20090101000000.000000+000\",\"").append(stores[i][1])
                    .append("\",\"00000000000000.000000+***\",\"\\\\SMP01\\SMPSTOREE_B2DE4AB0$\\S").append(i).append("\"\r\n");
        }
        Path export = Files.writeString(tmp.resolve("associations.csv"), csv);
        Injector injector = Guice.createInjector(Dashboard.modules(CoreSettings.of(workspace, null)));
        try {
            injector.getInstance(ConfigureSmp.class).save(new SmpSettings("SMP01", SiteCode.of("S01"), List.of(StorageFolder.parse(
                    "Directory=" + storage + ";MaxClients=100;MinDiskSpace=1;MinDiskSpaceUnit=1;", null)), Duration.ofDays(14), Duration.ZERO, false,
                    SmpSettings.DEFAULT_STORE_DEPTH));
            injector.getInstance(ImportAssociations.class).importFile(export, ZoneOffset.UTC);
            SmpSettings settings = injector.getInstance(FindSmp.class).find("SMP01");
            for (int i = 0; i < checks; i++) {
                injector.getInstance(CheckHealth.class).check(settings, Duration.ofDays(30));
            }
        } finally {
            injector.getInstance(OpenResources.class).close();
        }
        return storage;
    }
}
