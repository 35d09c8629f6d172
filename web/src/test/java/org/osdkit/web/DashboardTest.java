package org.osdkit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.CoreErrors;
import org.osdkit.core.CoreSettings;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.OsdkitVersion;

class DashboardTest {

    @TempDir
    Path workspace;

    private Dashboard dashboard;

    @BeforeEach
    void start() {
        dashboard = Dashboard.start(CoreSettings.of(workspace, null), Dashboard.DEFAULT_BIND, 0);
    }

    @AfterEach
    void stop() {
        dashboard.close();
    }

    record Response(int status, String contentType, String body) {
    }

    private Response get(String path) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(dashboard.url()).resolve(path).toURL().openConnection();
        int status = c.getResponseCode();
        try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
            return new Response(status, c.getContentType(), in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void healthNamesTheVersionAndTheDatabaseKind() throws Exception {
        Response r = get("/api/v1/health");
        assertEquals(200, r.status());
        assertTrue(r.contentType().startsWith("application/json"), r.contentType());
        JsonNode health = new ObjectMapper().readTree(r.body());
        assertEquals("UP", health.get("status").asText());
        assertEquals(OsdkitVersion.current(), health.get("version").asText());
        assertEquals("H2", health.get("database").get("kind").asText());
        assertTrue(health.get("database").get("reachable").asBoolean());
    }

    @Test
    void servesTheLandingPage() throws Exception {
        Response r = get("/");
        assertEquals(200, r.status());
        assertTrue(r.contentType().startsWith("text/html"), r.contentType());
        assertTrue(r.body().contains("<title>osdkit dashboard</title>"));
        assertEquals(200, get("/assets/dashboard.js").status());
    }

    @Test
    void unknownApiRoutesAnswerWithProblemDetails() throws Exception {
        Response r = get("/api/v1/no-such-thing");
        assertEquals(404, r.status());
        JsonNode problem = new ObjectMapper().readTree(r.body());
        assertEquals(404, problem.get("status").asInt());
        assertEquals("/api/v1/no-such-thing", problem.get("instance").asText());
    }

    @Test
    void listensOnLoopbackByDefault() {
        assertTrue(dashboard.url().startsWith("http://127.0.0.1:"), dashboard.url());
    }

    @Test
    void aWrongDatabaseFailsAtStartNotAtTheFirstRequest() {
        OsdkitException e = assertThrows(OsdkitException.class,
                () -> Dashboard.start(CoreSettings.of(workspace, "jdbc:postgresql://127.0.0.1:1/osdkit"), Dashboard.DEFAULT_BIND, 0));
        assertEquals(CoreErrors.DB_UNREACHABLE, e.code());
    }

    @Test
    void problemStatusFollowsTheErrorKind() {
        assertEquals(403, Problems.status(org.osdkit.core.ErrorKind.REFUSED).getCode());
        assertEquals(404, Problems.status(org.osdkit.core.ErrorKind.NOT_FOUND).getCode());
        assertEquals(400, Problems.status(org.osdkit.core.ErrorKind.INVALID_INPUT).getCode());
    }
}
