package org.osdkit.drivers.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.osdkit.drivers.catalog.SeedWorkflowFixture;

/** The R61's devices matched against its imported drivers in the catalog database. */
class MatchAgainstCatalogTest extends SeedWorkflowFixture {

    @Test
    void picksTheImportedDriverForEachDeviceAndListsTheRest() {
        List<Device> devices = DeviceListReader.parse(DeviceListReaderTest.PNPUTIL, "pnputil.txt");
        MatchReport report = new MatchDrivers(storage.catalog()).match(devices, XP);
        DeviceMatch nic = report.devices().get(0);
        assertEquals("e1e5132.inf", nic.driver().orElseThrow().infName());
        assertEquals("0x00FF0001", nic.rank().orElseThrow().toString(), "signed, default feature score, second hardware ID of the device");
        assertEquals(List.of(devices.get(1)), report.unmatched());
    }
}
