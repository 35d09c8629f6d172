package org.osdkit.cli.drivers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.osdkit.cli.CliRun;
import org.osdkit.core.PackageId;
import org.osdkit.core.storage.Database;
import org.osdkit.drivers.catalog.DriverFile;
import org.osdkit.drivers.catalog.FileHasher;
import org.osdkit.drivers.distribution.DistributionStatus;
import org.osdkit.drivers.jdbc.DriversStorage;
import org.osdkit.drivers.packages.PackageManifest;

/**
 * What the redistribute fault tests start from, in a test's folder: the R61's sources with a made-up driver of
 * {@value #BULK_FILES} payload files (release 1) imported under {@code R61-8935CTO}, the package PS100001 built on
 * a folder share, and the DP dp01.contoso.com on a share folder of its own; and what they look at afterwards.
 */
final class BulkPackageEstate {

    static final int BULK_FILES = 200;
    static final int BULK_BYTES = 24 * 1024;
    static final PackageId ID = PackageId.of("PS100001");
    static final String DP = "dp01.contoso.com";
    static final String CATEGORY = "R61-8935CTO";

    final Path workspace;
    final Path share;
    final Path dpShare;
    /** The package's source folder on the share. */
    final Path folder;
    Path sources;

    /** The folders only: a test may mount something on {@link #dpShare} before {@link #build}. */
    BulkPackageEstate(Path tmp) throws IOException {
        workspace = tmp.resolve("ws");
        share = Files.createDirectories(tmp.resolve("share"));
        dpShare = Files.createDirectories(tmp.resolve("dp"));
        folder = share.resolve("SCCM_Driver_Packages").resolve("XP").resolve("R61-8935CTO");
    }

    /** Imports the sources, builds the package and adds the DP, through the CLI. */
    BulkPackageEstate build() throws IOException {
        sources = R61Tree.write(share);
        bulkDriver(sources.resolve("Bulk"), 1);
        ok("drivers", "import", sources.toString(), "--category", CATEGORY);
        ok("drivers", "package", "create", "--site", "PS1", "--manufacturer", "Lenovo", "--model", "R61", "--sku", "8935CTO",
                "--os", "XP", "--arch", "x86", "--share", share.toString(), "--category", CATEGORY);
        ok("drivers", "dp", "add", "--name", DP, "--site", "PS1", "--share", dpShare.toString());
        return this;
    }

    /** Release {@code release} of the bulk driver imported beside the sources and the package updated to it. */
    void release(int release) throws IOException {
        Path next = sources.resolveSibling("Bulk-release-" + release);
        bulkDriver(next, release);
        ok("drivers", "import", next.toString(), "--category", CATEGORY);
        ok("drivers", "package", "update", ID.value());
    }

    /** Runs the CLI on the estate's workspace and asserts exit code 0. */
    CliRun ok(String... args) {
        CliRun run = CliRun.in(workspace, args);
        assertEquals(0, run.exitCode(), String.join(" ", args) + "\n" + run.out() + run.err());
        return run;
    }

    /** The package's content folder on the DP. */
    Path content() {
        return dpShare.resolve(ID.value());
    }

    Path staging() {
        return dpShare.resolve(ID + ".osdkit-staging");
    }

    /** Where the previous version waits while the new one is switched in. */
    Path old() {
        return dpShare.resolve(ID + ".osdkit-old");
    }

    /** The DP's status for the package, as {@code database} has it. */
    DistributionStatus status(Database database) {
        return DriversStorage.jdbc(database, Clock.systemUTC()).distribution().status(Optional.of(ID)).stream()
                .filter(s -> s.dpName().equals(DP)).findFirst().orElseThrow();
    }

    /** The package's files by the manifest on the share: relative path to SHA-256. */
    Map<String, String> manifestFiles() throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (DriverFile f : PackageManifest.files(folder)) {
            out.put(f.relativePath().replace('\\', '/'), f.sha256());
        }
        return out;
    }

    /** Every file under {@code root} (links as "link"): relative path to SHA-256. */
    static Map<String, String> onDisk(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                out.put(root.relativize(p).toString().replace('\\', '/'),
                        Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) ? FileHasher.hash(p).sha256() : "link");
            }
        }
        return out;
    }

    /** Release {@code release} of a made-up driver with {@value #BULK_FILES} payload files: same provider, INF name and hardware ID, newer DriverVer. */
    static void bulkDriver(Path dir, int release) throws IOException {
        Files.createDirectories(dir);
        StringBuilder disks = new StringBuilder();
        StringBuilder copy = new StringBuilder();
        Random bytes = new Random(release);
        for (int i = 0; i < BULK_FILES; i++) {
            String name = String.format("bulk%03d.bin", i);
            byte[] data = new byte[BULK_BYTES];
            bytes.nextBytes(data);
            Files.write(dir.resolve(name), data);
            disks.append(name).append(" = 1\r\n");
            copy.append(name).append("\r\n");
        }
        String inf = String.join("\r\n",
                "[Version]", "Signature=\"$Windows NT$\"", "Class=System", "ClassGuid={4d36e97d-e325-11ce-bfc1-08002be10318}",
                "Provider=%Prov%", String.format("DriverVer=01/%02d/2020,1.0.0.%d", release, release), "CatalogFile=bulk.cat", "PnpLockdown=1",
                "[SourceDisksNames]", "1 = %Disk%", "[SourceDisksFiles]", disks.toString(),
                "[Manufacturer]", "%Prov% = Models,NTx86", "[Models.NTx86]", "%Desc% = Install, PCI\\VEN_1AF4&DEV_1000",
                "[Install.NT]", "CopyFiles = BulkFiles", "[BulkFiles]", copy.toString(),
                "[DestinationDirs]", "BulkFiles = 12",
                "[Strings]", "Prov = \"Contoso\"", "Desc = \"bulk device\"", "Disk = \"Disk 1\"", "");
        Files.writeString(dir.resolve("bulk.inf"), inf);
        Files.writeString(dir.resolve("bulk.cat"), "catalog bulk " + release);
    }
}
