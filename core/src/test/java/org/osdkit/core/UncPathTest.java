package org.osdkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UncPathTest {

    @Test
    void normalisesSlashesAndTrailingSeparators() {
        UncPath p = UncPath.of("//sccm01.corp.example/Drivers/PC/SCCM_Driver_Packages/XP/");
        assertEquals("\\\\sccm01.corp.example\\Drivers\\PC\\SCCM_Driver_Packages\\XP", p.value());
        assertTrue(p.isUnc());
        assertEquals("sccm01.corp.example", p.server());
        assertEquals("Drivers", p.share());
        assertEquals(List.of("Drivers", "PC", "SCCM_Driver_Packages", "XP"), p.segments());
    }

    @Test
    void resolvesChildFoldersTheSeedWay() {
        UncPath share = UncPath.of("\\\\server\\Drivers\\PC");
        assertEquals("\\\\server\\Drivers\\PC\\SCCM_Driver_Packages\\XP\\R61-8935CTO",
                share.resolve("SCCM_Driver_Packages", "XP", "R61-8935CTO").value());
    }

    @Test
    void recognisesAdministrativeSharesIgnoringCase() {
        UncPath pxe = UncPath.of("\\\\dp01\\smspxeimage$");
        assertEquals("smspxeimage$", pxe.share());
        assertTrue(pxe.hasSegment("SMSPXEIMAGE$"));
    }

    @Test
    void acceptsLocalTestFolders() {
        assertFalse(UncPath.of("/srv/drivers/").isUnc());
        assertEquals("/srv/drivers", UncPath.of("/srv/drivers/").value());
        assertEquals("C:\\Drivers\\PC", UncPath.of("C:\\Drivers\\PC\\").value());
        Path tmp = Path.of("/srv/osdkit-test");
        assertEquals(tmp, UncPath.of(tmp).toPath());
        assertEquals("/srv/drivers/XP/R61", UncPath.of("/srv/drivers").resolve("XP", "R61").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\\\\", "\\\\server", "\\\\server\\", "\\\\bad_host!\\share", "\\\\server\\sh*re",
        "\\\\server\\share\\..\\other", "\\\\server\\share\\a|b", "relative\\folder", "/srv/../etc"})
    void refusesWhatCannotBeAShareOrClimbsOut(String bad) {
        OsdkitException e = assertThrows(OsdkitException.class, () -> UncPath.of(bad));
        assertEquals(CoreErrors.INVALID_UNC_PATH, e.code());
        assertTrue(e.getMessage().contains("is not a usable path"), e.getMessage());
    }
}
