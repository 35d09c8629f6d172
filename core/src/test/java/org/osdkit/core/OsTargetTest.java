package org.osdkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OsTargetTest {

    @ParameterizedTest
    @CsvSource({
        "XP, x86, 5.1.2600",
        "XP, x64, 5.2.3790",
        "Vista, x86, 6.0.6000",
        "Win7, x64, 6.1.7600",
        "Windows 8.1, x64, 6.3.9600",
        "Win10, x64, 10.0.10240",
        "Win10-1709, x64, 10.0.16299",
        "Win10 22H2, x64, 10.0.19045",
        "Win11-24H2, arm64, 10.0.26100",
        "10.0.19045, x64, 10.0.19045",
        "6.1, x86, 6.1"
    })
    void readsAdminNamesAsNtVersions(String name, String arch, String version) {
        OsTarget os = OsTarget.parse(name, Architecture.parse(arch));
        assertEquals(version, os.version());
        assertEquals(name.strip(), os.name());
    }

    @Test
    void refusesUnknownNames() {
        assertThrows(OsdkitException.class, () -> OsTarget.parse("Windows 95", Architecture.X86));
        assertThrows(OsdkitException.class, () -> OsTarget.parse("Win10-30H9", Architecture.X64));
    }

    @Test
    void architectureAcceptsInfAndCommonSpellings() {
        assertEquals(Architecture.X64, Architecture.parse("AMD64"));
        assertEquals(Architecture.X86, Architecture.parse("i386"));
        assertEquals(Architecture.ARM64, Architecture.parse("aarch64"));
        assertEquals("amd64", Architecture.X64.infPlatform());
        assertThrows(OsdkitException.class, () -> Architecture.parse("ia64"));
    }

    @ParameterizedTest(name = "{0} {1} never shipped")
    @CsvSource({"Win11, x86", "Win11-24H2, x86", "10.0.22631, x86", "Win7, arm64", "XP, arm64", "Win8.1, arm64", "Win10-1703, arm64", "5.0, x64"})
    void combinationsWindowsNeverHadAreNamed(String name, String arch) {
        assertTrue(OsTarget.parse(name, Architecture.parse(arch)).neverShipped().isPresent());
    }

    @ParameterizedTest(name = "{0} {1} exists")
    @CsvSource({"Win11, x64", "Win11-24H2, arm64", "Win10-1709, arm64", "Win10-22H2, x86", "10.0, arm64", "XP, x64", "XP, x86", "Win7, x86"})
    void combinationsWindowsHadAreAccepted(String name, String arch) {
        assertTrue(OsTarget.parse(name, Architecture.parse(arch)).neverShipped().isEmpty());
    }
}
