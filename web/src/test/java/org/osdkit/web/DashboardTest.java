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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.Architecture;
import org.osdkit.core.CoreErrors;
import org.osdkit.core.CoreSettings;
import org.osdkit.core.HardwareModel;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.OsdkitVersion;
import org.osdkit.core.OsTarget;
import org.osdkit.core.PackageId;
import org.osdkit.core.SiteCode;
import org.osdkit.core.UncPath;
import org.osdkit.core.storage.Database;
import org.osdkit.core.storage.DatabaseSettings;
import org.osdkit.core.workspace.Workspace;
import org.osdkit.drivers.distribution.DistributionPoint;
import org.osdkit.drivers.distribution.DistributionState;
import org.osdkit.drivers.distribution.DistributionStatus;
import org.osdkit.drivers.jdbc.DriversStorage;
import org.osdkit.drivers.packages.DriverPackage;

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
        assertTrue(r.body().contains("<title>Overview - osdkit dashboard</title>"), r.body());
        assertEquals(200, get("/assets/pages.js").status());
        assertEquals(200, get("/assets/dashboard.css").status());
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

    @Test
    void distributionRowsSayWhenADpHoldsAnOlderVersionThanThePackage() throws Exception {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");
        try (Database db = Database.open(DatabaseSettings.forWorkspace(Workspace.open(workspace)))) {
            DriversStorage storage = DriversStorage.jdbc(db, Clock.systemUTC());
            PackageId id = PackageId.of("PS100001");
            UncPath share = UncPath.of(Files.createDirectories(workspace.resolve("share")));
            storage.packages().insert(new DriverPackage(id, "Drivers - Lenovo R61 - XP x86", null, new HardwareModel("Lenovo", "R61", null),
                    OsTarget.parse("XP", Architecture.X86), share, share.resolve("R61"), 2, List.of(), List.of(), List.of(), List.of(), now, now));
            storage.distribution().addPoint(new DistributionPoint("dp01.contoso.com", SiteCode.of("PS1"), share));
            storage.distribution().setStatus(new DistributionStatus(id, "dp01.contoso.com", DistributionState.DISTRIBUTED, 1, now, "verified"));
        }
        Response r = get("/api/v1/drivers/distribution");
        assertEquals(200, r.status(), r.body());
        JsonNode row = new ObjectMapper().readTree(r.body()).get(0);
        assertEquals("PS100001", row.get("packageId").asText(), r.body());
        assertEquals(1, row.get("sourceVersion").asInt());
        assertEquals(2, row.get("packageSourceVersion").asInt());
        assertTrue(row.get("behind").asBoolean(), r.body());
        assertEquals("behind (has 1, package is 2)", row.get("summary").asText());
    }
}
