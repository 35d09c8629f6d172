package org.osdkit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import org.osdkit.core.CoreSettings;
import org.osdkit.core.OsdkitVersion;

/**
 * The page frame in a real headless Chromium (Selenium): the navigation on every page, sign-in and
 * sign-out through the forms, the layout at 800 px, the stub pages. One browser for the class.
 */
class BrowserLandingPageTest {

    @TempDir
    static Path folder;

    static Dashboard dashboard;
    static Browser browser;

    @BeforeAll
    static void start() {
        dashboard = Dashboard.start(CoreSettings.of(folder.resolve("ws"), null), DashboardOptions.defaults().withPort(0));
        browser = Browser.start(folder).at(dashboard);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        dashboard.close();
    }

    @Test
    void theLandingPageShowsWhatTheHealthApiSays() {
        browser.open("/");
        assertEquals("UP", browser.text("#status"));
        assertEquals(OsdkitVersion.current(), browser.text("#version"));
        assertEquals("H2", browser.text("#database"));
    }

    @Test
    void everyPageHasTheNavigationAndSignInThenSignOutChangeTheHeader() {
        browser.open("/smp");
        List<String> nav = browser.all("#nav a").stream().map(WebElement::getText).toList();
        assertEquals(List.of("Overview", "Drivers", "Sites", "State migration", "Logs"), nav);
        assertEquals("State migration", browser.text("#nav a.active"));
        assertTrue(browser.text(".empty").contains("osdkit smp health"), "the empty state names the command that fills it");
        assertFalse(browser.all("#signin-link").isEmpty(), "signed out: a sign-in link");

        browser.signIn(dashboard.newToken().orElseThrow(), "carol");
        browser.open("/logs");
        assertEquals("web:carol@127.0.0.1", browser.text("#actor"));
        assertEquals("Logs", browser.text("#nav a.active"));
        assertFalse(browser.find("#who input[name=csrf]").getAttribute("value").isBlank(), "the sign-out form carries the CSRF token");
        browser.submit("#who form");
        assertEquals("/signin", browser.path());
        browser.open("/logs");
        assertFalse(browser.all("#signin-link").isEmpty(), "signed out again");
    }

    @Test
    void thePagesFitAnEightHundredPixelWindow() {
        browser.narrow(() -> {
            for (String page : List.of("/smp", "/logs", "/signin")) {
                browser.open(page);
                assertTrue(browser.fitsWidth(), page + " scrolls sideways at 800 px");
            }
        });
    }
}
