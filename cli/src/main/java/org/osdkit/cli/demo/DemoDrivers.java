package org.osdkit.cli.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Vendor driver sources for one hardware model, as a vendor's download unpacks: INF drivers for XP x86
 * (network, video), one for x64 only (which the XP x86 package leaves out, saying why), and a "bad"
 * driver that is only a setup.exe (a hardware application, never imported as a driver).
 */
final class DemoDrivers {

    private DemoDrivers() {
    }

    static void write(Path root, SampleEstate.Model model) throws IOException {
        String subsys = switch (model.manufacturer()) {
            case "Lenovo" -> "20DF17AA";
            case "Dell" -> "01F91028";
            default -> "30C2103C";
        };
        driver(root.resolve("Network"), "e1e5132", "Net", "{4d36e972-e325-11ce-bfc1-08002be10318}",
                "PCI\\VEN_8086&DEV_109A&SUBSYS_" + subsys, "NTx86", model);
        driver(root.resolve("Video"), "nv4_disp", "Display", "{4d36e968-e325-11ce-bfc1-08002be10318}",
                "PCI\\VEN_10DE&DEV_0429&SUBSYS_" + subsys, "NTx86", model);
        driver(root.resolve("Wireless"), "netw4x64", "Net", "{4d36e972-e325-11ce-bfc1-08002be10318}",
                "PCI\\VEN_8086&DEV_4229", "NTamd64", model);
        Path card = Files.createDirectories(root.resolve("CardReader"));
        Files.writeString(card.resolve("setup.exe"), "MZ placeholder written by osdkit demo: not a program");
        Files.writeString(card.resolve("setup.iss"), "[InstallShield Silent]\r\nVersion=v7.00\r\n");
    }

    private static void driver(Path folder, String name, String setupClass, String classGuid, String hwid, String decoration,
                               SampleEstate.Model model) throws IOException {
        Files.createDirectories(folder);
        String inf = String.join("\r\n",
                "; Synthetic INF written by osdkit demo for the " + model.manufacturer() + " " + model.model() + " sample sources.",
                "[Version]", "Signature=\"$Windows NT$\"", "Class=" + setupClass, "ClassGuid=" + classGuid,
                "Provider=%Prov%", "DriverVer=06/21/2007,9.13.41.3", "CatalogFile=" + name + ".cat",
                "[SourceDisksNames]", "1 = %Disk%", "[SourceDisksFiles]", name + ".sys = 1",
                "[Manufacturer]", "%Prov% = Models," + decoration, "[Models." + decoration + "]", "%Desc% = Install, " + hwid,
                "[Install.NT]", "CopyFiles = @" + name + ".sys",
                "[Strings]", "Prov = \"Contoso\"", "Desc = \"" + model.model() + " " + name + " device\"", "Disk = \"Disk 1\"", "");
        Files.writeString(folder.resolve(name + ".inf"), inf);
        // Placeholders: the INF names them, so without them osdkit refuses the driver (INF-FILE-ABSENT).
        Files.writeString(folder.resolve(name + ".sys"), "placeholder binary written by osdkit demo for " + model.model());
        Files.writeString(folder.resolve(name + ".cat"), "placeholder catalog written by osdkit demo for " + model.model());
    }
}
