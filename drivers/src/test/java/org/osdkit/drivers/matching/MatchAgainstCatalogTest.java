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
        // XP ranks 0x0000THHH: signed (0x0000), no feature score, the device's second hardware ID.
        assertEquals("0x00000001", nic.rank().orElseThrow().toString(), "signed, second hardware ID of the device, XP's rules");
        assertEquals(DriverRank.RankRules.PRE_VISTA, report.rankRules());
        assertEquals(List.of(devices.get(1)), report.unmatched());
    }
}
