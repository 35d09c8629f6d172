package org.osdkit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.CoreSettings;
import org.osdkit.core.OsdkitException;
import org.osdkit.statemigration.cleanup.CleanupReport;
import org.osdkit.web.WebClient.Reply;

/**
 * The State migration routes and pages over real HTTP: capacity history from kept checks, the journal, the cleanup
 * started in the server (what-if first, then confirmed) and followed store by store through the progress route, and
 * the page forms (what-if, confirm, holds) with their refusals. Security on every route is {@link SecurityTest}'s.
 */
@DisabledOnOs(OS.WINDOWS)
class SmpPagesTest {

    @TempDir
    Path tmp;

    private Path storage;
    private Dashboard dashboard;
    private WebClient client;
    private String token;
    private String[] bearer;

    @BeforeEach
    void start() throws IOException {
        Path workspace = tmp.resolve("ws");
        storage = SmpEstate.create(tmp, workspace, 2);
        dashboard = Dashboard.start(CoreSettings.of(workspace, null), DashboardOptions.defaults().withPort(0));
        client = new WebClient(dashboard);
        token = dashboard.newToken().orElseThrow();
        bearer = new String[] {"Authorization", "Bearer " + token, Guard.ACTOR_HEADER, "tester"};
    }

    @AfterEach
    void stop() {
        dashboard.close();
    }

    private Path store(int i) {
        return storage.resolve("SMPSTOREE_B2DE4AB0$/S" + i);
    }

    /** Polls the progress route until the run is no longer RUNNING (a bounded wait, not a sleep). */
    private JsonNode finished() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            JsonNode p = client.get("/api/v1/smp/SMP01/cleanup/progress").json();
            if (!p.get("state").asText().equals("RUNNING")) {
                return p;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("the cleanup did not finish in 60 s");
    }

    @Test
    void capacityOverTimeComesFromEveryKeptHealthCheck() {
        Reply all = client.get("/api/v1/smp/SMP01/capacity");
        assertEquals(200, all.status(), all.toString());
        assertEquals(2, all.json().size(), "one folder, two checks: " + all.body());
        assertEquals(3, all.json().get(0).get("clients").asInt(), "three stores in the folder");
        assertEquals(1, client.get("/api/v1/smp/SMP01/capacity?checks=1").json().size());
        Reply zero = client.get("/api/v1/smp/SMP01/capacity?checks=0");
        assertEquals(400, zero.status());
        assertEquals("WEB-INVALID-LIMIT", zero.code());
        assertEquals("WEB-INVALID-LIMIT", client.get("/api/v1/smp/SMP01/capacity?checks=many").code());
        Reply unknown = client.get("/api/v1/smp/NOSUCH/capacity");
        assertEquals(404, unknown.status(), unknown.toString());
        assertEquals("SMP-NOT-CONFIGURED", unknown.code());
    }

