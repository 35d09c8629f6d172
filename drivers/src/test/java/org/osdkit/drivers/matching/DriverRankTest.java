package org.osdkit.drivers.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Identifier scores against Microsoft's "Driver Package Rank Example" (Vista and later), cell by cell. */
class DriverRankTest {

    /**
     * Device: hardware IDs HwID_1, HwID_2 and compatible IDs CID_1, CID_2. INF models entry:
     * INF_HwID_1, INF_CID_1, INF_CID_2. Each cell makes exactly one device ID equal to one INF ID.
     */
    @ParameterizedTest(name = "{0} = {1} scores {2}")
    @CsvSource({
            "HwID_1, INF_HwID_1, 0x0000", "HwID_1, INF_CID_1, 0x1000", "HwID_1, INF_CID_2, 0x1000",
            "HwID_2, INF_HwID_1, 0x0001", "HwID_2, INF_CID_1, 0x1001", "HwID_2, INF_CID_2, 0x1001",
            "CID_1, INF_HwID_1, 0x2000", "CID_1, INF_CID_1, 0x3000", "CID_1, INF_CID_2, 0x3100",
            "CID_2, INF_HwID_1, 0x2001", "CID_2, INF_CID_1, 0x3001", "CID_2, INF_CID_2, 0x3101"})
    void matchesTheRankExampleTable(String deviceId, String infId, String expected) {
        List<String> hw = new ArrayList<>(List.of("DEV\\HW1", "DEV\\HW2"));
        List<String> cid = new ArrayList<>(List.of("DEV\\CID1", "DEV\\CID2"));
        String shared = "SHARED\\ID";
        switch (deviceId) {
            case "HwID_1" -> hw.set(0, shared);
            case "HwID_2" -> hw.set(1, shared);
            case "CID_1" -> cid.set(0, shared);
            default -> cid.set(1, shared);
        }
        String infHw = infId.equals("INF_HwID_1") ? shared : "INF\\HW1";
        List<String> infCompatible = List.of(infId.equals("INF_CID_1") ? shared : "INF\\CID1", infId.equals("INF_CID_2") ? shared : "INF\\CID2");
        assertEquals(Integer.decode(expected), DriverRank.identifierScore(new Device("X", "", hw, cid), infHw, infCompatible));
    }

    @Test
    void theBestOfSeveralMatchesCountsAndIdsIgnoreCase() {
        Device d = new Device("X", "", List.of("pci\\ven_1&dev_2&subsys_3", "PCI\\VEN_1&DEV_2"), List.of("PCI\\CC_0200"));
        assertEquals(0x0001, DriverRank.identifierScore(d, "PCI\\VEN_1&DEV_2", List.of("PCI\\CC_0200")));
        assertEquals(0x0000, DriverRank.identifierScore(d, "PCI\\VEN_1&DEV_2&SUBSYS_3", List.of()));
        assertEquals(-1, DriverRank.identifierScore(d, "USB\\VID_1", List.of()));
    }

    @Test
    void printsAsTheSetupApiLogDoes() {
        assertEquals("0x00FF3101", new DriverRank(DriverRank.SIGNED, 0xFF, 0x3101).toString());
        assertEquals("0x80FF0000", new DriverRank(DriverRank.UNSIGNED_NT, 0xFF, 0).toString());
        assertEquals(0x00FF0005L, new DriverRank(0, 0xFF, 5).value());
    }
}
