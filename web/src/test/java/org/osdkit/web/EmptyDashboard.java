package org.osdkit.web;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.CoreSettings;

/**
 * A dashboard on an empty H2 workspace, started on a free port for each test, with a client for it and a
 * sign-in token: the set-up of the tests that check the HTTP surface itself rather than an estate's pages.
 */
abstract class EmptyDashboard {

    @TempDir
    Path workspace;

    Dashboard dashboard;
    WebClient client;
    String token;

    @BeforeEach
    void startDashboard() {
        dashboard = Dashboard.start(CoreSettings.of(workspace, null), DashboardOptions.defaults().withPort(0));
        client = new WebClient(dashboard);
        token = dashboard.newToken().orElseThrow();
    }

    @AfterEach
    void stopDashboard() {
        dashboard.close();
    }
}
