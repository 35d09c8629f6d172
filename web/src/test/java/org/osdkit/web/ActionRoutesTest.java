package org.osdkit.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.CoreSettings;
import org.osdkit.web.WebClient.Reply;

/**
 * The mutating routes over real HTTP with the bearer token: each calls the CLI's use case (what-if first,
 * then confirmed), refuses bad input, confines every server path a client names to a root, and
 * records the caller in the audit journal.
 */
@DisabledOnOs(OS.WINDOWS)
class ActionRoutesTest {

    /** The seed's smpmgr.log lines (KB961269), ConfigMgr 2007 site-server format, synthetic times. */
    static final String SMPMGR = """
            Checking store for cleanup of failed or stale state stores...  $$<SMS_SMP_MANAGER><02-10-2009 10:15:01.123+060><thread=2724 (0xAA4)>
            Cleanup of store "E:\\SOURCES\\USMT\\SMPSTOREE_B2DE4AB0$\\FBC02D2321401636EFBD99756C5AAF338C3D018C06B9724EB56B409163928473" failed with errorcode (80004005)  $$<SMS_SMP_MANAGER><02-10-2009 10:15:02.456+060><thread=2724 (0xAA4)>
            CheckAndDeleteSMPStores failed with error code (80004005)  $$<SMS_SMP_MANAGER><02-10-2009 10:15:02.459+060><thread=2724 (0xAA4)>
            """;

    @TempDir
    Path tmp;

    private Path workspace;
    private Path logs;
    private Path sites;
    private Path controlFile;
    private Path serviceState;
    private Path storage;
    private Dashboard dashboard;
    private WebClient client;
    private String[] bearer;

    @BeforeEach
    void start() throws IOException {
        workspace = tmp.resolve("ws");
        logs = Files.createDirectories(tmp.resolve("logs"));
        Files.writeString(logs.resolve("smpmgr.log"), SMPMGR);
        Files.writeString(tmp.resolve("outside.log"), SMPMGR);
        Path box = Files.createDirectories(tmp.resolve("sites/SCCM/Inboxes/SiteCtrl.box"));
        Files.createDirectories(box.resolve("incoming"));
        Files.createDirectories(box.resolve("history"));
        sites = tmp.resolve("sites");
        try (InputStream in = ActionRoutesTest.class.getResourceAsStream("cm2007-secondary-se1.ct0")) {
            controlFile = box.resolve("sitectrl.ct0");
            Files.copy(in, controlFile);
        }
        serviceState = Files.writeString(tmp.resolve("service.state"), "RUNNING\n");
        anSmpWithStores();
        dashboard = Dashboard.start(CoreSettings.of(workspace, null), DashboardOptions.defaults().withPort(0)
                .withRoot("logs", logs).withRoot("sites", sites).withMaxUploadBytes(64 * 1024)
                .withSiteServiceCommands("echo STOPPED > '" + serviceState + "'", "echo RUNNING > '" + serviceState + "'",
                        "cat '" + serviceState + "'", Duration.ofSeconds(20)));
        client = new WebClient(dashboard);
        bearer = new String[] {"Authorization", "Bearer " + dashboard.newToken().orElseThrow(), Guard.ACTOR_HEADER, "tester"};
    }

    @AfterEach
    void stop() {
        dashboard.close();
    }

    /** SMP01 with two released stores past the delay (PC7, HR-PC2) and one inside it (RECENT), set up through the use cases. */
    private void anSmpWithStores() throws IOException {
        storage = SmpEstate.create(tmp, workspace, 0);
    }

    private String audit() {
        return client.get("/api/v1/audit?limit=1000", bearer).body();
    }

    @Test
    void anUploadedLogIsDiagnosedKeptUnderTheCallerAndNotLeftOnDisk() throws IOException {
        Reply r = client.postFile("/api/v1/logs/diagnoses/upload", "log", "smpmgr.log", SMPMGR.getBytes(StandardCharsets.UTF_8), bearer);
        assertEquals(201, r.status(), r.toString());
        assertEquals("SMP-CLEANUP-KB961269", r.json().get("report").get("findings").get(0).get("ruleId").asText());
        long runId = r.json().get("runId").asLong();
        JsonNode run = client.get("/api/v1/logs/diagnoses/" + runId).json();
        assertEquals("SMP-CLEANUP-KB961269", run.get("findings").get(0).get("ruleId").asText());
        assertTrue(audit().contains("\"action\":\"logs.diagnose\""), audit());
        assertTrue(audit().contains("api:tester@127.0.0.1"), audit());
        try (Stream<Path> left = Files.list(workspace.resolve("web-uploads"))) {
            assertEquals(0, left.count(), "the upload is deleted once diagnosed");
        }
    }

