package org.osdkit.cli.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.cli.CliRun;
import org.osdkit.cli.command.ExitCodes;
import org.osdkit.cli.drivers.R61Tree;
import org.osdkit.core.CoreSettings;
import org.osdkit.web.Dashboard;

/**
 * What an admin did on the command line shows on the dashboard: the seed's R61 driver package
 * distributed to a DP, a hierarchy import, an SMP's settings, a log diagnosis with the seed's
 * KB961269 finding, and the error-code lookup. Served by
 * Javalin, checked over HTTP and the overview rendered in headless Chromium where it is installed.
 */
class DashboardEndToEndTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    static final String HIERARCHY = """
            # SYNTHETIC hierarchy for the dashboard test
            sites:
              - code: CEN
                name: Central Brussels
                type: primary
                server: cm-cen.example.test
                version: 4.00.6487.2000
              - code: SE1
                name: Secondary Ghent
                type: secondary
                parent: CEN
                server: cm-se1.example.test
                version: 4.00.6487.2000
            """;

    /** The seed's smpmgr.log lines in the ConfigMgr 2007 site-server format (synthetic times). */
    static final String SMPMGR = """
            Checking store for cleanup of failed or stale state stores...  $$<SMS_SMP_MANAGER><02-10-2009 10:15:01.123+060><thread=2724 (0xAA4)>
            Cleanup of store "E:\\SOURCES\\USMT\\SMPSTOREE_B2DE4AB0$\\FBC02D2321401636EFBD99756C5AAF338C3D018C06B9724EB56B409163928473" failed with errorcode (80004005)  $$<SMS_SMP_MANAGER><02-10-2009 10:15:02.456+060><thread=2724 (0xAA4)>
            CheckAndDeleteSMPStores failed with error code (80004005)  $$<SMS_SMP_MANAGER><02-10-2009 10:15:02.459+060><thread=2724 (0xAA4)>
            """;

    @TempDir
    Path folder;

    private Path workspace;

    @BeforeEach
    void seedThroughTheCli() throws Exception {
        workspace = folder.resolve("ws");
        Path hierarchy = Files.writeString(folder.resolve("hierarchy.yaml"), HIERARCHY);
        assertEquals(ExitCodes.OK, CliRun.in(workspace, "sites", "import", hierarchy.toString()).exitCode());

        Path store = Files.createDirectories(folder.resolve("smpstore"));
        CliRun smp = CliRun.in(workspace, "smp", "settings", "set", "--server", "SMP01", "--site", "CEN",
                "--folder", "Directory=E:\\SOURCES\\USMT;MaxClients=800;MinDiskSpace=10;MinDiskSpaceUnit=2;",
                "--access-path", "E:\\SOURCES\\USMT=" + store, "--delete-after", "14", "--cleanup-cycle-minutes", "1440");
        assertEquals(ExitCodes.OK, smp.exitCode(), smp.err());

        Path share = Files.createDirectories(folder.resolve("share"));
        Path sources = R61Tree.write(share);
        assertEquals(ExitCodes.OK, CliRun.in(workspace, "drivers", "import", sources.toString(), "--category", "R61-8935CTO").exitCode());
        CliRun created = CliRun.in(workspace, "drivers", "package", "create", "--site", "PS1", "--manufacturer", "Lenovo", "--model", "R61",
                "--sku", "8935CTO", "--os", "XP", "--arch", "x86", "--share", share.toString(), "--category", "R61-8935CTO");
        assertEquals(ExitCodes.OK, created.exitCode(), created.err());
        Path dp = Files.createDirectories(folder.resolve("dp01"));
        assertEquals(ExitCodes.OK, CliRun.in(workspace, "drivers", "dp", "add", "--name", "dp01.example.test", "--site", "PS1",
                "--share", dp.toString()).exitCode());
        assertEquals(ExitCodes.OK, CliRun.in(workspace, "drivers", "distribute", "--package", "PS100001", "--dp", "dp01.example.test").exitCode());

        Path log = Files.writeString(folder.resolve("smpmgr.log"), SMPMGR);
        CliRun diagnose = CliRun.in(workspace, "logs", "diagnose", log.toString());
        assertEquals(ExitCodes.PROBLEMS, diagnose.exitCode(), "the KB961269 finding is an error: " + diagnose.out() + diagnose.err());
    }

    private static JsonNode get(Dashboard dashboard, String path) throws Exception {
        HttpURLConnection c = (HttpURLConnection) URI.create(dashboard.url()).resolve(path).toURL().openConnection();
        assertEquals(200, c.getResponseCode(), path);
        try (InputStream in = c.getInputStream()) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void theApiServesWhatTheCliRecorded() throws Exception {
        try (Dashboard dashboard = Dashboard.start(CoreSettings.of(workspace, null), Dashboard.DEFAULT_BIND, 0)) {
            JsonNode packages = get(dashboard, "/api/v1/drivers/packages");
            assertEquals("PS100001", packages.get(0).get("id").asText());
            JsonNode distribution = get(dashboard, "/api/v1/drivers/distribution?package=PS100001");
            assertEquals("Distributed", distribution.get(0).get("state").asText());
            assertEquals("dp01.example.test", distribution.get(0).get("dpName").asText());

            JsonNode sites = get(dashboard, "/api/v1/sites").get("sites");
            assertEquals("CEN", sites.get(0).get("code").asText());
            assertEquals("SE1", sites.get(1).get("code").asText());

            JsonNode smp = get(dashboard, "/api/v1/smp/health");
            assertEquals(1, smp.size());
            assertEquals("SMP01", smp.get(0).get("server").asText());

            JsonNode runs = get(dashboard, "/api/v1/logs/diagnoses");
            assertEquals(1, runs.get(0).get("errors").asInt());
            JsonNode run = get(dashboard, "/api/v1/logs/diagnoses/" + runs.get(0).get("id").asLong());
            assertEquals("SMP-CLEANUP-KB961269", run.get("findings").get(0).get("ruleId").asText());

            JsonNode code = get(dashboard, "/api/v1/logs/errcode/0x80004005");
            assertEquals("E_FAIL", code.get("meanings").get(0).get("symbol").asText());

            JsonNode activity = get(dashboard, "/api/v1/audit");
            assertTrue(activity.size() >= 2, activity.toString());
        }
    }

    /** A POST with the bearer token and a JSON body; the status and the JSON answer. */
    private static JsonNode post(Dashboard dashboard, String path, String json, int expected) throws Exception {
        HttpURLConnection c = (HttpURLConnection) URI.create(dashboard.url()).resolve(path).toURL().openConnection();
        c.setRequestMethod("POST");
        c.setDoOutput(true);
        c.setRequestProperty("Content-Type", "application/json");
        c.setRequestProperty("Authorization", "Bearer " + dashboard.newToken().orElseThrow());
        c.setRequestProperty("X-Osdkit-Actor", "e2e");
        c.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
        assertEquals(expected, c.getResponseCode(), path);
        try (InputStream in = c.getResponseCode() < 400 ? c.getInputStream() : c.getErrorStream()) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void thePackageTheCliMadeIsDistributedThroughTheApiWhatIfFirst() throws Exception {
        Path dp2 = Files.createDirectories(folder.resolve("dp02"));
        assertEquals(ExitCodes.OK, CliRun.in(workspace, "drivers", "dp", "add", "--name", "dp02.example.test", "--site", "PS1",
                "--share", dp2.toString()).exitCode());
        try (Dashboard dashboard = Dashboard.start(CoreSettings.of(workspace, null), Dashboard.DEFAULT_BIND, 0)) {
            JsonNode plan = post(dashboard, "/api/v1/drivers/packages/PS100001/distribute", "{\"dps\":[\"dp02.example.test\"]}", 200);
            assertTrue(plan.get("whatIf").asBoolean());
            assertTrue(plan.get("plan").toString().contains("dp02"), plan.toString());
            try (var listed = Files.list(dp2)) {
                assertEquals(0, listed.count(), "a what-if copies nothing");
            }

            JsonNode done = post(dashboard, "/api/v1/drivers/packages/PS100001/distribute",
                    "{\"dps\":[\"dp02.example.test\"],\"confirm\":true}", 200);
            assertEquals("Distributed", done.get("results").get(0).get("state").asText(), done.toString());
            JsonNode status = get(dashboard, "/api/v1/drivers/distribution?package=PS100001");
            assertEquals(2, status.size(), status.toString());
            assertTrue(get(dashboard, "/api/v1/audit").toString().contains("api:e2e@127.0.0.1"), "the distribution is audited with the caller");
        }
    }

    @Test
    void theOverviewRendersEveryTileInABrowser() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed");
        try (Dashboard dashboard = Dashboard.start(CoreSettings.of(workspace, null), Dashboard.DEFAULT_BIND, 0)) {
            String dom = renderedDom(dashboard.url());
            assertTrue(dom.contains("data-loaded=\"true\""), "scripts did not finish: " + dom);
            assertTrue(dom.contains("<dd id=\"status\" class=\"UP\">UP</dd>"), dom);
            assertTrue(dom.contains("<span class=\"n\">1</span><span class=\"what\">packages</span>"), dom);
            assertTrue(dom.contains("<span class=\"n\">2</span><span class=\"what\">sites</span>"), dom);
            assertTrue(dom.contains("<strong>SMP01</strong>"), dom);
            assertTrue(dom.contains("<span class=\"n\">1</span><span class=\"what\">diagnosis runs</span>"), "the diagnosis: " + dom);
            assertTrue(dom.contains("id=\"findings-chart\"") && dom.contains("id=\"content-summary\""), "the charts: " + dom);
            assertTrue(dom.contains("id=\"recent-table\"") && dom.contains("drivers.distribute"), "the recent changes were fetched: " + dom);
            String drivers = page(dashboard, "/drivers");
            assertTrue(drivers.contains("PS100001") && drivers.contains("1 Distributed"), drivers);
            assertTrue(page(dashboard, "/sites").contains("Secondary Ghent"));
        }
    }

    private static String page(Dashboard dashboard, String path) throws Exception {
        HttpURLConnection c = (HttpURLConnection) URI.create(dashboard.url()).resolve(path).toURL().openConnection();
        assertEquals(200, c.getResponseCode(), path);
        try (InputStream in = c.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String renderedDom(String url) throws Exception {
        Path out = folder.resolve("dom.html");
        Process p = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--user-data-dir=" + folder.resolve("profile"),
                "--virtual-time-budget=15000", "--dump-dom", url))
                .redirectOutput(out.toFile()).redirectError(folder.resolve("chromium.err").toFile()).start();
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), "Chromium did not finish");
        assertEquals(0, p.exitValue(), Files.readString(folder.resolve("chromium.err")));
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
