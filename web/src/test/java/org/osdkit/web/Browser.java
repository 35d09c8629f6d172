package org.osdkit.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium driven through {@code /usr/bin/chromedriver} (Selenium), for the dashboard's
 * browser tests: start it once per test class ({@link #start} in {@code @BeforeAll}, with a static
 * {@code @TempDir} for its profile), sign in, open pages, wait for their fetched parts, save screenshots
 * under the repository's {@code docs/screenshots/}. Where chromium or chromedriver is not installed the
 * test is skipped (an assumption), nowhere else: a browser that is installed and fails fails the test.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** A common laptop window for screenshots; {@link #narrow()} checks the 800 px layout. */
    static final Dimension WIDE = new Dimension(1280, 900);
    static final Duration WAIT = Duration.ofSeconds(20);

    private final ChromeDriver driver;
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
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.stalenessOf(old));
        waitLoaded();
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

    /** Saves the viewport as {@code docs/screenshots/<name>.png} in the repository (shown in the README); returns the file. */
    Path screenshot(String name) {
        Path target = screenshots().resolve(name + ".png");
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
            // The driver's temporary file is owner-only; a checked-in image is readable like the rest of the tree.
            if (target.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** The repository's {@code docs/screenshots}, found from the module folder the tests run in. */
    static Path screenshots() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("web")) && Files.isDirectory(p.resolve("core"))) {
                return p.resolve("docs").resolve("screenshots");
            }
        }
        throw new IllegalStateException("not inside the osdkit repository: " + Path.of("").toAbsolutePath());
    }

    @Override
    public void close() {
        driver.quit();
    }
}
