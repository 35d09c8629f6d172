package org.osdkit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.CoreSettings;
import org.osdkit.web.WebClient.Reply;

/**
 * The Logs routes and pages over real HTTP: a diagnosed log's timeline (kept once, paged by record number, filtered),
 * evidence lines opening it at their record, the page forms (upload, a log in a root) and error-code lookup. Every
 * format the reader knows is shown in the same columns (the logs module's TimelineStoreContract reads each format's
 * test log; here two formats go through the dashboard). Security on every route is {@link SecurityTest}'s.
 */
class LogsPagesTest {

    /** A CBS.log shape (date, time, severity column, component column), written from the format's description. */
    static final String CBS = "2026-01-05 05:40:00, Info                  CBS    Starting TrustedInstaller initialization.\r\n"
            + "2026-01-05 05:40:01, Error                 CBS    Failed to resolve package [HRESULT = 0x800f081f - CBS_E_SOURCE_MISSING]\r\n";

    @TempDir
    Path tmp;

    private Path logs;
    private Dashboard dashboard;
    private WebClient client;
    private String token;
    private String[] bearer;

    @BeforeEach
    void start() throws IOException {
        logs = Files.createDirectories(tmp.resolve("logs"));
        Files.writeString(logs.resolve("smpmgr.log"), ActionRoutesTest.SMPMGR);
        Files.writeString(tmp.resolve("outside.log"), ActionRoutesTest.SMPMGR);
        dashboard = Dashboard.start(CoreSettings.of(tmp.resolve("ws"), null), DashboardOptions.defaults().withPort(0).withRoot("logs", logs));
        client = new WebClient(dashboard);
        token = dashboard.newToken().orElseThrow();
        bearer = new String[] {"Authorization", "Bearer " + token, Guard.ACTOR_HEADER, "tester"};
    }

    @AfterEach
    void stop() {
        dashboard.close();
    }

    private long upload(String name, String text) {
        Reply r = client.postFile("/api/v1/logs/diagnoses/upload", "log", name, text.getBytes(StandardCharsets.UTF_8), bearer);
        assertEquals(201, r.status(), r.toString());
        return r.json().get("runId").asLong();
    }

    @Test
    void aDiagnosedLogsTimelineIsPagedFilteredAndOpenedAtAnEvidenceLine() {
        long run = upload("smpmgr.log", ActionRoutesTest.SMPMGR);
        JsonNode all = client.get("/api/v1/logs/diagnoses/" + run + "/timeline").json();
        assertEquals(3, all.get("summary").get("records").asInt(), all.toString());
        assertEquals(3, all.get("page").get("entries").size());
        JsonNode first = all.get("page").get("entries").get(0);
        assertEquals("SMS_SMP_MANAGER", first.get("component").asText());
        assertEquals("2009-02-10T10:15:01.123", first.get("localTime").asText());
        assertEquals("LEGACY", first.get("format").asText());

        JsonNode errors = client.get("/api/v1/logs/diagnoses/" + run + "/timeline?severity=error").json().get("page").get("entries");
        // The legacy reader guesses severity from what a line states: "cleanup of failed or stale state
        // stores" is information, the two lines that failed with an error code are errors.
        assertEquals(2, errors.size(), errors.toString());
        errors.forEach(e -> assertEquals("ERROR", e.get("severity").asText()));
        assertEquals(1, client.get("/api/v1/logs/diagnoses/" + run + "/timeline?severity=info,warning").json().get("page").get("entries").size());
        JsonNode paged = client.get("/api/v1/logs/diagnoses/" + run + "/timeline?limit=1&from=1").json().get("page");
        assertEquals(1, paged.get("entries").get(0).get("seq").asInt());
        assertEquals(2, paged.get("next").asInt());
        assertEquals(1, paged.get("previous").asInt(), "a page before starts from here, backwards");
        JsonNode back = client.get("/api/v1/logs/diagnoses/" + run + "/timeline?limit=1&from=1&back=true").json().get("page");
        assertEquals(0, back.get("entries").get(0).get("seq").asInt());
        assertEquals(1, client.get("/api/v1/logs/diagnoses/" + run + "/timeline?text=CHECKANDDELETE").json().get("page").get("entries").size());

        JsonNode at = client.get("/api/v1/logs/diagnoses/" + run + "/timeline?file=0&line=3").json();
        assertEquals(2, at.get("focus").asInt(), at.toString());
        for (String bad : List.of("severity=loud", "file=1", "line=3", "from=-1", "limit=0", "limit=1001", "line=x&file=0")) {
            Reply r = client.get("/api/v1/logs/diagnoses/" + run + "/timeline?" + bad);
            assertEquals(400, r.status(), bad + ": " + r);
            assertEquals("WEB-INVALID-INPUT", r.code(), bad);
        }
        Reply noLine = client.get("/api/v1/logs/diagnoses/" + run + "/timeline?file=0&line=99");
        assertEquals(404, noLine.status());
        assertEquals("WEB-RECORD-NOT-FOUND", noLine.code());
        assertEquals("WEB-DIAGNOSIS-NOT-FOUND", client.get("/api/v1/logs/diagnoses/999/timeline").code());
        assertFalse(client.get("/api/v1/logs/diagnoses/" + run + "/timeline").body().contains(tmp.toString()),
                "the upload's server path is hidden from the signed-out");
    }

