package org.osdkit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.CoreSettings;
import org.osdkit.core.OsdkitException;

@DisabledOnOs(OS.WINDOWS)
class ApiTokenTest {

    @TempDir
    Path workspace;

    private Dashboard start() {
        return Dashboard.start(CoreSettings.of(workspace, null), DashboardOptions.defaults().withPort(0));
    }

    @Test
    void theFirstStartMakesAnOwnerOnlyTokenShownOnceAndKeepsOnlyItsHash() throws Exception {
        String token;
        try (Dashboard first = start()) {
            token = first.newToken().orElseThrow();
            assertTrue(new WebClient(first).get("/api/v1/session", "Authorization", "Bearer " + token).json().get("signedIn").asBoolean());
        }
        Path file = ApiToken.in(workspace).file();
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        String stored = Files.readString(file);
        assertFalse(stored.contains(token), "the file keeps the hash only");
        assertEquals(ApiToken.hash(token), stored.strip());
        try (Dashboard second = start()) {
            assertTrue(second.newToken().isEmpty(), "printed once: a later start has no new token to show");
            assertEquals(200, new WebClient(second).get("/api/v1/health", "Authorization", "Bearer " + token).status());
        }
    }

    @Test
    void aTokenFileOthersCanReadIsRefusedAtStart() throws Exception {
        try (Dashboard first = start()) {
            assertTrue(first.newToken().isPresent());
        }
        Path file = ApiToken.in(workspace).file();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        OsdkitException e = assertThrows(OsdkitException.class, this::start);
        assertEquals(WebErrors.TOKEN_PERMISSIONS, e.code());
        assertTrue(e.describe().contains("chmod 600"), e.describe());
    }

    @Test
    void rotatingEndsTheOldTokenAndItsSessionsAtOnce() {
        try (Dashboard dashboard = start()) {
            WebClient client = new WebClient(dashboard);
            String old = dashboard.newToken().orElseThrow();
            WebClient.Session session = client.signIn(old, "carol");
            assertTrue(client.get("/api/v1/session", "Cookie", session.cookie()).json().get("signedIn").asBoolean());

            String rotated = ApiToken.in(workspace).rotate();

            assertNotEquals(old, rotated);
            assertEquals(401, client.get("/api/v1/health", "Authorization", "Bearer " + old).status());
            assertFalse(client.get("/api/v1/session", "Cookie", session.cookie()).json().get("signedIn").asBoolean());
            assertEquals(200, client.get("/api/v1/health", "Authorization", "Bearer " + rotated).status());
            assertEquals("rw-------", PosixFilePermissions.toString(assertDoesNotThrow(ApiToken.in(workspace).file())));
        }
    }

    private static java.util.Set<java.nio.file.attribute.PosixFilePermission> assertDoesNotThrow(Path file) {
        try {
            return Files.getPosixFilePermissions(file);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
