package id.kinerja.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class HeadlessChromiumTest {

    private static final String PAGE = """
            <!doctype html><html><head><title>smoke</title></head><body>
            <button id="tap" onclick="document.getElementById('state').textContent = 'tapped ' + (++window.taps)">Tap</button>
            <p id="state">untouched</p>
            <script>window.taps = 0;</script>
            </body></html>""";

    private WebDriver driver;

    @BeforeEach
    void openBrowser() {
        assumeTrue(HeadlessChromium.unavailableReason().isEmpty(),
                () -> "skipped: " + HeadlessChromium.unavailableReason().orElseThrow());
        driver = HeadlessChromium.open().orElseThrow();
    }

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void a_click_changes_the_page_and_a_screenshot_of_it_is_saved() throws Exception {
        driver.get("data:text/html;charset=utf-8," + URLEncoder.encode(PAGE, StandardCharsets.UTF_8).replace("+", "%20"));
        assertThat(driver.getTitle()).isEqualTo("smoke");
        assertThat(driver.findElement(By.id("state")).getText()).isEqualTo("untouched");

        driver.findElement(By.id("tap")).click();
        driver.findElement(By.id("tap")).click();

        assertThat(driver.findElement(By.id("state")).getText()).isEqualTo("tapped 2");
        assertThat(((JavascriptExecutor) driver).executeScript("return navigator.webdriver")).isEqualTo(true);
        Dimension viewport = driver.manage().window().getSize();
        assertThat(viewport).isEqualTo(new Dimension(HeadlessChromium.WIDTH, HeadlessChromium.HEIGHT));
        Path screenshot = HeadlessChromium.screenshot(driver, "headless-chromium-smoke");
        assertThat(screenshot).isEqualTo(HeadlessChromium.artifactDirectory().resolve("headless-chromium-smoke.png"));
        byte[] png = Files.readAllBytes(screenshot);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(png.length).isGreaterThan(1000);
    }
}
