package org.osdkit.cli.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.cli.CliRun;
import org.osdkit.cli.command.ExitCodes;
import org.osdkit.core.CoreSettings;
import org.osdkit.web.Dashboard;

/**
 * The dashboard's SMP health is the last check {@code osdkit smp health} kept: a page load (every GET
 * the landing page makes) writes nothing into the storage folders (their contents and modification
 * times stay as they were) and records nothing, while {@code osdkit smp health} still probes them and
 * the page then shows its time.
 */
class SmpHealthPageTest {

    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2009-01-26T10:00:00Z"));

    @TempDir
    Path tmp;
    Path workspace;
    Path storage;

    @BeforeEach
    void anSmpWithAStore() throws IOException {
        workspace = tmp.resolve("ws");
        storage = tmp.resolve("USMT");
        Path usmt = Files.createDirectories(storage.resolve("SMPSTOREE_B2DE4AB0$").resolve("S0").resolve("USMT"));
        Files.write(usmt.resolve("USMT.MIG"), new byte[1000]);
        CliRun set = CliRun.in(workspace, "smp", "settings", "set", "--server", "SMP01", "--site", "S01", "--folder",
                "Directory=" + storage + ";MaxClients=100;MinDiskSpace=1;MinDiskSpaceUnit=1;", "--delete-after", "14",
                "--cleanup-cycle-minutes", "1440");
        assertEquals(ExitCodes.OK, set.exitCode(), set.err());
    }

    /** Every entry below the storage folder with its modification time and bytes; the folders' times too. */
    private Map<String, String> snapshot() throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(storage)) {
            for (Path p : walk.toList()) {
                String content = Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) ? Arrays.toString(Files.readAllBytes(p)) : "folder";
                all.put(storage.relativize(p).toString(), Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS) + " " + content.hashCode());
            }
        }
        return all;
    }

    private void ageTheFolders() throws IOException {
        try (Stream<Path> walk = Files.walk(storage)) {
            for (Path p : walk.toList()) {
                Files.setLastModifiedTime(p, LONG_AGO);
            }
        }
    }

    /** What the landing page loads, three times over; the SMP health document of the last load. */
    private JsonNode healthPage() throws Exception {
        try (Dashboard dashboard = Dashboard.start(CoreSettings.of(workspace, null), Dashboard.DEFAULT_BIND, 0)) {
            int audited = get(dashboard, "/api/v1/audit?limit=1000").size();
            JsonNode last = null;
            for (int load = 0; load < 3; load++) {
                for (String route : List.of("/api/v1/health", "/api/v1/drivers/packages", "/api/v1/drivers/distribution", "/api/v1/sites",
                        "/api/v1/sites/changes", "/api/v1/logs/diagnoses")) {
                    get(dashboard, route);
                }
                last = get(dashboard, "/api/v1/smp/health");
            }
            assertEquals(audited, get(dashboard, "/api/v1/audit?limit=1000").size(), "no GET recorded a change");
            return last;
        }
    }

    private static JsonNode get(Dashboard dashboard, String route) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(dashboard.url()).resolve(route).toURL().openConnection();
        assertEquals(200, c.getResponseCode(), route);
        try (InputStream in = c.getInputStream()) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void aPageLoadWritesNothingAndShowsTheLastCheckWithItsTime() throws Exception {
        ageTheFolders();
        Map<String, String> before = snapshot();

        JsonNode never = healthPage().get(0);

        assertEquals(before, snapshot(), "a GET left the storage folders as they were");
        assertEquals("SMP01", never.get("server").asText());
        assertEquals("NOT_CHECKED", never.get("status").asText());
        assertTrue(never.get("checkedAt").isNull());

        CliRun check = CliRun.in(workspace, "smp", "health", "--output", "json");
        assertEquals(ExitCodes.OK, check.exitCode(), check.err());
        assertNotEquals(LONG_AGO, Files.getLastModifiedTime(storage), "smp health probed the folder by writing a file into it");
        Instant checkedAt = Instant.parse(new ObjectMapper().readTree(check.out()).get("checkedAt").asText());

        ageTheFolders();
        Map<String, String> afterCheck = snapshot();
        JsonNode served = healthPage().get(0);

        assertEquals(afterCheck, snapshot(), "a GET left the storage folders as they were");
        assertEquals(checkedAt, Instant.parse(served.get("checkedAt").asText()), "the page shows when the check was made");
        assertEquals("OK", served.get("status").asText());
        assertTrue(served.get("folders").get(0).get("writable").asBoolean());
    }
}
