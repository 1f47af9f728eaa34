package io.yeonpyo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and its driver, named explicitly so Selenium never looks for (or downloads) another. Without
 * them the browser tests are reported as skipped with {@link #SKIPPED}; {@link BrowserAvailableTest} fails the
 * build instead when {@code YEONPYO_REQUIRE_BROWSER=true} (set by CI).
 */
public final class Chromium {

    public static final Path BROWSER = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    public static final String SKIPPED = "Browser tests skipped: /usr/bin/chromium and /usr/bin/chromedriver are not "
            + "installed (apt-get install chromium chromium-driver fonts-nanum)";

    private Chromium() {
    }

    public static boolean installed() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }

    /** A headless browser on its own empty profile, keeping its console log so tests can read CSP reports. */
    static ChromeDriver start(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,900", "--lang=ko-KR",
                // The stylesheet scrolls smoothly unless motion is reduced; mid-scroll, clicks land on the wrong spot.
                "--force-prefers-reduced-motion");
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