    @Test
    void theRunPageShowsTheKb961269FindingWithEvidenceLinkedIntoTheTimeline() {
        WebClient.Session s = client.signIn(token, "dana");
        Reply uploaded = client.postFile("/logs/upload", "log", "smpmgr.log", ActionRoutesTest.SMPMGR.getBytes(StandardCharsets.UTF_8),
                "Cookie", s.cookie(), "X-CSRF-Token", s.csrf());
        assertEquals(303, uploaded.status(), uploaded.toString());
        String location = uploaded.header("Location");
        assertTrue(location.matches("/logs/runs/\\d+"), location);
        String page = client.get(location).body();
        assertTrue(page.contains("data-rule=\"SMP-CLEANUP-KB961269\""), page);
        assertTrue(page.contains("<dt>Cause</dt><dd class=\"cause\">") && page.contains("<dt>Fix</dt><dd class=\"fix\">"), page);
        String link = WebClient.between(page, "<a class=\"mono evidence-link\" href=\"", "\"").replace("&amp;", "&");
        assertTrue(link.startsWith(location + "?file=0&line="), link);
        assertTrue(page.contains("class=\"sev-ERROR evidence\""), "evidence rows are marked in the timeline");
        assertFalse(page.contains(tmp.toString()), "no server path on the page");
        assertFalse(page.contains("<script>") || page.contains("style="), "no inline script or style");

        String opened = client.get(link.substring(0, link.indexOf('#'))).body();
        assertTrue(opened.matches("(?s).*<tr id=\"r\\d+\" class=\"sev-ERROR evidence focus\".*"), opened);
        String errorsOnly = client.get(location + "?severity=error").body();
        assertFalse(errorsOnly.contains("class=\"sev-INFO"), errorsOnly);
        assertTrue(errorsOnly.contains("name=\"severity\" value=\"error\" id=\"sev-error\" checked"), "the filter keeps its state");
        Reply badFilter = client.get(location + "?severity=loud", "Accept", "text/html");
        assertEquals(400, badFilter.status());
        assertTrue(badFilter.header("Content-Type").startsWith("text/html"));

        Reply noFile = client.postFile("/logs/upload", "other", "x.log", new byte[] {'x'}, "Cookie", s.cookie(), "X-CSRF-Token", s.csrf());
        assertEquals(400, noFile.status(), noFile.toString());
        Reply noCsrf = client.postFile("/logs/upload", "log", "smpmgr.log", ActionRoutesTest.SMPMGR.getBytes(StandardCharsets.UTF_8), "Cookie", s.cookie());
        assertEquals(403, noCsrf.status());
    }

