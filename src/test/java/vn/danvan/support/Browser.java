package vn.danvan.support;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven by Selenium, for browser tests: Debian's {@code /usr/bin/chromium} and
 * {@code /usr/bin/chromedriver}, a fresh profile directory per browser (deleted on {@link #close()}), nothing
 * downloaded. The driver path is given both as the {@code webdriver.chrome.driver} system property and to the
 * driver service, so Selenium Manager (which would try to reach the network) never runs.
 *
 * <p>Without Chromium or ChromeDriver the calling test is skipped with the command that installs them, except
 * under {@code CI=true}, where it fails: CI must run the browser tests.
 *
 * <pre>{@code
 * try (Browser browser = Browser.start()) {
 *     browser.driver().get(baseUrl + "/login");
 *     browser.screenshot("login.png");
 * }
 * }</pre>
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Where {@link #screenshot(String)} writes, relative to the project directory (Maven's working directory). */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** The flags every browser test runs with: headless, no sandbox (root in containers), no network chatter. */
    public static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage");

    private final WebDriver driver;
    private final Path profile;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Skips the calling test when Chromium or ChromeDriver is missing; fails instead under CI=true. */
    public static void requireInstalled() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        String reason = "Chromium/ChromeDriver not installed: apt-get install -y chromium chromium-driver (see .ci/run)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true and the browser tests cannot run. " + reason);
        }
        Assumptions.abort(reason);
    }

    /** A browser with a window of 1366×900 CSS pixels. */
    public static Browser start() {
        return start(1366, 900);
    }

    public static Browser start(int width, int height) {
        requireInstalled();
        // set before any driver is created: with it, Selenium Manager is skipped and nothing is downloaded
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        Path profile;
        try {
            profile = Files.createTempDirectory("danvan-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + profile.toAbsolutePath(), "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        try {
            WebDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new Browser(driver, profile);
        } catch (RuntimeException e) {
            service.stop();
            deleteQuietly(profile);
            throw e;
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** An explicit wait on this browser (tests wait for conditions, never sleep). */
    public WebDriverWait waitUpTo(Duration timeout) {
        return new WebDriverWait(driver, timeout, Duration.ofMillis(100));
    }

    /** Saves a PNG of the viewport under target/screenshots and returns its path. */
    public Path screenshot(String fileName) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(fileName);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(shot.toPath());
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a script in the page and returns its result (a Boolean, Long, String, element, list or map). */
    public Object script(String javascript, Object... arguments) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path directory) {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // best effort: a leftover profile in the temp directory harms nothing
        }
    }
}
