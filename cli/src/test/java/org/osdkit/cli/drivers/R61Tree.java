package org.osdkit.cli.drivers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small synthetic source tree for the seed's Lenovo R61 8935CTO on XP: two INF drivers for x86,
 * one for x64 only, and a setup-based card reader. Made up for the CLI tests.
 */
public final class R61Tree {

    static final String NIC = "PCI\\VEN_8086&DEV_109A&SUBSYS_20DF17AA";

    private R61Tree() {
    }

    /** Writes {@code <share>/_OriginalSources_/XP/R61-8935CTO} and returns it. */
    public static Path write(Path share) throws IOException {
        Path root = share.resolve("_OriginalSources_").resolve("XP").resolve("R61-8935CTO");
        driver(root.resolve("Network"), "e1e5132", "Net", NIC, "NTx86");
        driver(root.resolve("Video"), "nv4_disp", "Display", "PCI\\VEN_10DE&DEV_0429", "NTx86");
        driver(root.resolve("Wireless"), "netw4x64", "Net", "PCI\\VEN_8086&DEV_4229", "NTamd64");
        Path card = Files.createDirectories(root.resolve("CardReader"));
        Files.writeString(card.resolve("setup.exe"), "MZ synthetic");
        Files.writeString(card.resolve("setup.iss"), "[InstallShield Silent]\r\n");
        return root;
    }

    private static void driver(Path folder, String name, String setupClass, String hwid, String decoration) throws IOException {
        Files.createDirectories(folder);
        String inf = String.join("\r\n",
                "[Version]", "Signature=\"$Windows NT$\"", "Class=" + setupClass, "ClassGuid={4d36e972-e325-11ce-bfc1-08002be10318}",
                "Provider=%Prov%", "DriverVer=06/21/2007,9.13.41.3", "CatalogFile=" + name + ".cat", "PnpLockdown=1",
                "[SourceDisksNames]", "1 = %Disk%", "[SourceDisksFiles]", name + ".sys = 1",
                "[Manufacturer]", "%Prov% = Models," + decoration, "[Models." + decoration + "]", "%Desc% = Install, " + hwid,
                "[Install.NT]", "CopyFiles = @" + name + ".sys",
                "[Strings]", "Prov = \"Contoso\"", "Desc = \"" + name + " device\"", "Disk = \"Disk 1\"", "");
        Files.writeString(folder.resolve(name + ".inf"), inf);
        Files.writeString(folder.resolve(name + ".sys"), "binary " + name);
        Files.writeString(folder.resolve(name + ".cat"), "catalog " + name);
    }
}
