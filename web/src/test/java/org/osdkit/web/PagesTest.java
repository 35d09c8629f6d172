package org.osdkit.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.CoreSettings;
import org.osdkit.web.WebClient.Reply;

/**
 * The overview, Drivers and Sites pages over real HTTP against an {@link Estate}: what each shows,
 * bad input, and the forms (what-if page first, then the confirmation) with their refusals. The security
 * headers, the Host allowlist and anonymous and CSRF refusals of every route are also in {@link SecurityTest}.
 */
@DisabledOnOs(OS.WINDOWS)
class PagesTest {

    @TempDir
    static Path tmp;

    static Estate estate;
    static Dashboard dashboard;
    static WebClient client;
    static WebClient.Session session;

    @BeforeAll
    static void start() {
        CoreSettings settings = CoreSettings.of(tmp.resolve("ws"), null);
        estate = Estate.build(tmp.resolve("estate"), settings);
        dashboard = Dashboard.start(settings, estate.options());
        client = new WebClient(dashboard);
        session = client.signIn(dashboard.newToken().orElseThrow(), "erin");
    }

    @AfterAll
    static void stop() {
        dashboard.close();
    }

    private static Reply page(String path, String... headers) {
        Reply r = client.get(path, headers);
        assertEquals(200, r.status(), path + ": " + r);
        assertTrue(r.header("Content-Type").startsWith("text/html"), path);
        assertFalse(r.body().contains("<script>") || r.body().contains("style=\""), path + ": no inline script or style");
        assertTrue(r.body().contains("id=\"nav-overview\""), path + " has the navigation");
        return r;
    }

