package org.osdkit.cli.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.cli.CliRun;
import org.osdkit.cli.command.ExitCodes;
import org.osdkit.core.CoreSettings;
import org.osdkit.web.Dashboard;

/**
 * {@code --output json} and the REST API print the same shapes (issue 9): the site change the CLI just
 * made, as the CLI prints it and as {@code GET /api/v1/sites/changes} serves it, is the same text once
 * both are laid out by the same pretty printer (the CLI indents, the API does not).
 */
@DisabledOnOs(OS.WINDOWS)
class SameJsonInCliAndWebTest {

    @TempDir
    Path tmp;

    @Test
    void aSiteChangeReadsTheSameOnTheCommandLineAndOverHttp() throws Exception {
        Path box = Files.createDirectories(tmp.resolve("SCCM/Inboxes/SiteCtrl.box"));
        Files.createDirectories(box.resolve("incoming"));
        Files.createDirectories(box.resolve("history"));
        Path file = Files.write(box.resolve("sitectrl.ct0"), SitesCommandsTest.fixture("cm2007-secondary-se1.ct0"));
        Path state = Files.writeString(tmp.resolve("service.state"), "RUNNING\n");
        Path workspace = tmp.resolve("ws");

        CliRun cli = CliRun.in(workspace, "--output", "json", "sites", "set-description", "--control-file", file.toString(), "--site", "SE1",
                "--description", "Brussels North", "--accept-unsupported", "--service-stop", "echo STOPPED > '" + state + "'",
                "--service-start", "echo RUNNING > '" + state + "'", "--service-query", "cat '" + state + "'");
        assertEquals(ExitCodes.OK, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("\"site\" : \"SE1\""), "a site code is its text, not {\"value\": ...}: " + cli.out());

        String web;
        try (Dashboard dashboard = Dashboard.start(CoreSettings.of(workspace, null), Dashboard.DEFAULT_BIND, 0)) {
            // Signed in with the workspace's API token: the change names absolute paths, shown only to the signed-in.
            web = body(dashboard, "/api/v1/sites/changes", dashboard.newToken().orElseThrow());
        }
        ObjectMapper plain = new ObjectMapper();
        JsonNode served = plain.readTree(web);
        assertEquals(1, served.size(), web);
        assertEquals(cli.out().strip(), plain.writerWithDefaultPrettyPrinter().writeValueAsString(served.get(0)));
    }

    private static String body(Dashboard dashboard, String path, String token) throws Exception {
        HttpURLConnection c = (HttpURLConnection) URI.create(dashboard.url()).resolve(path).toURL().openConnection();
        c.setRequestProperty("Authorization", "Bearer " + token);
        assertEquals(200, c.getResponseCode(), path);
        try (InputStream in = c.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
