package id.kinerja.playground;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.support.HeadlessChromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The playground in a real browser (Debian's headless Chromium through Selenium): an employee's /skor and its
 * chart, a supervisor evaluating with the buttons and the employee's chat getting the notification, the clock
 * moved to the deadline bringing the prompt, the inspector listing the calls. Screenshots and the measured tap
 * latency go to {@code target/browser/}. Skipped, with the reason, when Chromium is not installed (.ci/run
 * installs it).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "kinerja.test.own-database=true",
        "spring.quartz.auto-startup=false",
        "kinerja.calendar.quiet-start=00:00", "kinerja.calendar.quiet-end=00:00"})
@ContextConfiguration(initializers = PlaygroundMode.class)
class PlaygroundBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static WebDriver browser;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws IOException {
        Path dir = id.kinerja.support.TestDatabase.freshDirectory();
        registry.add("kinerja.data-dir", dir::toString);
    }

    @BeforeAll
    static void chromium() {
        Optional<String> missing = HeadlessChromium.unavailableReason();
        Assumptions.assumeTrue(missing.isEmpty(), () -> "browser test skipped: " + missing.orElse(""));
        browser = HeadlessChromium.open().orElseThrow();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void an_employee_a_supervisor_and_the_clock_in_the_browser() throws IOException {
        browser.get("http://127.0.0.1:" + port + "/");
        WebDriverWait wait = waiting();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#personas .persona[data-role='pegawai']")));
        assertThat(browser.findElement(By.cssSelector("#clock .now")).getText()).matches(".*\\d{4}.*\\d{2}[.:]\\d{2}.*");

        // the employee: /skor, then the chart
        long employee = userOf("pegawai");
        WebElement employeeChat = open("pegawai");
        send(employeeChat, "/skor");
        awaitMessage(employee, "Tren predikat");
        HeadlessChromium.screenshot(browser, "01-employee-score");
        tap(employee, "Tren predikat", "Grafik");
        wait.until(d -> !chat(employee).findElements(By.cssSelector(".message img")).isEmpty());
        HeadlessChromium.screenshot(browser, "02-employee-chart");

        // the supervisor evaluates the employee with the buttons
        long supervisor = userOf("atasan");
        WebElement supervisorChat = open("atasan");
        send(supervisorChat, "/tugas");
        String employeeName = id.kinerja.demo.DemoPeople.get(id.kinerja.demo.DemoPeople.STAFF).name();
        tap(supervisor, "Ketuk nama pegawai", employeeName);
        tap(supervisor, "Langkah 1 dari 4", "Sesuai Ekspektasi");
        tap(supervisor, "Langkah 2 dari 4", "Di Atas Ekspektasi");
        tap(supervisor, "Langkah 3 dari 4", "Lewati");
        tap(supervisor, "Langkah 4 dari 4", "Kirim");
        awaitMessage(supervisor, "tersimpan");
        awaitMessage(employee, "telah menilai kinerja Anda");
        HeadlessChromium.screenshot(browser, "03-supervisor-evaluated-employee-notified");

        // the clock to the deadline: the supervisor's other reports are still pending, so the prompt arrives
        browser.findElement(By.cssSelector("#clock button[data-advance='deadline']")).click();
        awaitMessage(supervisor, "Pegawai yang belum Anda nilai");
        HeadlessChromium.screenshot(browser, "04-deadline-prompt");

        // the inspector lists what the bot sent
        if (!browser.findElement(By.id("inspector")).isDisplayed()) {
            browser.findElement(By.id("inspector-toggle")).click();
        }
        wait.until(d -> d.findElements(By.cssSelector("#inspector .call")).size() > 5);
        List<String> methods = wait.until(d -> d.findElements(By.cssSelector("#inspector .call")).stream()
                .map(WebElement::getText).toList());
        assertThat(String.join("\n", methods)).contains("sendMessage", "editMessageText", "sendPhoto",
                "answerCallbackQuery");
        HeadlessChromium.screenshot(browser, "05-inspector");

        writeTapLatencies();
    }

    // ------------------------------------------------------------------ helpers

    private long userOf(String role) {
        return Long.parseLong(browser.findElement(By.cssSelector("#personas .persona[data-role='" + role + "']"))
                .getAttribute("data-user-id"));
    }

    /** Waits that look again when the page has just redrawn what they held (a chat re-renders on each change). */
    private static WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private WebElement open(String role) {
        long user = userOf(role);
        browser.findElement(By.cssSelector("#personas .persona[data-role='" + role + "']")).click();
        return waiting().until(d -> chat(user));
    }

    private WebElement chat(long user) {
        return browser.findElement(By.cssSelector(".chat[data-user-id='" + user + "']"));
    }

    private void send(WebElement chat, String text) {
        WebElement input = chat.findElement(By.cssSelector(".composer input"));
        input.sendKeys(text);
        input.sendKeys(Keys.ENTER);
    }

    /** The newest message of the chat that contains the fragment. */
    private WebElement newest(long user, String fragment) {
        List<WebElement> all = new ArrayList<>(chat(user).findElements(By.cssSelector(".message[data-message-id]")));
        Collections.reverse(all);
        for (WebElement m : all) {
            if (m.getText().contains(fragment)) {
                return m;
            }
        }
        return null;
    }

    private void awaitMessage(long user, String fragment) {
        waiting().until(d -> newest(user, fragment));
    }

    /** Taps the button whose label contains {@code label} on the newest message containing {@code fragment}. */
    private void tap(long user, String fragment, String label) {
        waiting().until(d -> {
            WebElement message = newest(user, fragment);
            if (message == null) {
                return null;
            }
            for (WebElement button : message.findElements(By.cssSelector(".keyboard button"))) {
                if (button.getText().contains(label)) {
                    button.click();
                    return true;
                }
            }
            return null;
        });
    }

    /** The page measured each tap until its chat changed: p50 and p95 go to target/browser/tap-latency.json. */
    private void writeTapLatencies() throws IOException {
        @SuppressWarnings("unchecked")
        List<Number> measured = (List<Number>) ((JavascriptExecutor) browser)
                .executeScript("return window.playground.metrics.tapLatencies;");
        assertThat(measured).as("taps the page measured").isNotEmpty();
        List<Long> sorted = measured.stream().map(Number::longValue).sorted().toList();
        long p50 = sorted.get((int) Math.ceil(0.50 * sorted.size()) - 1);
        long p95 = sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1);
        String json = "{\"taps\": " + sorted.size() + ", \"p50_ms\": " + p50 + ", \"p95_ms\": " + p95
                + ", \"max_ms\": " + sorted.get(sorted.size() - 1) + ", \"target_p95_ms\": 300, \"all_ms\": "
                + sorted + "}\n";
        Files.writeString(HeadlessChromium.artifactDirectory().resolve("tap-latency.json"), json);
        System.out.println("playground tap latency: " + json);
    }
}
