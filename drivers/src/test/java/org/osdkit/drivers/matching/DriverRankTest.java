package org.osdkit.drivers.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void namesTheDeviceIdAndTheInfIdThatMatched() {
        Device d = new Device("X", "", List.of("PCI\\VEN_1&DEV_2&SUBSYS_3", "PCI\\VEN_1&DEV_2"), List.of("PCI\\CC_0200"));
        DriverRank.IdMatch m = DriverRank.identify(d, "PCI\\VEN_9&DEV_9", List.of("pci\\cc_0200", "pci\\ven_1&dev_2")).orElseThrow();
        assertEquals(0x1001, m.score());
        assertEquals("PCI\\VEN_1&DEV_2", m.deviceId());
        assertTrue(m.deviceHardwareId());
        assertEquals("pci\\ven_1&dev_2", m.infId(), "the INF's second compatible ID, as the INF writes it, not its hardware ID");
        assertFalse(m.infHardwareId());
        DriverRank.IdMatch compat = DriverRank.identify(d, "PCI\\VEN_9&DEV_9", List.of("PCI\\CC_0200")).orElseThrow();
        assertEquals(0x3000, compat.score());
        assertEquals("PCI\\CC_0200", compat.deviceId());
        assertFalse(compat.deviceHardwareId());
    }

    @Test
    void aModelsLineWithoutHardwareIdMatchesByItsCompatibleIds() {
        Device d = new Device("X", "", List.of("PCI\\VEN_1B36&DEV_0002&SUBSYS_11001AF4"), List.of("PCI\\VEN_1B36&DEV_0002"));
        assertEquals(0x3000, DriverRank.identifierScore(d, "", List.of("PCI\\VEN_1B36&DEV_0002")));
        assertEquals(-1, DriverRank.identifierScore(new Device("X", "", List.of(" "), List.of()), "", List.of("PCI\\X")));
    }

    /** Microsoft's "Driver Rank Example (Windows Server 2003, Windows XP, and Windows 2000)": a signed INF ranks 0x0000THHH. */
    @ParameterizedTest(name = "XP: {0}")
    @CsvSource({"0x0000, 0x00000000", "0x1001, 0x00001001", "0x3101, 0x00003101"})
    void xpRanksAreTheSignatureScorePlusTheIdentifierScoreWithoutAFeatureScore(String identifier, String expected) {
        DriverRank rank = new DriverRank(DriverRank.SIGNED, 0xFF, Integer.decode(identifier), DriverRank.RankRules.PRE_VISTA);
        assertEquals(expected, rank.toString());
    }

    @Test
    void xpUnsignedRanksStartAtDriverUntrustedRankAndW9xSuspectRank() {
        // setupapi.h before Vista: DRIVER_UNTRUSTED_RANK 0x8000 (unsigned, .NT section), DRIVER_W9X_SUSPECT_RANK 0xC000 (no .NT section).
        assertEquals(0x8000L, new DriverRank(DriverRank.UNSIGNED_NT, 0xFF, 0, DriverRank.RankRules.PRE_VISTA).value());
        assertEquals(0x8FFFL, new DriverRank(DriverRank.UNSIGNED_NT, 0xFF, 0xFFF, DriverRank.RankRules.PRE_VISTA).value());
        assertEquals(0xC000L, new DriverRank(DriverRank.UNSIGNED, 0xFF, 0, DriverRank.RankRules.PRE_VISTA).value());
        assertEquals(0xFFFFL, new DriverRank(DriverRank.UNSIGNED, 0x00, 0x3FFF, DriverRank.RankRules.PRE_VISTA).value());
        assertEquals(DriverRank.RankRules.PRE_VISTA, DriverRank.RankRules.forNtMajor(5));
        assertEquals(DriverRank.RankRules.VISTA_AND_LATER, DriverRank.RankRules.forNtMajor(6));
    }
}
