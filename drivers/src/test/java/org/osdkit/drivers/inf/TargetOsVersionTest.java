package org.osdkit.drivers.inf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osdkit.core.Architecture;
import org.osdkit.core.OsTarget;

class TargetOsVersionTest {

    private static final OsTarget XP = OsTarget.parse("XP", Architecture.X86);
    private static final OsTarget WIN10_1607 = OsTarget.parse("Win10-1607", Architecture.X64);
    private static final OsTarget WIN10_1709 = OsTarget.parse("Win10-1709", Architecture.X64);
    private static final OsTarget WIN11 = OsTarget.parse("Win11", Architecture.X64);

    @Test
    void parsesEveryPartIncludingEmptyOnes() {
        TargetOsVersion t = TargetOsVersion.parse("NTamd64.10.0...16299");
        assertEquals(InfPlatform.AMD64, t.platform());
        assertEquals(10, t.major());
        assertEquals(0, t.minor());
        assertNull(t.productType());
        assertNull(t.suiteMask());
        assertEquals(16299, t.build());
        assertEquals(0x80, TargetOsVersion.parse("NTx86....0x80").suiteMask());
        assertEquals(1, TargetOsVersion.parse("NT$ARCH$.10.0.1..16299").productType());
        assertTrue(TargetOsVersion.parse("NT$ARCH$").placeholder());
        assertEquals(InfPlatform.ARM64, TargetOsVersion.parse("ntARM64").platform());
    }

    @ParameterizedTest
    @ValueSource(strings = {"amd64", "NTsparc", "NTamd64.x", "NTamd64.1.2.3.4.5.6"})
    void refusesWhatIsNotADecoration(String text) {
        assertThrows(IllegalArgumentException.class, () -> TargetOsVersion.parse(text));
    }

    @Test
    void anArchitectureLessDecorationIsX86Only() {
        assertTrue(TargetOsVersion.parse("NT.5.1").appliesTo(XP));
        assertFalse(TargetOsVersion.parse("NT").appliesTo(WIN10_1709));
    }

    @Test
    void aNewerOsVersionDoesNotApply() {
        assertFalse(TargetOsVersion.parse("NTx86.6.0").appliesTo(XP));
        assertTrue(TargetOsVersion.parse("NTx86.5.1").appliesTo(XP));
    }

    @Test
    void theBuildOnlyCountsWhenMajorAndMinorAreEqual() {
        assertFalse(TargetOsVersion.parse("NTamd64.10.0...16299").appliesTo(WIN10_1607));
        assertTrue(TargetOsVersion.parse("NTamd64.10.0...16299").appliesTo(WIN10_1709));
        // An older major.minor applies whatever its build says.
        assertTrue(TargetOsVersion.parse("NTamd64.6.3...99999").appliesTo(WIN10_1607));
    }

    @Test
    void serverProductTypesAndSuiteMasksDoNotApplyToClients() {
        assertFalse(TargetOsVersion.parse("NTamd64.10.0.3").appliesTo(WIN10_1709));
        assertTrue(TargetOsVersion.parse("NTamd64.10.0.1").appliesTo(WIN10_1709));
        assertFalse(TargetOsVersion.parse("NTx86....0x80").appliesTo(XP));
    }

    @Test
    void selectsTheHighestApplicableVersion() {
        List<TargetOsVersion> all = List.of(TargetOsVersion.parse("NTamd64"), TargetOsVersion.parse("NTamd64.10.0...16299"),
                TargetOsVersion.parse("NTamd64.10.0...22000"), TargetOsVersion.parse("NTx86"));
        assertEquals("NTamd64", TargetOsVersion.select(all, WIN10_1607).orElseThrow().text());
        assertEquals("NTamd64.10.0...16299", TargetOsVersion.select(all, WIN10_1709).orElseThrow().text());
        assertEquals("NTamd64.10.0...22000", TargetOsVersion.select(all, WIN11).orElseThrow().text());
        assertEquals("NTx86", TargetOsVersion.select(all, XP).orElseThrow().text());
    }

    @Test
    void theUndecoratedSectionServesX86OnlyWhenNoDecorationApplies() {
        List<TargetOsVersion> amd64Only = List.of(TargetOsVersion.parse("NTamd64"));
        assertEquals("", TargetOsVersion.chooseSection(amd64Only, true, XP).orElseThrow());
        assertTrue(TargetOsVersion.chooseSection(List.of(), true, WIN10_1709).isEmpty());
        assertTrue(TargetOsVersion.chooseSection(amd64Only, false, XP).isEmpty());
    }
}
