package org.osdkit.web;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.osdkit.core.Actor;
import org.osdkit.core.Architecture;
import org.osdkit.core.CoreSettings;
import org.osdkit.core.HardwareModel;
import org.osdkit.core.OpenResources;
import org.osdkit.core.OsTarget;
import org.osdkit.core.PackageId;
import org.osdkit.core.SiteCode;
import org.osdkit.core.UncPath;
import org.osdkit.core.whatif.ShouldProcess;
import org.osdkit.drivers.catalog.ImportDrivers;
import org.osdkit.drivers.catalog.ImportRequest;
import org.osdkit.drivers.catalog.ScanListener;
import org.osdkit.drivers.distribution.DistributePackage;
import org.osdkit.drivers.distribution.DistributionListener;
import org.osdkit.drivers.distribution.DistributionState;
import org.osdkit.drivers.distribution.DistributionStatus;
import org.osdkit.drivers.distribution.DistributionStore;
import org.osdkit.drivers.distribution.RegisterDistributionPoint;
import org.osdkit.drivers.packages.CreateDriverPackage;
import org.osdkit.drivers.packages.PackageRequest;
import org.osdkit.logs.diagnosis.DiagnoseLogs;
import org.osdkit.logs.diagnosis.DiagnosisHistory;
import org.osdkit.logs.diagnosis.DiagnosisReport;
import org.osdkit.logs.diagnosis.RulePack;
import org.osdkit.logs.read.LogFile;
import org.osdkit.logs.read.ReadOptions;
import org.osdkit.sites.hierarchy.ImportHierarchy;
import org.osdkit.statemigration.associations.ImportAssociations;
import org.osdkit.statemigration.health.CheckHealth;
import org.osdkit.statemigration.settings.ConfigureSmp;
import org.osdkit.statemigration.settings.SmpSettings;
import org.osdkit.statemigration.settings.StorageFolder;

/**
 * A small estate in a workspace, built through the same use cases the CLI runs, for the page tests:
 * two XP x86 drivers in one Lenovo R61 package distributed to dp01 (and failed on dp02), the seed's
 * secondary site SE1 imported from its control file (which sits inside the {@code sites} root), an SMP
 * with stores and a stored health check, and one diagnosis of the KB961269 smpmgr.log.
 */
final class Estate {

    static final String DP1 = "dp01.contoso.com";
    static final String DP2 = "dp02.contoso.com";
    static final String CONTROL_FILE = "SCCM/Inboxes/SiteCtrl.box/sitectrl.ct0";
    static final Actor ADMIN = new Actor("cmadmin", "CONTOSO", "cm01");

    final Path root;
    final Path sites;
    final Path controlFile;
    final Path serviceState;
    final PackageId packageId;

    private Estate(Path root, Path sites, Path controlFile, Path serviceState, PackageId packageId) {
        this.root = root;
        this.sites = sites;
        this.controlFile = controlFile;
        this.serviceState = serviceState;
        this.packageId = packageId;
    }

