package id.kinerja.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium ({@code /usr/bin/chromium}) driven by Debian's chromedriver ({@code /usr/bin/chromedriver})
 * through Selenium, headless, 1400x900. Both paths are given explicitly, so Selenium Manager never runs (and would
 * run offline if it did): nothing is downloaded. Without them, {@link #open()} is empty and
 * {@link #unavailableReason()} says why; tests then skip with that reason. {@code .ci/run} installs both.
 */
public final class HeadlessChromium {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final int WIDTH = 1400;
    public static final int HEIGHT = 900;

    private HeadlessChromium() {
    }

    /** Why no browser can be started on this machine; empty when one can. */
    public static Optional<String> unavailableReason() {
        for (Path binary : new Path[] { CHROMIUM, CHROMEDRIVER }) {
            if (!Files.isExecutable(binary)) {
                return Optional.of(binary + " is missing: install Debian's chromium and chromium-driver "
                        + "(apt-get install chromium chromium-driver, as .ci/run does) to run the browser tests");
            }
        }
        return Optional.empty();
    }

    /** A new headless Chromium (call {@link WebDriver#quit()} when done), or empty: see {@link #unavailableReason()}. */
    public static Optional<WebDriver> open() {
        if (unavailableReason().isPresent()) {
            return Optional.empty();
        }
        // only read by Selenium Manager, which the explicit paths below already keep from running
        System.setProperty("SE_OFFLINE", "true");
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .withLogFile(artifactDirectory().resolve("chromedriver.log").toFile())
            .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new",
                "--no-sandbox", // Chromium's sandbox refuses root and needs user namespaces a container may lack
                "--disable-dev-shm-usage", "--disable-gpu", "--window-size=" + WIDTH + "," + HEIGHT,
                "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-sync",
                "--disable-background-networking", "--disable-component-update");
        return Optional.of(new ChromeDriver(service, options));
    }

    /** Saves what the page shows as {@code target/browser/<name>.png} and returns that file. */
    public static Path screenshot(WebDriver driver, String name) {
        if (!name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("screenshot names are letters, digits, '.', '_' and '-': " + name);
        }
        File taken = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = artifactDirectory().resolve(name + ".png");
        try {
            Files.move(taken.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot save the screenshot " + target, ex);
        }
        return target;
    }

    /** {@code target/browser} of the project (Maven's basedir), created if needed. */
    public static Path artifactDirectory() {
        Path directory = Path.of(System.getProperty("basedir", "."), "target", "browser").toAbsolutePath().normalize();
        try {
            return Files.createDirectories(directory);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot create " + directory, ex);
        }
    }
}