    @Test
    void aLogInARootIsDiagnosedFromTheFormAndNothingOutsideIt() {
        WebClient.Session s = client.signIn(token, "erin");
        String home = client.get("/logs", "Cookie", s.cookie()).body();
        assertTrue(home.contains("<select name=\"root\" id=\"root\"><option>logs</option></select>"), home);
        assertTrue(home.contains("enctype=\"multipart/form-data\" id=\"upload-form\""), home);
        assertTrue(home.contains("osdkit logs diagnose"), "the runs' empty state names the command");
        Reply ok = client.postForm("/logs/file", Map.of("csrf", s.csrf(), "root", "logs", "path", "smpmgr.log"), "Cookie", s.cookie());
        assertEquals(303, ok.status(), ok.toString());
        Reply outside = client.postForm("/logs/file", Map.of("csrf", s.csrf(), "root", "logs", "path", "../outside.log"), "Cookie", s.cookie(),
                "Accept", "text/html");
        assertEquals(403, outside.status());
        assertTrue(outside.body().contains("WEB-PATH-OUTSIDE-ROOT"), outside.body());
        assertEquals(400, client.postForm("/logs/file", Map.of("csrf", s.csrf(), "root", "logs"), "Cookie", s.cookie()).status());
        String runs = client.get("/logs").body();
        assertTrue(runs.contains("id=\"diagnoses\"") && runs.contains("logs:smpmgr.log"), runs);
        Reply anonymous = client.postForm("/logs/file", Map.of("root", "logs", "path", "smpmgr.log"));
        assertEquals(401, anonymous.status());
    }

    @Test
    void otherFormatsShowInTheSameColumnsAndALongLogIsPagedThrough() {
        long cbs = upload("CBS.log", CBS);
        JsonNode entries = client.get("/api/v1/logs/diagnoses/" + cbs + "/timeline").json().get("page").get("entries");
        assertEquals(2, entries.size(), entries.toString());
        assertEquals("CBS", entries.get(1).get("format").asText());
        assertEquals("CBS", entries.get(1).get("component").asText());
        assertEquals("ERROR", entries.get(1).get("severity").asText());
        assertEquals("2026-01-05T05:40:01", entries.get(1).get("localTime").asText());

        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 2500; i++) {
            big.append("<![LOG[Step ").append(i).append(i % 500 == 7 ? " failed with 0x80070005" : " ok").append("]LOG]!><time=\"10:")
                    .append(String.format("%02d:%02d", i / 60 % 60, i % 60)).append(".000+000\" date=\"01-05-2026\" component=\"TSManager\" context=\"\" type=\"")
                    .append(i % 500 == 7 ? 3 : 1).append("\" thread=\"1\" file=\"\">\r\n");
        }
        long run = upload("smsts.log", big.toString());
        List<Integer> seen = new ArrayList<>();
        Long from = 0L;
        int pages = 0;
        while (from != null) {
            JsonNode p = client.get("/api/v1/logs/diagnoses/" + run + "/timeline?limit=1000&from=" + from).json().get("page");
            p.get("entries").forEach(e -> seen.add(e.get("seq").asInt()));
            from = p.get("next").isNull() ? null : p.get("next").asLong();
            pages++;
        }
        assertEquals(3, pages);
        assertEquals(2500, seen.size());
        assertEquals(2499, seen.get(seen.size() - 1));
        String lastPage = client.get("/logs/runs/" + run + "?from=2400&severity=error").body();
        assertTrue(lastPage.contains("Previous page"), "errors before this position: a previous page");
        JsonNode errors = client.get("/api/v1/logs/diagnoses/" + run + "/timeline?severity=error").json().get("page").get("entries");
        assertEquals(5, errors.size());
        assertNotNull(errors.get(4).get("message").asText());
    }

    @Test
    void theErrorCodePageDecodesACodeAndSaysWhatWasWrongWithABadOne() {
        String page = client.get("/logs/errcode?code=0x80070005").body();
        assertTrue(page.contains("ERROR_ACCESS_DENIED"), page);
        assertTrue(page.contains("id=\"errcode-explanation\""), page);
        assertTrue(client.get("/logs/errcode").body().contains("Give a code"), "without a code: how to give one");
        Reply bad = client.get("/logs/errcode?code=zzz", "Accept", "text/html");
        assertEquals(400, bad.status(), bad.toString());
        assertTrue(bad.body().contains("LOG-INVALID-ERROR-CODE"), bad.body());
    }
}
