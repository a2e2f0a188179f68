package id.pandudesa.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of browser tests: Debian's Chromium driven by Playwright, never a downloaded browser,
 * started with the flags this network needs. Playwright gives every launch a fresh, empty
 * profile directory of its own (it refuses a {@code --user-data-dir} argument).
 */
@BrowserTest
public abstract class BrowserSupport {

    static final String CHROMIUM = System.getProperty("pandu.test.chromium", "/usr/bin/chromium");
    static final List<String> FLAGS = List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    static String unavailableReason() {
        return TestEnvironment.exists(CHROMIUM)
                ? null
                : CHROMIUM + " not found (install the Debian packages chromium and chromium-driver)";
    }

    @BeforeAll
    static void startBrowser() {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of(CHROMIUM))
                        .setHeadless(true)
                        .setArgs(FLAGS));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** A fresh browser session (no cookies) with a phone-sized screen by default. */
    protected Page phone() {
        return page(360, 740);
    }

    protected Page page(int width, int height) {
        return page(width, height, url(""));
    }

    /** A fresh browser session whose pages are addressed from {@code baseUrl} (e.g. through a network switch). */
    protected Page page(int width, int height, String baseUrl) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setLocale("id-ID")
                .setBaseURL(baseUrl));
        context.setDefaultTimeout(15_000);
        return context.newPage();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void login(Page page, String username, String password) {
        page.navigate("/masuk");
        page.fill("#username", username);
        page.fill("#password", password);
        page.click("button[type=submit]");
        page.waitForURL(u -> !u.contains("/masuk"));
    }

    /** Saves a screenshot under target/screenshots for a person to look at. */
    protected void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(berkasGambar(name)).setFullPage(true));
    }

    /** As {@link #screenshot(Page, String)}, only what the screen shows (a long form's top on a phone). */
    protected void screenshotLayar(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(berkasGambar(name)));
    }

    private static Path berkasGambar(String name) {
        Path dir = Path.of("target", "screenshots");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir.resolve(name + ".png");
    }
}