    private static Reply form(String path, Map<String, String> fields, boolean withCsrf) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (withCsrf) {
            all.put("csrf", session.csrf());
        }
        return client.postForm(path, all, "Cookie", session.cookie(), "Accept", "text/html");
    }

    @Test
    void theOverviewHasATilePerDomainEachLinkingToItsPage() {
        String body = page("/").body();
        for (String link : new String[] {"href=\"/drivers\"", "href=\"/sites\"", "href=\"/smp\"", "href=\"/logs\""}) {
            assertTrue(body.contains(link), link);
        }
        assertTrue(body.contains("<dd id=\"status\" class=\"UP\">UP</dd>"), body);
        assertTrue(body.contains("id=\"findings-chart\""), "the findings chart is inline SVG");
        assertTrue(body.contains("id=\"content-summary\""), "the content status summary chart");
        assertTrue(body.contains("id=\"gauge-0\""), "a capacity gauge from the stored health check");
        assertTrue(body.contains("data-fetch=\"/overview/recent\""), "the recent changes load after the page");
        String recent = client.get("/overview/recent").body();
        assertTrue(recent.contains("id=\"recent-table\"") && recent.contains("drivers.distribute"), recent);
        assertNoServerPath(body);
        assertNoServerPath(recent);
    }

    private static void assertNoServerPath(String body) {
        int at = body.indexOf(tmp.toString());
        assertTrue(at < 0, "no absolute server path shown to an anonymous visitor: " + body.substring(Math.max(0, at - 200), Math.max(0, at) + 100));
    }

    @Test
    void theDriversPageListsPackagesPerModelChartsEachDpAndFilters() {
        String body = page("/drivers").body();
        assertTrue(body.contains("Lenovo R61 8935CTO") && body.contains(estate.packageId.value()), body);
        assertTrue(body.contains("id=\"dp-chart\"") && body.contains(Estate.DP1) && body.contains(Estate.DP2), "a chart row per DP");
        String failedOnly = page("/drivers?state=Failed").body();
        assertTrue(failedOnly.contains(estate.packageId.value()), "dp02 failed: the package is listed");
        assertTrue(page("/drivers?model=Dell").body().contains("id=\"no-match\""), "no Dell package");
        Reply bad = client.get("/drivers?state=Exploded", "Accept", "text/html");
        assertEquals(400, bad.status());
        assertTrue(bad.body().contains("class=\"problem\"") && bad.body().contains("WEB-INVALID-INPUT"), "a refusal is highlighted on a page: " + bad.body());
        assertEquals(400, client.get("/drivers?limit=0").status());
    }

    @Test
    void thePackagePageShowsDriversWarningsAndDpsAndOffersTheActionsOnlyWhenSignedIn() {
        String path = "/drivers/packages/" + estate.packageId.value();
        String anonymous = page(path).body();
        assertTrue(anonymous.contains("id=\"drivers-table\"") && anonymous.contains("e1e5132.inf"), anonymous);
        assertTrue(anonymous.contains("id=\"dp-table\"") && anonymous.contains("DistributionFailed"), anonymous);
        assertTrue(anonymous.contains("id=\"warnings\"") && anonymous.contains("Distribution failed on 1 DP"), anonymous);
        assertFalse(anonymous.contains("id=\"distribute-form\""), "no action form for an anonymous visitor");
        assertNoServerPath(anonymous);
        String signedIn = page(path, "Cookie", session.cookie()).body();
        assertTrue(signedIn.contains("id=\"distribute-form\"") && signedIn.contains("id=\"redistribute-form\""));
        assertTrue(signedIn.contains("name=\"csrf\" value=\"" + session.csrf() + "\""), "the forms carry the session's CSRF token");
        assertTrue(signedIn.contains("value=\"Branch DPs\""), "DP groups are offered");
        assertEquals(400, client.get("/drivers/packages/not-a-package").status());
        assertEquals(404, client.get("/drivers/packages/PR1FFFFF", "Accept", "text/html").status());
    }

    @Test
    void distributingFromThePageIsAWhatIfFirstAndRefusedWithoutCsrfOrSignIn() {
        String path = "/drivers/packages/" + estate.packageId.value() + "/distribute";
        Reply noCsrf = form(path, Map.of("dps", Estate.DP1), false);
        assertEquals(403, noCsrf.status());
        assertTrue(noCsrf.body().contains("WEB-CSRF-MISSING"), noCsrf.body());
        Reply anonymous = client.postForm(path, Map.of("dps", Estate.DP1), "Accept", "text/html");
        assertEquals(401, anonymous.status());
        Reply none = form(path, Map.of(), true);
        assertEquals(400, none.status(), "no DP named");
        Reply whatIf = form(path, Map.of("groups", "Branch DPs"), true);
        assertEquals(200, whatIf.status(), whatIf.toString());
        assertTrue(whatIf.body().contains("id=\"plan\"") && whatIf.body().contains("id=\"confirm-form\""), whatIf.body());
        assertTrue(whatIf.body().contains("name=\"confirm\" value=\"true\"") && whatIf.body().contains("name=\"groups\" value=\"Branch DPs\""));
        assertTrue(whatIf.body().contains("2 DPs"), "both group members: " + whatIf.body());
    }

    @Test
    void theSitesPageIsATreeWithTheRuleProblemsMarked() {
        String body = page("/sites").body();
        assertTrue(body.contains("id=\"site-tree\""));
        int cen = body.indexOf("data-site=\"CEN\"");
        int pr1 = body.indexOf("data-site=\"PR1\"");
        int se1 = body.indexOf("data-site=\"SE1\"");
        assertTrue(cen >= 0 && cen < pr1 && pr1 < se1, "SE1 under PR1 under CEN");
        int se9 = body.indexOf("data-site=\"SE9\"");
        assertTrue(body.indexOf("problem-mark", se9) > se9, "SE9's missing parent is marked: " + body);
        String site = page("/sites/SE1").body();
        assertTrue(site.contains("id=\"unsupported-warning\"") && site.contains("NOT supported by Microsoft"), "the warning is on the page");
        assertTrue(site.contains("Path to the top") && site.contains("SE1 \u2192 PR1 \u2192 CEN"), site);
        assertEquals(400, client.get("/sites/AUX").status(), "a reserved site code");
        assertEquals(404, client.get("/sites/ZZ9").status());
    }

    @Test
    void aDescriptionChangeShowsTheDiffAndStepsThenIsMadeOnConfirmationAndRevertedFromTheHistory() throws IOException {
        byte[] before = Files.readAllBytes(estate.controlFile);
        Map<String, String> change = new LinkedHashMap<>();
        change.put("root", "sites");
        change.put("controlFile", Estate.CONTROL_FILE);
        change.put("description", "Ghent Harbour");
        Reply whatIf = form("/sites/SE1/description", change, true);
        assertEquals(200, whatIf.status(), whatIf.toString());
        assertTrue(whatIf.body().contains("id=\"diff\"") && whatIf.body().contains("Ghent Harbour"), whatIf.body());
        assertTrue(whatIf.body().contains("class=\"del\"") && whatIf.body().contains("class=\"add\""), "the one-line diff");
        assertTrue(whatIf.body().contains("id=\"steps\""), "the steps");
        assertTrue(whatIf.body().contains("NOT supported by Microsoft") && whatIf.body().contains("id=\"acceptUnsupported\""), whatIf.body());
        assertArrayEquals(before, Files.readAllBytes(estate.controlFile), "a what-if changes nothing");

        change.put("confirm", "true");
        Reply refused = form("/sites/SE1/description", change, true);
        assertEquals(403, refused.status(), "confirming without accepting the unsupported edit is refused");
        assertTrue(refused.body().contains("SITE-FORCE-REQUIRED"), refused.body());
        change.put("acceptUnsupported", "true");
        Reply done = form("/sites/SE1/description", change, true);
        assertEquals(200, done.status(), done.toString());
        assertTrue(done.body().contains("id=\"changed\""), done.body());
        assertTrue(Files.readString(estate.controlFile, StandardCharsets.ISO_8859_1).contains("Ghent Harbour"));
        assertEquals("RUNNING", Files.readString(estate.serviceState).strip(), "SMS_EXECUTIVE is started again");

        String site = page("/sites/SE1", "Cookie", session.cookie()).body();
        String id = WebClient.between(site, "<tr data-change=\"", "\"");
        assertTrue(site.contains("id=\"revert-" + id + "\""), "the history offers the revert");
        Reply revertPlan = form("/sites/changes/" + id + "/revert", Map.of(), true);
        assertEquals(200, revertPlan.status(), revertPlan.toString());
        assertTrue(revertPlan.body().contains("id=\"confirm-form\""), revertPlan.body());
        assertTrue(Files.readString(estate.controlFile, StandardCharsets.ISO_8859_1).contains("Ghent Harbour"), "the revert's what-if changes nothing");
        Reply reverted = form("/sites/changes/" + id + "/revert", Map.of("confirm", "true", "acceptUnsupported", "true"), true);
        assertEquals(200, reverted.status(), reverted.toString());
        assertArrayEquals(before, Files.readAllBytes(estate.controlFile), "the revert puts the file back as it was");
        assertTrue(client.get("/api/v1/sites/changes", "Cookie", session.cookie()).body().contains("web:erin@127.0.0.1"));
        assertEquals(400, form("/sites/changes/zero/revert", Map.of(), true).status());
        try (Dashboard noRoots = Dashboard.start(CoreSettings.of(tmp.resolve("ws"), null), DashboardOptions.defaults().withPort(0))) {
            Reply outside = new WebClient(noRoots).postJson("/api/v1/sites/changes/" + id + "/revert", "{}", "Authorization",
                    "Bearer " + dashboard.newToken().orElseThrow());
            assertEquals("WEB-PATH-OUTSIDE-ROOT", outside.code(), "a recorded file outside every root of this dashboard: " + outside);
        }
        assertEquals(404, form("/sites/changes/999/revert", Map.of(), true).status());
    }

    @Test
    void theRevertApiRefusesABadOrUnknownChangeId() {
        Reply r = client.postJson("/api/v1/sites/changes/abc/revert", "{}", "Cookie", session.cookie(), "X-CSRF-Token", session.csrf());
        assertEquals(400, r.status(), r.toString());
        assertEquals("WEB-INVALID-INPUT", r.code());
        Reply missing = client.postJson("/api/v1/sites/changes/4242/revert", "{}", "Cookie", session.cookie(), "X-CSRF-Token", session.csrf());
        assertEquals("SITE-CHANGE-NOT-FOUND", missing.code());
    }
}
