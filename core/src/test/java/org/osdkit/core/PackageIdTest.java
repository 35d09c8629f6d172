package org.osdkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PackageIdTest {

    @Test
    void splitsIntoSiteCodeAndHexSequence() {
        PackageId id = PackageId.of("ps100012");
        assertEquals("PS100012", id.value());
        assertEquals(SiteCode.of("PS1"), id.siteCode());
        assertEquals(0x12, id.sequence());
    }

    @Property
    void formattingASequenceAndReadingItBackIsLossless(@ForAll @IntRange(min = 0, max = PackageId.MAX_SEQUENCE) int sequence) {
        PackageId id = PackageId.of(SiteCode.of("CEN"), sequence);
        assertEquals(8, id.value().length());
        assertEquals(sequence, id.sequence());
    }

    @ParameterizedTest
    @ValueSource(strings = {"PS10001", "PS1000123", "PS1G0012", "AUX00001", "P-100012", ""})
    void refusesMalformedIds(String bad) {
        OsdkitException e = assertThrows(OsdkitException.class, () -> PackageId.of(bad));
        assertEquals(CoreErrors.INVALID_PACKAGE_ID, e.code());
    }

    @Test
    void explainsAnInvalidSitePrefix() {
        OsdkitException e = assertThrows(OsdkitException.class, () -> PackageId.of("AUX00001"));
        assertTrue(e.getMessage().contains("reserved site code"), e.getMessage());
    }

    @Test
    void refusesSequencesBeyondFiveHexDigits() {
        assertThrows(OsdkitException.class, () -> PackageId.of(SiteCode.of("PS1"), PackageId.MAX_SEQUENCE + 1));
    }
}
