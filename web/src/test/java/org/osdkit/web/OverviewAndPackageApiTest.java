package org.osdkit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.CoreSettings;
import org.osdkit.web.WebClient.Reply;

/**
 * {@code /api/v1/overview}, {@code /api/v1/drivers/packages/{id}} and the redistribute route over real HTTP
 * against an {@link Estate}: happy path, bad input, refusals (anonymous, no CSRF, foreign Host), headers.
 * One estate and dashboard for the class; the only test that changes it (redistribute) says so.
 */
@DisabledOnOs(OS.WINDOWS)
class OverviewAndPackageApiTest {

    @TempDir
    static Path tmp;

    static Estate estate;
    static Dashboard dashboard;
    static WebClient client;
    static String[] bearer;

    @BeforeAll
    static void start() {
        CoreSettings settings = CoreSettings.of(tmp.resolve("ws"), null);
        estate = Estate.build(tmp.resolve("estate"), settings);
        dashboard = Dashboard.start(settings, estate.options());
        client = new WebClient(dashboard);
        bearer = new String[] {"Authorization", "Bearer " + dashboard.newToken().orElseThrow(), Guard.ACTOR_HEADER, "tester"};
    }

    @AfterAll
    static void stop() {
        dashboard.close();
    }

    private String pkg() {
        return "/api/v1/drivers/packages/" + estate.packageId.value();
    }

    @Test
    void theOverviewCountsEveryDomainAndChartsThirtyDays() {
        Reply r = client.get("/api/v1/overview");
        assertEquals(200, r.status(), r.toString());
        assertTrue(r.header("Content-Type").startsWith("application/json"));
        JsonNode o = r.json();
        assertEquals("UP", o.at("/database/status").asText());
        assertEquals("H2", o.at("/database/kind").asText());
        assertEquals(1, o.at("/counts/driverPackages").asInt());
        assertEquals(2, o.at("/counts/driversInPackages").asInt(), o.toString());
        assertEquals(2, o.at("/counts/distributionPoints").asInt());
        assertEquals(1, o.at("/counts/distributionPointGroups").asInt());
        assertTrue(o.at("/counts/sites").asInt() >= 1, o.toString());
        assertEquals(1, o.at("/counts/stateMigrationPoints").asInt());
        assertEquals(1, o.at("/counts/diagnosisRuns").asInt());
        JsonNode content = o.get("contentStatus");
        assertEquals(2, content.get("Distributed").asInt() + content.get("Pending").asInt() + content.get("Failed").asInt()
                + content.get("behind").asInt(), content.toString());
        assertTrue(content.get("Distributed").asInt() >= 1, content.toString());
        JsonNode days = o.get("findingsPerDay");
        assertEquals(OverviewResource.DAYS, days.size());
        assertEquals(LocalDate.now(ZoneOffset.UTC).toString(), days.get(days.size() - 1).get("day").asText());
        assertTrue(days.get(days.size() - 1).get("findings").asInt() >= 1, "today's diagnosis found KB961269: " + days);
        assertEquals("SMP01", o.at("/smp/0/server").asText());
        assertEquals(1, o.get("gauges").size(), o.toString());
        double used = o.at("/gauges/0/usedPercent").asDouble();
        assertTrue(used > 0 && used <= 100, o.toString());
        assertTrue(o.get("recentChanges").size() > 0 && o.get("recentChanges").size() <= OverviewResource.RECENT);
        assertFalse(r.body().contains(tmp.toString()), "no absolute path for an anonymous caller");
    }

    @Test
    void thePackageDocumentHasItsDriversPagedItsWarningsAndItsDps() {
        Reply r = client.get(pkg(), bearer);
        assertEquals(200, r.status(), r.toString());
        JsonNode d = r.json();
        assertEquals(estate.packageId.value(), d.at("/driverPackage/id").asText(), d.toString());
        assertEquals(2, d.get("drivers").size());
        assertTrue(d.at("/drivers/0/inCatalog").asBoolean());
        assertEquals(2, d.get("distribution").size());
        Reply one = client.get(pkg() + "?limit=1");
        assertEquals(1, one.json().get("drivers").size());
        assertNotNull(one.header("Link"), "a next page");
        assertTrue(one.header("Link").contains("offset=1"), one.header("Link"));
    }

    @Test
    void thePackageListCarriesSummariesAndLeavesTheDriverHashesToThePackageDocument() {
        Reply r = client.get("/api/v1/drivers/packages");
        assertEquals(200, r.status(), r.toString());
        JsonNode row = r.json().get(0);
        assertEquals(1, r.json().size());
        assertEquals(estate.packageId.value(), row.get("id").asText(), r.body());
        assertEquals(2, row.get("driverCount").asInt(), r.body());
        assertEquals("Lenovo", row.at("/model/manufacturer").asText(), r.body());
        assertTrue(row.get("sourceVersion").asInt() >= 1, r.body());
        assertTrue(row.has("source") && row.has("updated") && row.has("os"), r.body());
        assertFalse(row.has("drivers"), "no driver list in a list: " + r.body());
        JsonNode hashes = client.get(pkg(), bearer).json().at("/driverPackage/drivers");
        assertEquals(2, hashes.size());
        hashes.forEach(h -> assertFalse(r.body().contains(h.asText()), "the list names no driver hash: " + r.body()));
        assertEquals("WEB-INVALID-LIMIT", client.get("/api/v1/drivers/packages?limit=1001").code());
        Reply past = client.get("/api/v1/drivers/packages?offset=1");
        assertEquals(0, past.json().size(), past.body());
        assertEquals(null, past.header("Link"), "no next page after the last");
    }

