package org.osdkit.cli.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.cli.CliRun;
import org.osdkit.cli.command.ExitCodes;
import org.osdkit.core.CoreSettings;
import org.osdkit.web.ApiToken;
import org.osdkit.web.Dashboard;
import org.osdkit.web.DashboardOptions;

/** {@code osdkit web token} and the checks of {@code osdkit web}'s options (a bad value is a usage error, exit 2). */
class WebCommandTest {

    @TempDir
    Path tmp;

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void rotatePrintsANewTokenOnceThatTheDashboardThenAccepts() throws Exception {
        Path workspace = tmp.resolve("ws");
        CliRun before = CliRun.in(workspace, "web", "token");
        assertEquals(ExitCodes.OK, before.exitCode(), before.err());
        assertTrue(before.out().contains("No API token yet"), before.out());

        CliRun rotated = CliRun.in(workspace, "web", "token", "--rotate");
        assertEquals(ExitCodes.OK, rotated.exitCode(), rotated.err());
        Matcher m = Pattern.compile("osdk_[A-Za-z0-9_-]{20,}").matcher(rotated.out());
        assertTrue(m.find(), rotated.out());
        String token = m.group();
        Path file = ApiToken.in(workspace).file();
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertFalse(Files.readString(file).contains(token));

        CliRun after = CliRun.in(workspace, "web", "token");
        assertFalse(after.out().contains(token), "the token is shown only when it is made");
        try (Dashboard dashboard = Dashboard.start(CoreSettings.of(workspace, null), DashboardOptions.defaults().withPort(0))) {
            assertTrue(dashboard.newToken().isEmpty(), "the workspace has a token: none is made or printed");
            HttpURLConnection c = (HttpURLConnection) URI.create(dashboard.url()).resolve("/api/v1/health").toURL().openConnection();
            c.setRequestProperty("Authorization", "Bearer " + token);
            assertEquals(200, c.getResponseCode());
            HttpURLConnection old = (HttpURLConnection) URI.create(dashboard.url()).resolve("/api/v1/health").toURL().openConnection();
            old.setRequestProperty("Authorization", "Bearer osdk_not-the-token");
            assertEquals(401, old.getResponseCode());
        }
        assertTrue(CliRun.in(workspace, "--output", "json", "web", "token", "--rotate").out().contains("\"token\""));
    }

    @Test
    void badOptionValuesAreUsageErrors() {
        Path workspace = tmp.resolve("ws");
        assertEquals(ExitCodes.USAGE, CliRun.in(workspace, "web", "--port", "70000").exitCode());
        assertEquals(ExitCodes.USAGE, CliRun.in(workspace, "web", "--port", "0", "--root", "logs=" + tmp.resolve("missing")).exitCode());
        assertEquals(ExitCodes.USAGE, CliRun.in(workspace, "web", "--port", "0", "--max-upload-mb", "0").exitCode());
        assertEquals(ExitCodes.USAGE, CliRun.in(workspace, "web", "--port", "0", "--allowed-host", "http://x/").exitCode());
        CliRun half = CliRun.in(workspace, "web", "--port", "0", "--site-service-stop", "true");
        assertEquals(ExitCodes.USAGE, half.exitCode());
        assertTrue(half.err().contains("go together"), half.err());
    }
}
