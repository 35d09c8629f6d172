package org.osdkit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.CoreSettings;
import org.osdkit.core.OsdkitVersion;

/**
 * The landing page in a real headless Chromium: its script must fetch the health API and fill the page.
 * Runs where Debian's chromium is installed (CI installs it).
 */
class BrowserLandingPageTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path folder;

    @Test
    void theLandingPageShowsWhatTheHealthApiSays() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed");
        try (Dashboard dashboard = Dashboard.start(CoreSettings.of(folder.resolve("ws"), null), Dashboard.DEFAULT_BIND, 0)) {
            String dom = renderedDom(dashboard.url());
            assertTrue(dom.contains("<dd id=\"status\" class=\"UP\">UP</dd>"), dom);
            assertTrue(dom.contains("<dd id=\"version\">" + OsdkitVersion.current() + "</dd>"), dom);
            assertTrue(dom.contains("<dd id=\"database\">H2</dd>"), dom);
        }
    }

    /** The DOM after scripts ran, as Chromium prints it; virtual time lets the fetch finish first. */
    private String renderedDom(String url) throws Exception {
        Path out = folder.resolve("dom.html");
        Process p = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--user-data-dir=" + folder.resolve("profile"),
                "--virtual-time-budget=10000", "--dump-dom", url))
                .redirectOutput(out.toFile()).redirectError(folder.resolve("chromium.err").toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "Chromium did not finish");
        assertEquals(0, p.exitValue(), Files.readString(folder.resolve("chromium.err")));
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
