package org.osdkit.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium driven through {@code /usr/bin/chromedriver} (Selenium), for the dashboard's
 * browser tests: start it once per test class ({@link #start} in {@code @BeforeAll}, with a static
 * {@code @TempDir} for its profile), sign in, open pages, wait for their fetched parts, save screenshots
 * (under the module's {@code target/screenshots/}, or where {@value #SCREENSHOTS_PROPERTY} says: see
 * {@link #screenshots()}). Where chromium or chromedriver is not installed the test is skipped (an
 * assumption), nowhere else: a browser that is installed and fails fails the test.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** A common laptop window for screenshots; {@link #narrow()} checks the 800 px layout. */
    static final Dimension WIDE = new Dimension(1280, 900);
    static final Duration WAIT = Duration.ofSeconds(20);
    /**
     * The system property naming the folder screenshots go to, relative to the repository's root unless absolute:
     * {@code mvn -pl web -am verify -Dosdkit.screenshots=docs/screenshots} refreshes the README's pictures.
     */
    static final String SCREENSHOTS_PROPERTY = "osdkit.screenshots";
    /** What screenshots show for a test's temporary folder (see {@link #showing}). */
    static final String NEUTRAL_ROOT = "/srv/osdkit-demo";

    private final ChromeDriver driver;
    private final Map<String, String> shownAs = new LinkedHashMap<>();
    private String base;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /**
     * Starts the browser with a fresh profile in {@code profileParent}. The flags keep a root, headless Chromium
     * off the network this machine refuses (see the machine notes): no background networking, sync, QUIC or updates.
     */
    static Browser start(Path profileParent) {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed (" + CHROMIUM + ")");
        assumeTrue(Files.isExecutable(CHROMEDRIVER), "chromedriver is not installed (" + CHROMEDRIVER + ", Debian's chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profileParent.resolve("chromium-profile"), "--window-size=" + WIDE.width + "," + WIDE.height);
        // The driver is named, so Selenium Manager (which would download one) is never asked.
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .withLogFile(profileParent.resolve("chromedriver.log").toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(WAIT);
        return new Browser(driver);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** The dashboard the relative paths of {@link #open} go to. */
    Browser at(Dashboard dashboard) {
        this.base = dashboard.url().replaceAll("/$", "");
        return this;
    }

    /**
     * Screenshots show {@code folder} (a test's temporary estate) as {@code neutral}: the pictures in the README then
     * name no temporary folder of the machine that took them, and stay the same from run to run. Only the picture
     * changes (the page's text nodes, just before the shot); what the tests assert is the page as served.
     */
    Browser showing(Path folder, String neutral) {
        shownAs.put(folder.toAbsolutePath().toString(), neutral);
        return this;
    }

    /** Signs in through the sign-in form as a person does, and waits for the overview it leads to. */
    void signIn(String token, String name) {
        open("/signin");
        if (!driver.findElements(By.id("signout")).isEmpty()) {
            return; // already signed in
        }
        type("#token", token);
        type("#name", name);
        click("#signin");
        new WebDriverWait(driver, WAIT).until(d -> !d.getCurrentUrl().endsWith("/signin"));
        if (driver.manage().getCookieNamed(Guard.SESSION_COOKIE) == null) {
            throw new AssertionError("the sign-in form did not sign in: " + find("body").getText());
        }
        waitLoaded();
    }

    /** Opens {@code path} and waits until its script ran and every fetched part is in. */
    void open(String path) {
        driver.get(base + path);
        waitLoaded();
    }

    /** Waits for the page's script to have loaded every {@code data-fetch} part (pages without the script: the document). */
    void waitLoaded() {
        new WebDriverWait(driver, WAIT).until(d -> {
            Object done = ((JavascriptExecutor) d).executeScript(
                    "return document.readyState === 'complete' && (!document.querySelector('script[src]')"
                            + " || document.body.dataset.loaded === 'true')");
            return Boolean.TRUE.equals(done);
        });
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    void type(String css, String text) {
        WebElement e = find(css);
        e.clear();
        e.sendKeys(text);
    }

    /** Clicks and, when that loads another page, waits for it. */
    void click(String css) {
        find(css).click();
        waitLoaded();
    }

    /** Submits the form {@code css} names (through its first submit button) and waits for the page it answers. */
    void submit(String formCss) {
        WebElement old = find("body");
        find(formCss + " button[type=submit]").click();
        new WebDriverWait(driver, WAIT).until(d -> left(old));
        waitLoaded();
    }

    /**
     * Whether {@code element} belongs to a page the browser has left. {@code ExpectedConditions.stalenessOf}
     * counts only a stale-element error as gone; Chromium answers a check made while the page is being
     * replaced with "Node with given id does not belong to the document" instead, which failed a run.
     */
    private static boolean left(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    String title() {
        return driver.getTitle();
    }

    /** True when the page needs no horizontal scrolling at the current window width. */
    boolean fitsWidth() {
        Object fits = driver.executeScript("return document.documentElement.scrollWidth <= window.innerWidth");
        return Boolean.TRUE.equals(fits);
    }

    /** Runs {@code check} at an 800 px wide window, then goes back to the wide one. */
    void narrow(Runnable check) {
        driver.manage().window().setSize(new Dimension(800, 900));
        try {
            check.run();
        } finally {
            driver.manage().window().setSize(WIDE);
        }
    }

    /** Saves the page as {@code <name>.png} in {@link #screenshots()}; returns the file. */
    Path screenshot(String name) {
        Path target = screenshots().resolve(name + ".png");
        maskFolders();
        // The whole page, up to a screen and a half: the window grows to the document for the shot.
        Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(WIDE.width, Math.max(WIDE.height, Math.min(1400, height.intValue() + 20))));
        File shot;
        try {
            shot = driver.getScreenshotAs(OutputType.FILE);
        } finally {
            driver.manage().window().setSize(WIDE);
        }
        try {
            Files.createDirectories(target.getParent());
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            // The driver's temporary file is owner-only; an image for the README is readable like the rest of the tree.
            if (target.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** Replaces every folder named by {@link #showing} in the page's text with its neutral name. */
    private void maskFolders() {
        if (shownAs.isEmpty()) {
            return;
        }
        driver.executeScript("const pairs = arguments[0];"
                + "const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
                + "for (let n = walk.nextNode(); n; n = walk.nextNode()) {"
                + "  let t = n.nodeValue;"
                + "  for (const k of Object.keys(pairs)) { t = t.split(k).join(pairs[k]); }"
                + "  if (t !== n.nodeValue) { n.nodeValue = t; }"
                + "}", shownAs);
        String shown = (String) driver.executeScript("return document.body.innerText");
        for (String folder : shownAs.keySet()) {
            if (shown.contains(folder)) {
                throw new AssertionError("the screenshot would still show " + folder + " (split across elements?)");
            }
        }
    }

    /**
     * Where screenshots go: the folder {@value #SCREENSHOTS_PROPERTY} names (relative to the repository's root), else
     * the module's {@code target/screenshots}, so a test run leaves the tracked {@code docs/screenshots} as it is.
     */
    static Path screenshots() {
        String asked = System.getProperty(SCREENSHOTS_PROPERTY, "");
        if (asked.isBlank()) {
            return Path.of("target", "screenshots").toAbsolutePath();
        }
        return repositoryRoot().resolve(asked).normalize();
    }

    /** The repository's root, found from the module folder the tests run in. */
    private static Path repositoryRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("web")) && Files.isDirectory(p.resolve("core"))) {
                return p;
            }
        }
        throw new IllegalStateException("not inside the osdkit repository: " + Path.of("").toAbsolutePath());
    }

    @Override
    public void close() {
        driver.quit();
    }
}
