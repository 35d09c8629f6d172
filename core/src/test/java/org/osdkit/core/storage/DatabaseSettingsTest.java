package org.osdkit.core.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.CoreErrors;
import org.osdkit.core.OsdkitException;

class DatabaseSettingsTest {

    @Test
    void knowsTheKindFromTheUrl() {
        assertEquals(DatabaseKind.POSTGRESQL, DatabaseSettings.of("jdbc:postgresql://db:5432/osdkit").kind());
        assertEquals(DatabaseKind.H2, DatabaseSettings.inMemory("x").kind());
    }

    @Test
    void refusesOtherDatabasesWithAnActionableMessage() {
        OsdkitException e = assertThrows(OsdkitException.class, () -> DatabaseSettings.of("jdbc:mysql://db/osdkit"));
        assertEquals(CoreErrors.INVALID_DB_URL, e.code());
        assertTrue(e.describe().contains("--db-url"), e.describe());
    }

    @Test
    void neverPrintsPasswords() {
        DatabaseSettings s = DatabaseSettings.of("jdbc:postgresql://db/osdkit?user=cm&password=Secret1&ssl=true");
        assertFalse(s.maskedUrl().contains("Secret1"));
        assertFalse(s.toString().contains("Secret1"));
        assertTrue(s.maskedUrl().contains("password=****&ssl=true"));
    }

    @Test
    void anUnreachableServerIsOneClearErrorNotAHang() {
        long start = System.nanoTime();
        OsdkitException e = assertThrows(OsdkitException.class,
                () -> Database.open(DatabaseSettings.of("jdbc:postgresql://127.0.0.1:1/osdkit?password=Secret1")));
        assertEquals(CoreErrors.DB_UNREACHABLE, e.code());
        assertTrue(e.getMessage().startsWith("Cannot open the POSTGRESQL database at jdbc:postgresql://127.0.0.1:1/osdkit?password=****"), e.getMessage());
        assertFalse(e.getMessage().contains("Secret1"));
        // Connection refused on loopback is immediate; this guards against waiting for a timeout loop.
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 30);
    }

    @Test
    void aMissingEmbeddedDatabaseIsTheSameClearError(@TempDir Path folder) {
        String url = "jdbc:h2:file:" + folder.resolve("none") + ";IFEXISTS=TRUE;PASSWORD=Secret1";
        OsdkitException e = assertThrows(OsdkitException.class, () -> Database.open(DatabaseSettings.of(url)));
        assertEquals(CoreErrors.DB_UNREACHABLE, e.code());
        assertTrue(e.getMessage().startsWith("Cannot open the H2 database at jdbc:h2:file:" + folder.resolve("none")), e.getMessage());
        assertFalse(e.getMessage().contains("Secret1"), e.getMessage());
    }
}