    /** Builds the estate under {@code root} into the workspace of {@code settings} (H2 or a PostgreSQL URL). */
    static Estate build(Path root, CoreSettings settings) {
        try {
            return create(root, settings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The dashboard options the page tests start with: the sites root and a fake SMS_EXECUTIVE that records its state in a file. */
    DashboardOptions options() {
        return DashboardOptions.defaults().withPort(0).withRoot("sites", sites)
                .withSiteServiceCommands("echo STOPPED > '" + serviceState + "'", "echo RUNNING > '" + serviceState + "'",
                        "cat '" + serviceState + "'", Duration.ofSeconds(20));
    }

    private static Estate create(Path root, CoreSettings settings) throws IOException {
        Path sources = root.resolve("sources");
        driver(sources.resolve("Network"), "e1e5132", "Net", "{4d36e972-e325-11ce-bfc1-08002be10318}", "PCI\\VEN_8086&DEV_109A&SUBSYS_20DF17AA");
        driver(sources.resolve("Video"), "nv4_disp", "Display", "{4d36e968-e325-11ce-bfc1-08002be10318}", "PCI\\VEN_10DE&DEV_0429&SUBSYS_20DF17AA");
        Path share = Files.createDirectories(root.resolve("share"));
        Path dp1 = Files.createDirectories(root.resolve("dp01"));
        Path box = Files.createDirectories(root.resolve("sites/SCCM/Inboxes/SiteCtrl.box"));
        Files.createDirectories(box.resolve("incoming"));
        Files.createDirectories(box.resolve("history"));
        Path controlFile = box.resolve("sitectrl.ct0");
        try (InputStream in = Estate.class.getResourceAsStream("cm2007-secondary-se1.ct0")) {
            Files.copy(in, controlFile);
        }
        Path serviceState = Files.writeString(root.resolve("service.state"), "RUNNING\n");
        Path smpmgr = Files.writeString(root.resolve("smpmgr.log"), ActionRoutesTest.SMPMGR);
        // A named admin of the sample estate rather than this machine's account (the screenshots show it).
        CoreSettings admin = settings.withActor(ADMIN);
        Injector injector = Guice.createInjector(Dashboard.modules(admin));
        try {
            injector.getInstance(ImportDrivers.class).run(ImportRequest.of(sources, List.of("Lenovo R61")), ScanListener.NONE);
            var build = injector.getInstance(CreateDriverPackage.class).create(new PackageRequest(SiteCode.of("PR1"), new HardwareModel("Lenovo", "R61", "8935CTO"),
                    OsTarget.parse("XP", Architecture.X86), UncPath.of(share), List.of("Lenovo R61"), List.of(), List.of(), null, null, false));
            PackageId id = build.driverPackage().id();
            RegisterDistributionPoint points = injector.getInstance(RegisterDistributionPoint.class);
            points.register(DP1, SiteCode.of("PR1"), UncPath.of(dp1));
            points.register(DP2, SiteCode.of("PR1"), UncPath.of(Files.createDirectories(root.resolve("dp02"))));
            points.addToGroup("Branch DPs", List.of(DP1, DP2));
            injector.getInstance(DistributePackage.class).distribute(id, List.of(DP1), List.of(), ShouldProcess.always(), DistributionListener.NONE);
            injector.getInstance(DistributionStore.class).setStatus(new DistributionStatus(id, DP2, DistributionState.DISTRIBUTION_FAILED, 1,
                    Instant.now(), "The share of dp02 was not reachable"));

            injector.getInstance(ImportHierarchy.class).run(hierarchy(root), false);

            Path storage = smpStores(root);
            injector.getInstance(ConfigureSmp.class).save(new SmpSettings("SMP01", SiteCode.of("S01"), List.of(StorageFolder.parse(
                    "Directory=" + storage + ";MaxClients=100;MinDiskSpace=1;MinDiskSpaceUnit=1;", null)), Duration.ofDays(14), Duration.ZERO, false,
                    SmpSettings.DEFAULT_STORE_DEPTH));
            injector.getInstance(ImportAssociations.class).importFile(associations(root), ZoneOffset.UTC);
            injector.getInstance(CheckHealth.class).check(injector.getInstance(org.osdkit.statemigration.settings.SettingsRepository.class).find("SMP01")
                    .orElseThrow(), Duration.ofDays(30));

            DiagnosisReport report = injector.getInstance(DiagnoseLogs.class).diagnose(List.of(smpmgr.toString()), List.of(LogFile.of(smpmgr)),
                    injector.getInstance(RulePack.class), ReadOptions.defaults(), problem -> { });
            injector.getInstance(DiagnosisHistory.class).record(report, admin.actor());
            return new Estate(root, root.resolve("sites"), controlFile, serviceState, id);
        } finally {
            injector.getInstance(OpenResources.class).close();
        }
    }

    /** A ConfigMgr 2007 hierarchy (synthetic names): SE1 is the secondary whose control file the tests edit; SE9's parent is missing (a warning). */
    private static Path hierarchy(Path root) throws IOException {
        return Files.writeString(root.resolve("hierarchy.yaml"), String.join("\n",
                "# SYNTHETIC hierarchy written by the osdkit web tests (invented names).",
                "sites:",
                "  - {code: CEN, name: Central Brussels, type: primary, server: cm-cen.contoso.com, version: 4.00.6487.2000}",
                "  - {code: PR1, name: Primary Antwerp, type: primary, parent: CEN, server: cm-pr1.contoso.com, version: 4.00.6487.2000}",
                "  - {code: SE1, name: Secondary Ghent, type: secondary, parent: PR1, server: SE1SRV01, version: 4.00.6487.2000}",
                "  - {code: SE2, name: Secondary Leuven, type: secondary, parent: PR1, server: SE2SRV01, version: 4.00.6487.2000}",
                "  - {code: SE9, name: Secondary Orphan, type: secondary, parent: PR9, server: SE9SRV01, version: 4.00.6487.2000}", ""));
    }

    private static Path smpStores(Path root) throws IOException {
        Path storage = root.resolve("USMT");
        Path share = Files.createDirectories(storage.resolve("SMPSTOREE_B2DE4AB0$"));
        for (int i = 0; i < 3; i++) {
            Path usmt = Files.createDirectories(share.resolve("S" + i).resolve("USMT"));
            Files.write(usmt.resolve("USMT.MIG"), new byte[1000]);
        }
        return storage;
    }

    private static Path associations(Path root) throws IOException {
        StringBuilder csv = new StringBuilder("#TYPE IResultObject#SMS_StateMigration\r\n"
                + "\"SourceClientResourceID\",\"RestoreClientResourceID\",\"SourceName\",\"RestoreName\",\"MigrationID\","
                + "\"StoreCreationDate\",\"StoreReleaseDate\",\"StoreDeletionDate\",\"StorePath\"\r\n");
        String[][] stores = {{"PC7", "20090110000000.000000+000"}, {"HR-PC2", "20090111000000.000000+000"}, {"RECENT", "29990101000000.000000+000"}};
        for (int i = 0; i < stores.length; i++) {
            csv.append("\"").append(16777216 + i).append("\",\"").append(16777216 + i).append("\",\"").append(stores[i][0]).append("\",\"")
                    .append(stores[i][0]).append("\",\"MID").append(i).append("\",\"20090101000000.000000+000\",\"").append(stores[i][1])
                    .append("\",\"00000000000000.000000+***\",\"\\\\SMP01\\SMPSTOREE_B2DE4AB0$\\S").append(i).append("\"\r\n");
        }
        return Files.writeString(root.resolve("associations.csv"), csv);
    }

    /** A synthetic INF with its placeholder .sys and .cat (the demo's shape), so the import takes it as a signed PnP driver. */
    private static void driver(Path folder, String name, String setupClass, String classGuid, String hwid) throws IOException {
        Files.createDirectories(folder);
        String inf = String.join("\r\n",
                "; Synthetic INF written by the osdkit web tests.",
                "[Version]", "Signature=\"$Windows NT$\"", "Class=" + setupClass, "ClassGuid=" + classGuid,
                "Provider=%Prov%", "DriverVer=06/21/2007,9.13.41.3", "CatalogFile=" + name + ".cat",
                "[SourceDisksNames]", "1 = %Disk%", "[SourceDisksFiles]", name + ".sys = 1",
                "[Manufacturer]", "%Prov% = Models,NTx86", "[Models.NTx86]", "%Desc% = Install, " + hwid,
                "[Install.NT]", "CopyFiles = @" + name + ".sys",
                "[Strings]", "Prov = \"Contoso\"", "Desc = \"R61 " + name + " device\"", "Disk = \"Disk 1\"", "");
        Files.writeString(folder.resolve(name + ".inf"), inf, StandardCharsets.US_ASCII);
        Files.writeString(folder.resolve(name + ".sys"), "placeholder binary written by the osdkit web tests");
        Files.writeString(folder.resolve(name + ".cat"), "placeholder catalog written by the osdkit web tests");
    }
}