    @Test
    void everyPackagesContentStatusIsPagedInPackageAndDpOrder() {
        JsonNode rows = client.get("/api/v1/drivers/distribution?package=" + estate.packageId.value()).json();
        assertEquals(2, rows.size(), rows.toString());
        Reply first = client.get("/api/v1/drivers/distribution?limit=1");
        assertEquals(200, first.status(), first.toString());
        assertEquals(1, first.json().size(), first.body());
        assertEquals(Estate.DP1, first.json().get(0).get("dpName").asText(), first.body());
        assertEquals(rows.get(0), first.json().get(0), "the same row as the package's own list tells");
        assertEquals("</api/v1/drivers/distribution?limit=1&offset=1>; rel=\"next\"", first.header("Link"));
        Reply second = client.get("/api/v1/drivers/distribution?limit=1&offset=1");
        assertEquals(rows.get(1), second.json().get(0), second.body());
        assertEquals(Estate.DP2, second.json().get(0).get("dpName").asText());
        assertEquals(null, second.header("Link"), "the last row: no next page");
        Reply end = client.get("/api/v1/drivers/distribution?limit=1&offset=2");
        assertEquals(0, end.json().size(), end.body());
        assertEquals(null, end.header("Link"));
        Reply all = client.get("/api/v1/drivers/distribution");
        assertEquals(rows, all.json(), "one default page holds both rows");
        assertEquals(null, all.header("Link"));
        assertEquals("WEB-INVALID-LIMIT", client.get("/api/v1/drivers/distribution?limit=1001").code(), "a page is bounded");
        assertEquals("WEB-INVALID-LIMIT", client.get("/api/v1/drivers/distribution?offset=-1").code());
    }

    @Test
    void thePackageDocumentRefusesBadInput() {
        Reply bad = client.get("/api/v1/drivers/packages/not-an-id");
        assertEquals(400, bad.status(), bad.toString());
        assertTrue(bad.header("Content-Type").startsWith("application/problem+json"));
        Reply unknown = client.get("/api/v1/drivers/packages/PR1FFFFF");
        assertEquals(404, unknown.status(), unknown.toString());
        assertEquals("DRV-PACKAGE-NOT-FOUND", unknown.code(), "the domain's code, not overwritten by the 404 handler");
        assertEquals("WEB-INVALID-LIMIT", client.get(pkg() + "?limit=0").code());
        assertEquals(403, client.get("/api/v1/overview", "Host", "evil.example").status());
        assertEquals(403, client.get(pkg(), "Host", "evil.example").status());
    }

    @Test
    void redistributeIsAWhatIfFirstThenBringsTheFailedDpUpToDate() {
        String route = pkg() + "/redistribute";
        Reply anonymous = client.postJson(route, "{\"confirm\":true}");
        assertEquals(401, anonymous.status());
        WebClient.Session s = client.signIn(dashboard.newToken().orElseThrow(), "alice");
        Reply noCsrf = client.postJson(route, "{\"confirm\":true}", "Cookie", s.cookie());
        assertEquals("WEB-CSRF-MISSING", noCsrf.code());
        assertEquals("WEB-HOST-NOT-ALLOWED", client.postJson(route, "{}", "Host", "evil.example", bearer[0], bearer[1]).code());
        assertEquals(400, client.postJson(route, "{\"dps\":\"dp02\"}", bearer).status(), "dps is a list");
        assertEquals(404, client.postJson(route, "{\"dps\":[\"nosuch.contoso.com\"],\"confirm\":true}", bearer).status());

        Reply whatIf = client.postJson(route, "{}", "Cookie", s.cookie(), "X-CSRF-Token", s.csrf());
        assertEquals(200, whatIf.status(), whatIf.toString());
        assertTrue(whatIf.json().get("whatIf").asBoolean());
        JsonNode operations = whatIf.json().at("/plan/operations");
        assertEquals(1, operations.size(), "only dp02 is not up to date: " + whatIf.body());
        assertTrue(operations.get(0).get("target").asText().contains("dp02"), whatIf.body());
        assertFalse(Files.exists(estate.root.resolve("dp02").resolve(estate.packageId.value())), "a what-if copies nothing");

        Reply done = client.postJson(route, "{\"confirm\":true}", "Cookie", s.cookie(), "X-CSRF-Token", s.csrf());
        assertEquals(200, done.status(), done.toString());
        assertEquals("Distributed", done.json().at("/results/0/state").asText(), done.body());
        assertTrue(Files.isDirectory(estate.root.resolve("dp02").resolve(estate.packageId.value())));
        assertTrue(client.get("/api/v1/audit?limit=5", bearer).body().contains("web:alice@127.0.0.1"), "the signed-in actor is journaled");
        Reply nothing = client.postJson(route, "{\"confirm\":true}", bearer);
        assertEquals(0, nothing.json().get("results").size(), "every DP is up to date now");
    }
}