    @Test
    void aConfirmedCleanupRunsInTheServerAndItsProgressShowsEveryStore() {
        JsonNode idle = client.get("/api/v1/smp/SMP01/cleanup/progress").json();
        assertEquals("IDLE", idle.get("state").asText(), idle.toString());
        Reply whatIf = client.postJson("/api/v1/smp/SMP01/cleanup/start", "{}", bearer);
        assertEquals(200, whatIf.status(), whatIf.toString());
        assertTrue(whatIf.json().get("whatIf").asBoolean());
        assertTrue(Files.exists(store(1)), "a what-if deletes nothing");
        assertEquals("IDLE", client.get("/api/v1/smp/SMP01/cleanup/progress").json().get("state").asText());

        Reply started = client.postJson("/api/v1/smp/SMP01/cleanup/start", "{\"confirm\":true}", bearer);
        assertEquals(202, started.status(), started.toString());
        assertEquals("/api/v1/smp/SMP01/cleanup/progress", started.header("Location"));
        JsonNode done = finished();
        assertEquals("FINISHED", done.get("state").asText(), done.toString());
        assertEquals(2, done.get("planned").asInt(), "PC7 and HR-PC2 are released and past the delay");
        assertEquals(2, done.get("counts").get("DELETED").asInt(), done.toString());
        assertEquals("api:tester@127.0.0.1", done.get("job").get("actor").asText());
        assertFalse(Files.exists(store(0)));
        assertFalse(Files.exists(store(1)));
        assertTrue(Files.exists(store(2)), "RECENT is inside the delay");

        Reply onePage = client.get("/api/v1/smp/SMP01/cleanup/progress?limit=1");
        assertEquals(1, onePage.json().get("steps").size());
        assertTrue(onePage.header("Link").contains("offset=1"), onePage.toString());
        assertEquals(400, client.get("/api/v1/smp/SMP01/cleanup/progress?limit=0").status());

        JsonNode runs = client.get("/api/v1/smp/SMP01/runs").json();
        assertEquals(1, runs.size(), runs.toString());
        String runId = runs.get(0).get("runId").asText();
        assertEquals(runId, done.get("run").get("runId").asText());
        JsonNode run = client.get("/api/v1/smp/SMP01/runs/" + runId).json();
        assertEquals(2, run.get("steps").size());
        assertEquals("DELETED", run.get("steps").get(0).get("state").asText());
        Reply other = client.get("/api/v1/smp/SMP01/runs/no-such-run");
        assertEquals(404, other.status());
        assertEquals("SMP-RUN-NOT-FOUND", other.code());
        assertTrue(client.get("/api/v1/audit?limit=100", bearer).body().contains("smp.store.delete"), "each deletion is audited");
        Reply page = client.get("/smp/SMP01/runs/" + runId);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("<tr class=\"step DELETED\""), page.body());
        assertEquals(400, client.postJson("/api/v1/smp/SMP01/cleanup/start", "{\"confirm\":\"yes\"}", bearer).status());
        assertEquals(404, client.postJson("/api/v1/smp/NOSUCH/cleanup/start", "{\"confirm\":true}", bearer).status());
    }

    @Test
    void theSmpPagesShowCapacityPlanHoldsAndJournalWithoutInlineScript() {
        Reply list = client.get("/smp");
        assertEquals(200, list.status());
        assertTrue(list.body().contains("<a href=\"/smp/SMP01\">SMP01</a>"), list.body());
        Reply page = client.get("/smp/SMP01");
        assertEquals(200, page.status(), page.toString());
        String html = page.body();
        assertTrue(html.contains("<svg class=\"chart capacity\" id=\"capacity-0\""), "the capacity chart");
        assertTrue(html.contains("<polyline class=\"clients\""), html);
        assertTrue(html.contains("data-fetch=\"/smp/SMP01/plan\""), "the plan is fetched after the page, with a loading state: " + html);
        String plan = client.get("/smp/SMP01/plan").body();
        assertTrue(plan.contains("id=\"plan\"") && !plan.contains("<html"), "a part, not a page: " + plan);
        assertTrue(plan.contains(">DELETE</span></td><td>HR-PC2"), "HR-PC2 is to be deleted: " + plan);
        assertTrue(plan.contains("INSIDE_DELAY"), "RECENT is kept, with the reason");
        assertTrue(html.contains("osdkit smp hold place"), "the holds' empty state names the command");
        assertTrue(html.contains("osdkit smp cleanup --smp SMP01"), "the journal's empty state names the command");
        assertTrue(html.contains("<a href=\"/signin\">Sign in</a> to act here."), "signed out: no action forms");
        assertFalse(html.contains(storage.toString()), "no server path on the page");
        for (String h : List.of(list.body(), html, plan)) {
            assertFalse(h.contains("<script>") || h.contains("style="), "no inline script or style");
        }
        Reply missing = client.get("/smp/NOSUCH", "Accept", "text/html");
        assertEquals(404, missing.status());
        assertTrue(missing.header("Content-Type").startsWith("text/html"), missing.toString());
        assertTrue(missing.body().contains("SMP-NOT-CONFIGURED"));
    }

    @Test
    void thePageFormsAskFirstThenStartTheRunAndRefuseWithoutCsrfOrSignIn() {
        WebClient.Session s = client.signIn(token, "alice");
        String cookie = s.cookie();
        Reply noCsrf = client.postForm("/smp/SMP01/cleanup", Map.of("confirm", "true"), "Cookie", cookie);
        assertEquals(403, noCsrf.status(), noCsrf.toString());
        Reply anonymous = client.postForm("/smp/SMP01/cleanup", Map.of("confirm", "true"));
        assertEquals(401, anonymous.status());
        assertTrue(Files.exists(store(1)), "refused: nothing deleted");

        Reply whatIf = client.postForm("/smp/SMP01/cleanup", Map.of("csrf", s.csrf()), "Cookie", cookie, "Accept", "text/html");
        assertEquals(200, whatIf.status(), whatIf.toString());
        assertTrue(whatIf.body().contains("id=\"whatif-stores\""), whatIf.body());
        assertTrue(whatIf.body().contains("of HR-PC2"), whatIf.body());
        assertTrue(whatIf.body().contains("name=\"confirm\" value=\"true\""), "a confirm form");
        assertTrue(Files.exists(store(1)), "the what-if deletes nothing");

        Reply held = client.postForm("/smp/SMP01/holds", Map.of("csrf", s.csrf(), "target", "PC7", "reason", "legal"), "Cookie", cookie);
        assertEquals(303, held.status(), held.toString());
        assertTrue(client.get("/smp/SMP01", "Cookie", cookie).body().contains("<td>PC7</td><td>legal</td><td>web:alice@127.0.0.1</td>"));
        Reply noTarget = client.postForm("/smp/SMP01/holds", Map.of("csrf", s.csrf()), "Cookie", cookie);
        assertEquals(400, noTarget.status());

        Reply confirmed = client.postForm("/smp/SMP01/cleanup", Map.of("csrf", s.csrf(), "confirm", "true"), "Cookie", cookie);
        assertEquals(303, confirmed.status(), confirmed.toString());
        assertEquals("/smp/SMP01/cleanup", confirmed.header("Location"));
        JsonNode done = finished();
        assertEquals(1, done.get("counts").get("DELETED").asInt(), "PC7 is held: " + done);
        assertTrue(Files.exists(store(0)), "held");
        assertFalse(Files.exists(store(1)));
        String progress = client.get("/smp/SMP01/cleanup", "Cookie", cookie).body();
        assertTrue(progress.contains("id=\"progress\" data-progress=\"/api/v1/smp/SMP01/cleanup/progress\" data-state=\"FINISHED\""), progress);
        assertTrue(progress.contains("<script src=\"/assets/smp.js\" defer></script>"));

        Reply removed = client.postForm("/smp/SMP01/holds/remove", Map.of("csrf", s.csrf(), "target", "PC7"), "Cookie", cookie);
        assertEquals(303, removed.status(), removed.toString());
        assertEquals(0, client.get("/api/v1/smp/holds").json().size());
    }

    @Test
    void oneDashboardRunsOneCleanupPerSmpAtATimeAndKeepsWhatStoppedIt() throws InterruptedException {
        try (CleanupJobs jobs = new CleanupJobs(Clock.systemUTC())) {
            CountDownLatch release = new CountDownLatch(1);
            CleanupJobs.Job first = jobs.start("SMP01", "alice", () -> {
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new CleanupReport("run-1", "SMP01", false, List.of(), null, 0);
            });
            OsdkitException refused = assertThrows(OsdkitException.class, () -> jobs.start("smp01", "bob", () -> null));
            assertEquals(CleanupJobs.JOB_RUNNING, refused.code());
            assertTrue(refused.getMessage().contains("alice"), refused.getMessage());
            release.countDown();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (first.state() == CleanupJobs.State.RUNNING && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertEquals(CleanupJobs.State.FINISHED, first.state());
            assertEquals("run-1", first.outcome().orElseThrow().report().runId(), "a finished job carries its report");
            CleanupJobs.Job failing = jobs.start("SMP01", "bob", () -> {
                throw new OsdkitException(org.osdkit.statemigration.SmpErrors.CLEANUP_RUNNING, "held elsewhere");
            });
            while (failing.state() == CleanupJobs.State.RUNNING && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            CleanupJobs.Outcome failed = failing.outcome().orElseThrow();
            assertEquals(CleanupJobs.State.FAILED, failed.state());
            assertEquals("SMP-CLEANUP-RUNNING", failed.problemCode());
            assertTrue(failed.endedAt() != null && !failed.endedAt().isBefore(failing.startedAt));
            assertEquals(failing, jobs.last("SMP01").orElseThrow());
        }
    }
}
