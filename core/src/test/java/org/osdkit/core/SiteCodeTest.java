package org.osdkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiteCodeTest {

    @Test
    void isKeptInUpperCaseAndComparedCaseInsensitively() {
        assertEquals(new SiteCode("PS1"), new SiteCode("ps1"));
        assertEquals("PS1", SiteCode.of(" ps1 ").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"AUX", "con", "Nul", "PRN", "SMS"})
    void refusesReservedNamesSayingSo(String reserved) {
        OsdkitException e = assertThrows(OsdkitException.class, () -> SiteCode.of(reserved));
        assertEquals(CoreErrors.INVALID_SITE_CODE, e.code());
        assertTrue(e.getMessage().contains("is a reserved site code"), e.getMessage());
    }

    @Test
    void namesTheReservedCodeInTheMessage() {
        assertTrue(assertThrows(OsdkitException.class, () -> SiteCode.of("aux")).getMessage().startsWith("\"AUX\" is a reserved site code"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "P1", "PS12", "P-1", "PÜ1", "P 1"})
    void refusesWrongLengthOrCharacters(String bad) {
        assertThrows(OsdkitException.class, () -> SiteCode.of(bad));
    }

    @Property
    void acceptsAnyThreeAsciiLettersOrDigitsButTheReserved(@ForAll @AlphaChars @NumericChars @StringLength(3) String code) {
        if (SiteCode.RESERVED.contains(code.toUpperCase(java.util.Locale.ROOT))) {
            assertThrows(OsdkitException.class, () -> SiteCode.of(code));
        } else {
            assertEquals(code.toUpperCase(java.util.Locale.ROOT), SiteCode.of(code).value());
        }
    }
}