    @Test
    void uploadsOverTheLimitOrWithoutTheFieldAreRefused() {
        Reply big = client.postFile("/api/v1/logs/diagnoses/upload", "log", "big.log", new byte[200 * 1024], bearer);
        assertEquals(413, big.status(), big.toString());
        assertEquals("WEB-UPLOAD-TOO-LARGE", big.code());
        assertTrue(big.header("Content-Type").startsWith("application/problem+json"), big.toString());
        Reply none = client.postFile("/api/v1/logs/diagnoses/upload", "other", "x.log", SMPMGR.getBytes(StandardCharsets.UTF_8), bearer);
        assertEquals(400, none.status(), none.toString());
        assertEquals("WEB-INVALID-INPUT", none.code());
        assertEquals(0, client.get("/api/v1/logs/diagnoses").json().size(), "nothing was diagnosed");
    }

    @Test
    void aLogInsideARootIsDiagnosedAndNothingOutsideItIsRead() throws IOException {
        Reply ok = client.postJson("/api/v1/logs/diagnoses/file", "{\"root\":\"logs\",\"path\":\"smpmgr.log\"}", bearer);
        assertEquals(201, ok.status(), ok.toString());
        assertEquals("SMP-CLEANUP-KB961269", ok.json().get("report").get("findings").get(0).get("ruleId").asText(), ok.body());

        Reply dotdot = client.postJson("/api/v1/logs/diagnoses/file", "{\"root\":\"logs\",\"path\":\"../outside.log\"}", bearer);
        assertEquals(403, dotdot.status(), dotdot.toString());
        assertEquals("WEB-PATH-OUTSIDE-ROOT", dotdot.code());
        Reply absolute = client.postJson("/api/v1/logs/diagnoses/file", "{\"root\":\"logs\",\"path\":\"" + tmp.resolve("outside.log") + "\"}", bearer);
        assertEquals("WEB-PATH-OUTSIDE-ROOT", absolute.code());
        Files.createSymbolicLink(logs.resolve("link.log"), tmp.resolve("outside.log"));
        Reply link = client.postJson("/api/v1/logs/diagnoses/file", "{\"root\":\"logs\",\"path\":\"link.log\"}", bearer);
        assertEquals("WEB-PATH-OUTSIDE-ROOT", link.code(), "a link inside the root that leads out is refused");
        Reply unknown = client.postJson("/api/v1/logs/diagnoses/file", "{\"root\":\"etc\",\"path\":\"passwd\"}", bearer);
        assertEquals(404, unknown.status());
        assertEquals("WEB-UNKNOWN-ROOT", unknown.code());
        Reply missing = client.postJson("/api/v1/logs/diagnoses/file", "{\"root\":\"logs\"}", bearer);
        assertEquals(400, missing.status());
        assertEquals(1, client.get("/api/v1/logs/diagnoses").json().size(), "only the log inside the root was diagnosed");
    }

    @Test
    void aSiteDescriptionChangeIsPlannedFirstThenMadeAndAudited() throws IOException {
        byte[] before = Files.readAllBytes(controlFile);
        String change = "\"root\":\"sites\",\"controlFile\":\"SCCM/Inboxes/SiteCtrl.box/sitectrl.ct0\",\"site\":\"SE1\","
                + "\"description\":\"Brussels North\",\"acceptUnsupported\":true";
        Reply plan = client.postJson("/api/v1/sites/description", "{" + change + "}", bearer);
        assertEquals(200, plan.status(), plan.toString());
        assertTrue(plan.json().get("whatIf").asBoolean());
        assertTrue(plan.json().get("warning").asText().toLowerCase().contains("support"), plan.body());
        assertArrayEquals(before, Files.readAllBytes(controlFile), "a what-if changes nothing");

        Reply made = client.postJson("/api/v1/sites/description", "{" + change + ",\"confirm\":true}", bearer);
        assertEquals(200, made.status(), made.toString());
        assertFalse(made.json().get("whatIf").asBoolean());
        assertTrue(Files.readString(controlFile, StandardCharsets.ISO_8859_1).contains("Brussels North"));
        JsonNode changes = client.get("/api/v1/sites/changes", bearer).json();
        assertEquals("api:tester@127.0.0.1", changes.get(0).get("actor").asText());
        assertEquals("RUNNING", Files.readString(serviceState).strip(), "the service is started again");
        assertTrue(audit().contains("api:tester@127.0.0.1"));
    }

