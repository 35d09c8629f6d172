package org.osdkit.drivers.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The seed's example as a synthetic source tree: the Lenovo R61 8935CTO's XP drivers under
 * {@code <share>/_OriginalSources_/XP/R61-8935CTO}. "Nice" INF drivers (audio, network with two INFs
 * sharing one binary, video, storage, a modem without catalog, a wireless card with x64 models
 * only) and "bad" setup-based ones (card reader with a recorded setup.iss, fingerprint reader,
 * Bluetooth MSI), plus a stampinf template. All made up for tests.
 */
public final class R61Sources {

    public static final String MODEL_FOLDER = "R61-8935CTO";
    public static final String NETWORK_HWID = "PCI\\VEN_8086&DEV_109A&SUBSYS_20DF17AA";
    public static final String STORAGE_HWID = "PCI\\VEN_8086&DEV_2829&CC_0106";
    public static final String AUDIO_HWID = "HDAUDIO\\FUNC_01&VEN_14F1&DEV_5045&SUBSYS_17AA2075";
    public static final String VIDEO_HWID = "PCI\\VEN_10DE&DEV_0429&SUBSYS_20D817AA";
    public static final String MODEM_HWID = "HDAUDIO\\FUNC_02&VEN_14F1&DEV_2C06";
    public static final String WIRELESS_HWID = "PCI\\VEN_8086&DEV_4229";

    private R61Sources() {
    }

    /** Writes the tree under {@code share} and returns the model's source folder. */
    public static Path write(Path share) {
        Path root = share.resolve("_OriginalSources_").resolve("XP").resolve(MODEL_FOLDER);
        FakeDriver.named("cxhdaud").setupClass("MEDIA", "{4d36e96c-e325-11ce-bfc1-08002be10318}").provider("Conexant")
                .driverVer("05/14/2007,4.43.0.50").decorations().model("Conexant HD Audio", AUDIO_HWID).writeTo(root.resolve("Audio"));
        FakeDriver.named("e1e5132").provider("Intel").driverVer("06/21/2007,9.13.41.3").decorations("NTx86", "NTamd64")
                .model("Intel(R) 82566MM Gigabit Network Connection", NETWORK_HWID, "PCI\\VEN_8086&DEV_109A").sys("e1e5132.sys", "e1000 binary")
                .writeTo(root.resolve("Network"));
        FakeDriver.named("e1e5132a").provider("Intel").driverVer("06/21/2007,9.13.41.3").decorations("NTx86")
                .model("Intel(R) 82566MC Gigabit Network Connection", "PCI\\VEN_8086&DEV_1049").sys("e1e5132.sys", "e1000 binary")
                .writeTo(root.resolve("Network"));
        FakeDriver.named("nv4_disp").setupClass("Display", "{4d36e968-e325-11ce-bfc1-08002be10318}").provider("NVIDIA")
                .driverVer("09/12/2007,6.14.11.5661").decorations("NTx86").model("NVIDIA Quadro NVS 140M", VIDEO_HWID).writeTo(root.resolve("Video"));
        FakeDriver.named("iastor").setupClass("SCSIAdapter", "{4d36e97b-e325-11ce-bfc1-08002be10318}").provider("Intel")
                .driverVer("02/27/2007,7.0.0.1020").decorations("NTx86").model("Intel(R) ICH8M-E/M SATA AHCI Controller", STORAGE_HWID).bootStart()
                .writeTo(root.resolve("Storage"));
        FakeDriver.named("cxmodem").setupClass("Modem", "{4d36e96d-e325-11ce-bfc1-08002be10318}").provider("Conexant")
                .driverVer("04/02/2007,7.62.0.0").decorations("NTx86").model("HDA CX11254 Soft Modem", MODEM_HWID).unsigned()
                .writeTo(root.resolve("Modem"));
        FakeDriver.named("netw4x64").provider("Intel").driverVer("08/01/2007,11.1.0.86").decorations("NTamd64")
                .model("Intel(R) Wireless WiFi Link 4965AGN", WIRELESS_HWID).writeTo(root.resolve("Wireless"));
        try {
            Path card = Files.createDirectories(root.resolve("CardReader"));
            Files.writeString(card.resolve("setup.exe"), "MZ synthetic installer");
            Files.writeString(card.resolve("setup.iss"), "[InstallShield Silent]\r\nVersion=v7.00\r\n");
            Path finger = Files.createDirectories(root.resolve("Fingerprint"));
            Files.writeString(finger.resolve("setup.exe"), "MZ synthetic installer");
            Path bluetooth = Files.createDirectories(root.resolve("Bluetooth"));
            Files.writeString(bluetooth.resolve("ThinkPadBluetooth.msi"), "synthetic msi");
            Path template = Files.createDirectories(root.resolve("Template"));
            Files.writeString(template.resolve("sample.inx"), "[Version]\r\nSignature=\"$Windows NT$\"\r\n[Manufacturer]\r\n%M%=M,NT$ARCH$\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return root;
    }
}
