package org.osdkit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.osdkit.core.CoreSettings;
import org.osdkit.core.storage.DatabaseKind;
import org.osdkit.core.testing.ScratchDatabases;
import org.osdkit.web.WebClient.Reply;

/**
 * The same estate rendered by every page and the overview API over the embedded H2 workspace database
 * and over PostgreSQL (core's embedded server, a fresh schema, or {@code OSDKIT_TEST_PG_URL}): the
 * pages read only through the domains' ports, so both must show the same things.
 */
@DisabledOnOs(OS.WINDOWS)
class PagesOnBothDatabasesTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void everyPageRendersTheEstate(DatabaseKind kind) throws SQLException {
        String url = null;
        String schema = null;
        if (kind == DatabaseKind.POSTGRESQL) {
            schema = "web_pages_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
            execute(ScratchDatabases.postgresUrl(), "CREATE SCHEMA " + schema);
            String base = ScratchDatabases.postgresUrl();
            url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        }
        try {
            CoreSettings settings = CoreSettings.of(tmp.resolve("ws"), url);
            Estate estate = Estate.build(tmp.resolve("estate"), settings);
            try (Dashboard dashboard = Dashboard.start(settings, estate.options())) {
                WebClient client = new WebClient(dashboard);
                Reply overview = client.get("/api/v1/overview");
                assertEquals(200, overview.status(), overview.toString());
                assertEquals(kind.name(), overview.json().at("/database/kind").asText());
                assertEquals(1, overview.json().at("/counts/driverPackages").asInt());
                assertEquals(5, overview.json().at("/counts/sites").asInt());
                assertContains(client, "/", "<dd id=\"database\">" + kind.name() + "</dd>", "id=\"findings-chart\"");
                assertContains(client, "/drivers", estate.packageId.value(), "id=\"dp-chart\"");
                assertContains(client, "/drivers/packages/" + estate.packageId.value(), "e1e5132.inf", Estate.DP2);
                assertContains(client, "/sites", "data-site=\"SE9\"", "problem-mark");
                assertContains(client, "/sites/SE1", "Secondary Ghent", "id=\"unsupported-warning\"");
                assertContains(client, "/overview/recent", "id=\"recent-table\"");
            }
        } finally {
            if (schema != null) {
                execute(ScratchDatabases.postgresUrl(), "DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static void assertContains(WebClient client, String path, String... parts) {
        Reply r = client.get(path);
        assertEquals(200, r.status(), path + ": " + r);
        for (String part : parts) {
            assertTrue(r.body().contains(part), path + " lacks " + part + ": " + r.body());
        }
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
