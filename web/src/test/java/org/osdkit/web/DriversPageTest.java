package org.osdkit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.Architecture;
import org.osdkit.core.CoreSettings;
import org.osdkit.core.HardwareModel;
import org.osdkit.core.OpenResources;
import org.osdkit.core.OsTarget;
import org.osdkit.core.PackageId;
import org.osdkit.core.SiteCode;
import org.osdkit.core.UncPath;
import org.osdkit.drivers.distribution.DistributionState;
import org.osdkit.drivers.distribution.DistributionStatus;
import org.osdkit.drivers.distribution.DistributionStore;
import org.osdkit.drivers.packages.DriverPackage;
import org.osdkit.drivers.packages.DriverPackageStore;
import org.osdkit.web.WebClient.Reply;

/**
 * The {@code /drivers} page over real HTTP with more packages than one page: the package table is paged in the
 * database (rows in model, OS and PackageID order, a next link while there are more), the filters carried by the
 * page links, and the chart and badges from counted content rows.
 */
@DisabledOnOs(OS.WINDOWS)
class DriversPageTest {

    private static final Pattern PACKAGE_LINK = Pattern.compile("<td><a href=\"/drivers/packages/([A-Z0-9]+)\">");

    @TempDir
    static Path tmp;

    static Estate estate;
    static Dashboard dashboard;
    static WebClient client;
    /** The Estate's R61 package, then the six T40x packages added here, in the order the page lists them. */
    static List<String> ordered = new ArrayList<>();

    @BeforeAll
    static void start() {
        CoreSettings settings = CoreSettings.of(tmp.resolve("ws"), null);
        estate = Estate.build(tmp.resolve("estate"), settings);
        ordered.add(estate.packageId.value());
        Injector injector = Guice.createInjector(Dashboard.modules(settings));
        try {
            DriverPackageStore packages = injector.getInstance(DriverPackageStore.class);
            OsTarget win7 = OsTarget.parse("Win7", Architecture.X64);
            // Written in reverse: the page orders by model all the same.
            List<PackageId> ids = new ArrayList<>();
            for (int i = 5; i >= 0; i--) {
                HardwareModel model = new HardwareModel("Lenovo", "T40" + i, null);
                PackageId id = packages.allocate(SiteCode.of("PR1"));
                packages.insert(new DriverPackage(id, DriverPackage.defaultName(model, win7), "", model, win7, UncPath.of(tmp.resolve("share")),
                        UncPath.of(tmp.resolve("share").resolve("T40" + i)), 1, List.of(), List.of(), List.of(), List.of(), Instant.now(), Instant.now()));
                ids.add(0, id);
            }
            ids.forEach(id -> ordered.add(id.value()));
            // T402 failed on dp01: a second failed package for the state filter, and one more failed row in dp01's chart bar.
            injector.getInstance(DistributionStore.class).setStatus(new DistributionStatus(ids.get(2), Estate.DP1, DistributionState.DISTRIBUTION_FAILED, 1,
                    Instant.now(), "access denied"));
        } finally {
            injector.getInstance(OpenResources.class).close();
        }
        dashboard = Dashboard.start(settings, estate.options());
        client = new WebClient(dashboard);
    }

    @AfterAll
    static void stop() {
        dashboard.close();
    }

    private static String body(String path) {
        Reply r = client.get(path, "Accept", "text/html");
        assertEquals(200, r.status(), path + ": " + r);
        return r.body();
    }

    private static List<String> rows(String body) {
        List<String> ids = new ArrayList<>();
        Matcher m = PACKAGE_LINK.matcher(body);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    @Test
    void thePackageTableIsPagedWithANextLinkUntilTheLastPage() {
        String first = body("/drivers?limit=3");
        assertEquals(ordered.subList(0, 3), rows(first), "the first three in model order");
        assertTrue(first.contains("id=\"next-page\" href=\"/drivers?limit=3&amp;offset=3\""), first);
        assertFalse(first.contains("id=\"prev-page\""), first);
        String second = body("/drivers?limit=3&offset=3");
        assertEquals(ordered.subList(3, 6), rows(second));
        assertTrue(second.contains("offset=6") && second.contains("id=\"prev-page\""), second);
        String last = body("/drivers?limit=3&offset=6");
        assertEquals(ordered.subList(6, 7), rows(last), "the rest");
        assertFalse(last.contains("id=\"next-page\""), "no next page after the last: " + last);
        String past = body("/drivers?limit=3&offset=9");
        assertEquals(List.of(), rows(past));
        assertTrue(past.contains("id=\"past-last\"") && past.contains("id=\"prev-page\" href=\"/drivers?limit=3&amp;offset=6\""), past);
        assertEquals(ordered, rows(body("/drivers")), "one default page holds all seven");
        assertFalse(body("/drivers").contains("id=\"next-page\""));
    }

    @Test
    void theFiltersWorkInTheDatabaseAndThePageLinksKeepThem() {
        String t40 = body("/drivers?model=t40&limit=2");
        assertEquals(ordered.subList(1, 3), rows(t40));
        assertTrue(t40.contains("href=\"/drivers?limit=2&amp;offset=2&amp;model=t40\""), "the next link keeps the filter: " + t40);
        assertEquals(ordered.subList(5, 7), rows(body("/drivers?model=t40&limit=2&offset=4")));
        assertEquals(ordered.subList(1, 7), rows(body("/drivers?os=Win7+x64")));
        assertEquals(List.of(estate.packageId.value()), rows(body("/drivers?os=XP+x86")));
        assertTrue(body("/drivers").contains("<option>Win7 x64</option>") , "the OS choices come from the packages' targets");
        assertEquals(List.of(ordered.get(0), ordered.get(3)), rows(body("/drivers?state=Failed")), "the R61 failed on dp02, T402 on dp01");
        assertEquals(List.of(), rows(body("/drivers?state=behind")));
        assertTrue(body("/drivers?state=behind").contains("id=\"no-match\""));
    }

    @Test
    void theChartAndBadgesComeFromCountedRows() {
        String all = body("/drivers");
        assertTrue(all.contains("id=\"dp-chart\"") && all.contains(Estate.DP1) && all.contains(Estate.DP2), all);
        assertEquals(2, all.split("class=\"problem-row\"", -1).length - 1, "the two failed packages are highlighted");
        assertTrue(all.contains("1 Failed</span>"), all);
        String t401 = body("/drivers?model=T401");
        assertTrue(t401.contains("id=\"chart-empty\"") || t401.contains("Nothing distributed yet."), "T401 is on no DP: " + t401);
        assertTrue(t401.contains("not distributed"), t401);
    }
}
