package org.osdkit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.osdkit.core.CoreSettings;

/**
 * The State migration and Logs pages in a real headless Chromium (Selenium, one browser for the class): run an SMP's
 * cleanup through its what-if and confirmation and see each store's result; upload the seed's smpmgr.log and see the
 * KB961269 finding with its evidence lines, one of them opened in the timeline; decode an error code. Each page is
 * saved as a screenshot, the temporary folder shown as {@link Browser#NEUTRAL_ROOT}.
 */
@DisabledOnOs(OS.WINDOWS)
class BrowserSmpAndLogsTest {

    @TempDir
    static Path folder;

    static Path storage;
    static Dashboard dashboard;
    static Browser browser;
    static String token;

    @BeforeAll
    static void start() throws IOException {
        Path workspace = folder.resolve("ws");
        storage = SmpEstate.create(folder, workspace, 3);
        Path logs = Files.createDirectories(folder.resolve("logs"));
        Files.writeString(logs.resolve("smpmgr.log"), ActionRoutesTest.SMPMGR);
        dashboard = Dashboard.start(CoreSettings.of(workspace, null), DashboardOptions.defaults().withPort(0).withRoot("logs", logs));
        token = dashboard.newToken().orElseThrow();
        browser = Browser.start(folder).at(dashboard).showing(folder, Browser.NEUTRAL_ROOT);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        dashboard.close();
    }

    @Test
    void anSmpsCleanupIsConfirmedAfterItsWhatIfAndEveryStoresResultIsShown() {
        // Signed out first: the screenshots show what anyone may see (no server path), and no action form.
        browser.driver().manage().deleteAllCookies();
        browser.open("/smp");
        assertEquals("SMP01", browser.text("#smp-list a"));
        browser.screenshot("smp");
        browser.click("#smp-list a");
        assertEquals("/smp/SMP01", browser.path());
        assertFalse(browser.all("svg.capacity polyline.clients").isEmpty(), "the capacity chart");
        assertEquals(3, browser.all("svg.capacity circle.clients").size(), "one point per kept health check");
        assertTrue(browser.text("#plan-summary").startsWith("2 to delete"), browser.text("#plan-summary"));
        assertTrue(browser.all("#cleanup-form").isEmpty(), "signed out: no cleanup form");
        assertFalse(browser.text("main").contains(folder.toString()), "no server path for the signed-out");
        browser.screenshot("smp-server");

        browser.signIn(token, "frank");
        browser.open("/smp/SMP01");

        browser.submit("#cleanup-form");
        assertTrue(browser.text("#whatif").startsWith("What if"), "the what-if comes first");
        String stores = browser.text("#whatif-stores");
        assertTrue(stores.contains("HR-PC2") && stores.contains("PC7"), stores);
        assertTrue(Files.exists(storage.resolve("SMPSTOREE_B2DE4AB0$/S1")), "nothing deleted before the confirmation");
        browser.screenshot("smp-cleanup-whatif");

        browser.submit("#confirm-form");
        assertEquals("/smp/SMP01/cleanup", browser.path());
        new WebDriverWait(browser.driver(), Browser.WAIT).until(d -> !"RUNNING".equals(browser.find("#progress").getAttribute("data-state")));
        assertEquals("FINISHED", browser.text("#progress-state"));
        List<WebElement> deleted = browser.all("#steps tr.step.DELETED");
        assertEquals(2, deleted.size(), browser.text("#steps"));
        assertEquals("2", browser.text("#progress-done"));
        assertFalse(Files.exists(storage.resolve("SMPSTOREE_B2DE4AB0$/S1")));
        assertTrue(Files.exists(storage.resolve("SMPSTOREE_B2DE4AB0$/S2")), "RECENT is inside the delay");
        browser.screenshot("smp-cleanup-progress");
    }

    @Test
    void anUploadedLogShowsTheKb961269FindingWithItsEvidenceInTheTimeline() throws IOException {
        browser.signIn(token, "gina");
        browser.open("/logs");
        browser.screenshot("logs");
        Path log = Files.writeString(folder.resolve("smpmgr.log"), ActionRoutesTest.SMPMGR);
        browser.find("#upload-file").sendKeys(log.toString());
        browser.submit("#upload-form");
        assertTrue(browser.path().matches("/logs/runs/\\d+"), browser.path());
        WebElement finding = browser.find("section.finding[data-rule=SMP-CLEANUP-KB961269]");
        assertTrue(finding.getText().contains("Cause") && finding.getText().contains("Fix"), finding.getText());
        List<WebElement> evidence = browser.all("section.finding[data-rule=SMP-CLEANUP-KB961269] a.evidence-link");
        assertFalse(evidence.isEmpty(), "evidence lines link into the timeline");
        assertFalse(browser.all("#timeline tr.sev-ERROR.evidence").isEmpty(), "the evidence rows are marked, red");
        String line = evidence.get(evidence.size() - 1).getText();
        browser.click("section.finding[data-rule=SMP-CLEANUP-KB961269] a.evidence-link:last-of-type");
        WebElement focus = browser.find("#timeline tr.focus");
        assertTrue(focus.getAttribute("class").contains("sev-ERROR"), focus.getAttribute("class"));
        assertTrue(focus.getText().contains(line.substring(line.indexOf(':') + 1)), focus.getText() + " / " + line);
        assertTrue(focus.getText().contains("SMS_SMP_MANAGER"), "the component column");
        browser.screenshot("logs-run");

        browser.find("#sev-error").click();
        browser.submit("#timeline-filters");
        assertTrue(browser.all("#timeline tr").stream().skip(1).allMatch(r -> r.getAttribute("class").contains("sev-ERROR")), "errors only");

        browser.open("/logs/errcode?code=0x80070005");
        assertTrue(browser.text("#errcode-summary").contains("ERROR_ACCESS_DENIED"), browser.text("#errcode-summary"));
        browser.screenshot("logs-errcode");
    }
}
