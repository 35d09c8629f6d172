package org.osdkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HardwareModelTest {

    @Test
    void namesTheSeedsLenovoModelAndItsFolder() {
        HardwareModel r61 = new HardwareModel("Lenovo", "R61", "8935CTO");
        assertEquals("Lenovo R61 8935CTO", r61.displayName());
        assertEquals("R61-8935CTO", r61.folderName());
    }

    @Test
    void skuIsOptional() {
        HardwareModel m = HardwareModel.of("Dell Inc.", "Latitude 7420");
        assertTrue(m.skuValue().isEmpty());
        assertEquals("Latitude-7420", m.folderName());
    }

    @Test
    void folderNameNeverContainsCharactersWindowsForbids() {
        assertEquals("EliteBook-840-G8-Notebook-PC", HardwareModel.of("HP", "EliteBook 840 G8 Notebook/PC").folderName());
        assertEquals("Surface-Pro-7", new HardwareModel("Microsoft", "Surface Pro 7", "?").folderName());
    }

    @Test
    void refusesMissingOrOverlongFields() {
        assertThrows(OsdkitException.class, () -> HardwareModel.of(" ", "R61"));
        assertThrows(OsdkitException.class, () -> HardwareModel.of("Lenovo", "x".repeat(101)));
        assertThrows(OsdkitException.class, () -> HardwareModel.of("Lenovo", "R\n61"));
    }
}