    @Test
    void aSiteDescriptionChangeRefusesBadInputAndPathsOutsideTheRoot() throws IOException {
        byte[] before = Files.readAllBytes(controlFile);
        Reply noAccept = client.postJson("/api/v1/sites/description", "{\"root\":\"sites\",\"controlFile\":\"SCCM/Inboxes/SiteCtrl.box/sitectrl.ct0\","
                + "\"site\":\"SE1\",\"description\":\"X\",\"confirm\":true}", bearer);
        assertEquals(403, noAccept.status(), noAccept.toString());
        assertEquals("SITE-FORCE-REQUIRED", noAccept.code());
        Reply noDescription = client.postJson("/api/v1/sites/description", "{\"root\":\"sites\",\"controlFile\":\"SCCM/Inboxes/SiteCtrl.box/sitectrl.ct0\","
                + "\"site\":\"SE1\",\"acceptUnsupported\":true,\"confirm\":true}", bearer);
        assertEquals(400, noDescription.status());
        Reply badSite = client.postJson("/api/v1/sites/description", "{\"root\":\"sites\",\"controlFile\":\"SCCM/Inboxes/SiteCtrl.box/sitectrl.ct0\","
                + "\"site\":\"AUX\",\"description\":\"X\",\"acceptUnsupported\":true}", bearer);
        assertEquals(400, badSite.status(), badSite.toString());
        Reply outside = client.postJson("/api/v1/sites/description", "{\"root\":\"sites\",\"controlFile\":\"../logs/smpmgr.log\","
                + "\"site\":\"SE1\",\"description\":\"X\",\"acceptUnsupported\":true,\"confirm\":true}", bearer);
        assertEquals("WEB-PATH-OUTSIDE-ROOT", outside.code());
        assertArrayEquals(before, Files.readAllBytes(controlFile));
        assertEquals(0, client.get("/api/v1/sites/changes", bearer).json().size());
    }

    @Test
    void theCleanupIsPlannedFirstThenRunAndHoldsKeepTheirStores() {
        JsonNode plan = client.get("/api/v1/smp/SMP01/plan").json();
        assertEquals(3, plan.get("items").size(), plan.toString());

        Reply held = client.postJson("/api/v1/smp/holds", "{\"target\":\"PC7\",\"reason\":\"legal hold\",\"server\":\"SMP01\"}", bearer);
        assertEquals(201, held.status(), held.toString());
        assertTrue(held.json().get("actor").toString().contains("tester"), held.body());
        assertEquals(1, client.get("/api/v1/smp/holds").json().size());
        Reply nothing = client.postJson("/api/v1/smp/holds", "{\"target\":\"NO-SUCH-PC\"}", bearer);
        assertEquals(404, nothing.status(), nothing.toString());
        assertEquals("SMP-HOLD-MATCHES-NOTHING", nothing.code());
        assertEquals(400, client.postJson("/api/v1/smp/holds", "{\"reason\":\"no target\"}", bearer).status());

        Reply whatIf = client.postJson("/api/v1/smp/SMP01/cleanup", "{}", bearer);
        assertEquals(200, whatIf.status(), whatIf.toString());
        assertTrue(whatIf.json().get("whatIf").asBoolean());
        assertTrue(Files.exists(storage.resolve("SMPSTOREE_B2DE4AB0$/S0")), "a what-if deletes nothing");
        assertTrue(Files.exists(storage.resolve("SMPSTOREE_B2DE4AB0$/S1")));

        Reply run = client.postJson("/api/v1/smp/SMP01/cleanup", "{\"confirm\":true}", bearer);
        assertEquals(200, run.status(), run.toString());
        assertFalse(run.json().get("whatIf").asBoolean());
        assertTrue(Files.exists(storage.resolve("SMPSTOREE_B2DE4AB0$/S0")), "PC7 is held");
        assertFalse(Files.exists(storage.resolve("SMPSTOREE_B2DE4AB0$/S1")), "HR-PC2 was released and is past the delay");
        assertTrue(Files.exists(storage.resolve("SMPSTOREE_B2DE4AB0$/S2")), "RECENT is inside the delay");
        assertTrue(audit().contains("\"action\":\"smp.store.delete\""), audit());

        Reply removed = client.postJson("/api/v1/smp/holds/remove", "{\"target\":\"PC7\"}", bearer);
        assertEquals(200, removed.status(), removed.toString());
        assertEquals(0, client.get("/api/v1/smp/holds").json().size());
        assertEquals(404, client.postJson("/api/v1/smp/NOSUCH/cleanup", "{\"confirm\":true}", bearer).status());
        assertEquals(400, client.postJson("/api/v1/smp/SMP01/cleanup", "{\"confirm\":\"yes\"}", bearer).status());
    }

    @Test
    void distributeNeedsDistributionPointsAndAKnownPackage() {
        Reply none = client.postJson("/api/v1/drivers/packages/PS100001/distribute", "{\"confirm\":true}", bearer);
        assertEquals(400, none.status(), none.toString());
        assertEquals("WEB-INVALID-INPUT", none.code());
        Reply badId = client.postJson("/api/v1/drivers/packages/not-an-id/distribute", "{\"dps\":[\"dp01\"]}", bearer);
        assertEquals(400, badId.status(), badId.toString());
        Reply unknown = client.postJson("/api/v1/drivers/packages/PS100001/distribute", "{\"dps\":[\"dp01.example.test\"],\"confirm\":true}", bearer);
        assertEquals(404, unknown.status(), unknown.toString());
        assertTrue(unknown.header("Content-Type").startsWith("application/problem+json"));
    }
}
