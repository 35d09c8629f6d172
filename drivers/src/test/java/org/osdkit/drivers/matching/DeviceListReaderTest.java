package org.osdkit.drivers.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.OsdkitException;
import org.osdkit.drivers.catalog.DriverErrors;

class DeviceListReaderTest {

    /** The layout of {@code pnputil /enum-devices /ids} on Windows 10 2004 and later; the devices are made up. */
    static final String PNPUTIL = String.join("\r\n",
            "Microsoft PnP Utility",
            "",
            "Instance ID:                PCI\\VEN_8086&DEV_109A&SUBSYS_20DF17AA&REV_03\\4&1b6a1ab5&0&00E1",
            "Device Description:         Intel(R) 82566MM Gigabit Network Connection",
            "Class Name:                 Net",
            "Status:                     Started",
            "Hardware IDs:               PCI\\VEN_8086&DEV_109A&SUBSYS_20DF17AA&REV_03",
            "                            PCI\\VEN_8086&DEV_109A&SUBSYS_20DF17AA",
            "                            PCI\\VEN_8086&DEV_109A&CC_020000",
            "Compatible IDs:             PCI\\VEN_8086&DEV_109A&REV_03",
            "                            PCI\\VEN_8086&DEV_109A",
            "                            PCI\\VEN_8086&CC_020000",
            "",
            "Instance ID:                ROOT\\LEGACY_BEEP\\0000",
            "Device Description:         Beep",
            "Status:                     Started",
            "");

    @Test
    void readsPnputilTextWithMultiLineIdLists() {
        List<Device> devices = DeviceListReader.parse(PNPUTIL, "pnputil.txt");
        assertEquals(2, devices.size());
        Device nic = devices.get(0);
        assertEquals("Intel(R) 82566MM Gigabit Network Connection", nic.description());
        assertEquals(3, nic.hardwareIds().size());
        assertEquals("PCI\\VEN_8086&DEV_109A&SUBSYS_20DF17AA", nic.hardwareIds().get(1));
        assertEquals(List.of("PCI\\VEN_8086&DEV_109A&REV_03", "PCI\\VEN_8086&DEV_109A", "PCI\\VEN_8086&CC_020000"), nic.compatibleIds());
        assertTrue(devices.get(1).hardwareIds().isEmpty());
    }

    @Test
    void readsUtf16WithoutAByteOrderMarkAndTheAnsiCodePage(@TempDir Path dir) throws IOException {
        Path utf16 = Files.write(dir.resolve("utf16.txt"), PNPUTIL.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(2, DeviceListReader.read(utf16).size());
        Path ansi = Files.write(dir.resolve("ansi.txt"), PNPUTIL.replace("Beep", "Lecteur de carte à puce").getBytes(java.nio.charset.Charset.forName("windows-1252")));
        assertEquals("Lecteur de carte à puce", DeviceListReader.read(ansi).get(1).description());
    }

    @Test
    void readsUtf16OutputRedirectedByPowerShell(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ids.txt");
        byte[] text = PNPUTIL.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[text.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(text, 0, bytes, 2, text.length);
        Files.write(file, bytes);
        assertEquals(2, DeviceListReader.read(file).size());
    }

    @Test
    void readsJsonAsGetPnpDeviceWritesIt() {
        String json = "[{\"InstanceId\":\"USB\\\\VID_0A5C&PID_2110\\\\1\",\"FriendlyName\":\"Bluetooth\",\"HardwareID\":[\"USB\\\\VID_0A5C&PID_2110&REV_0100\",\"USB\\\\VID_0A5C&PID_2110\"],"
                + "\"CompatibleID\":[\"USB\\\\Class_E0&SubClass_01&Prot_01\"]}, {\"instanceId\":\"x\",\"hardwareIds\":\"ROOT\\\\ONE\"}]";
        List<Device> devices = DeviceListReader.parse(json, "devices.json");
        assertEquals("Bluetooth", devices.get(0).description());
        assertEquals(2, devices.get(0).hardwareIds().size());
        assertEquals(List.of("USB\\Class_E0&SubClass_01&Prot_01"), devices.get(0).compatibleIds());
        assertEquals(List.of("ROOT\\ONE"), devices.get(1).hardwareIds());
        assertEquals(1, DeviceListReader.parse("{\"devices\":[{\"HardwareIds\":[\"A\"]}]}", "d.json").size());
    }

    @Test
    void badInputIsAClearErrorNamingTheProblem() {
        OsdkitException json = assertThrows(OsdkitException.class, () -> DeviceListReader.parse("[{\"HardwareIds\": [\"A\"]},", "bad.json"));
        assertEquals(DriverErrors.DEVICE_LIST_INVALID, json.code());
        assertTrue(json.getMessage().contains("bad.json is not valid JSON"), json.getMessage());
        assertTrue(assertThrows(OsdkitException.class, () -> DeviceListReader.parse("[{\"InstanceId\":\"x\"}]", "d.json")).getMessage().contains("device 1 has no HardwareIds"));
        assertEquals(DriverErrors.DEVICE_LIST_INVALID, assertThrows(OsdkitException.class, () -> DeviceListReader.parse("hello", "x.txt")).code());
    }
}
