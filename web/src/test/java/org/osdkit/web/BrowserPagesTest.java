package org.osdkit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import org.osdkit.core.CoreSettings;

/**
 * The Overview, Drivers and Sites pages in headless Chromium (Selenium) against an {@link Estate}: signed
 * in through the form, each page opened (and saved as a screenshot, the temporary folder shown as {@link Browser#NEUTRAL_ROOT}), a site description
 * changed through its confirmation page, a package redistributed. One browser for the class; the tests
 * run in order because the last two change the estate the screenshots show.
 */
@DisabledOnOs(OS.WINDOWS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserPagesTest {

    @TempDir
    static Path tmp;

    static Estate estate;
    static Dashboard dashboard;
    static Browser browser;

    @BeforeAll
    static void start() {
        CoreSettings settings = CoreSettings.of(tmp.resolve("ws"), null);
        estate = Estate.build(tmp.resolve("estate"), settings);
        dashboard = Dashboard.start(settings, estate.options());
        browser = Browser.start(tmp).at(dashboard).showing(tmp, Browser.NEUTRAL_ROOT);
        browser.signIn(dashboard.newToken().orElseThrow(), "dana");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        dashboard.close();
    }

    @Test
    @Order(1)
    void theOverviewShowsEveryTileAndLoadsTheRecentChanges() {
        browser.open("/");
        assertEquals("web:dana@127.0.0.1", browser.text("#actor"));
        assertEquals("UP", browser.text("#status"));
        List<String> tiles = browser.all(".tile h2").stream().map(WebElement::getText).toList();
        assertEquals(List.of("Database", "Drivers", "Sites", "State migration", "Logs", "Recent changes"), tiles);
        assertTrue(browser.all("#recent-changes .loading").isEmpty() && !browser.all("#recent-table").isEmpty(),
                "the fetched part replaced its loading state");
        assertTrue(browser.text("#recent-table").contains("drivers.distribute"));
        assertFalse(browser.all("#findings-chart").isEmpty());
        browser.narrow(() -> assertTrue(browser.fitsWidth(), "the overview fits 800 px"));
        browser.screenshot("overview");
        browser.click("#tile-drivers h2 a");
        assertEquals("/drivers", browser.path());
    }

    @Test
    @Order(2)
    void theDriversPagesShowTheChartTheFiltersAndThePackage() {
        browser.open("/drivers");
        assertFalse(browser.all("#dp-chart").isEmpty());
        assertTrue(browser.text("#packages-table").contains(estate.packageId.value()));
        browser.screenshot("drivers");
        browser.type("#filter-model", "Dell");
        browser.submit("#filters");
        assertFalse(browser.all("#no-match").isEmpty(), "the filter left no package");
        browser.open("/drivers?state=Failed");
        browser.click("#packages-table a");
        assertEquals("/drivers/packages/" + estate.packageId.value(), browser.path());
        assertTrue(browser.text("#warnings").contains("Distribution failed on 1 DP"));
        browser.narrow(() -> assertTrue(browser.fitsWidth(), "the package page fits 800 px"));
        browser.screenshot("drivers-package");
    }

    @Test
    @Order(3)
    void theSitesPagesShowTheTreeAndTheSite() {
        browser.open("/sites");
        assertTrue(browser.find("li[data-site=SE9] .problem-mark").getText().contains("PR9"), "SE9's missing parent is marked");
        browser.narrow(() -> assertTrue(browser.fitsWidth(), "the tree fits 800 px"));
        browser.screenshot("sites");
        browser.click("li[data-site=SE1] > a");
        assertEquals("/sites/SE1", browser.path());
        assertTrue(browser.text("#unsupported-warning").contains("NOT supported by Microsoft"));
    }

    @Test
    @Order(4)
    void aSiteDescriptionIsChangedThroughTheConfirmationPage() throws IOException {
        browser.open("/sites/SE1");
        browser.type("#controlFile", Estate.CONTROL_FILE);
        browser.type("#description", "Ghent Docks");
        browser.submit("#description-form");
        assertTrue(browser.text("#diff").contains("Ghent Docks"), "the one-line diff");
        assertFalse(browser.all("#steps li").isEmpty(), "the steps");
        assertFalse(Files.readString(estate.controlFile, StandardCharsets.ISO_8859_1).contains("Ghent Docks"), "nothing changed before the confirmation");
        browser.screenshot("site-description-confirm");
        browser.find("#acceptUnsupported").click();
        browser.submit("#confirm-form");
        assertTrue(browser.text("#changed").contains("Ghent Docks"), browser.text("main"));
        assertTrue(Files.readString(estate.controlFile, StandardCharsets.ISO_8859_1).contains("Ghent Docks"));
        browser.open("/sites/SE1");
        assertTrue(browser.text("#changes-table").contains("web:dana@127.0.0.1"), "the history names who changed it");
        browser.screenshot("site");
    }

    @Test
    @Order(5)
    void aPackageIsRedistributedThroughTheConfirmationPage() {
        browser.open("/drivers/packages/" + estate.packageId.value());
        browser.submit("#redistribute-form");
        assertTrue(browser.text("#plan").contains("dp02"), "the what-if names the failed DP: " + browser.text("main"));
        assertFalse(Files.isDirectory(estate.root.resolve("dp02").resolve(estate.packageId.value())), "nothing copied before the confirmation");
        browser.submit("#confirm-form");
        assertTrue(browser.text("#results-table").contains("Distributed"), browser.text("main"));
        assertTrue(Files.isDirectory(estate.root.resolve("dp02").resolve(estate.packageId.value())));
        browser.click("#back-to-package");
        assertFalse(browser.text("#dp-table").contains("DistributionFailed"), "both DPs are up to date now");
    }
}
