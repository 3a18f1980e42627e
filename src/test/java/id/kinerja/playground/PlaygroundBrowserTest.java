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
 * moved to the deadline bringing the prompt, the inspector listing the calls; a persona in the office's group chat
 * sent to the private chat. Screenshots and the measured tap
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

    @Test
    void a_persona_in_the_office_group_is_sent_to_the_private_chat() {
        browser.get("http://127.0.0.1:" + port + "/");
        WebDriverWait wait = waiting();
        long group = PlaygroundGroups.OFFICE_GROUP;
        long employee = Personas.PEGAWAI;
        String employeeName = id.kinerja.demo.DemoPeople.get(id.kinerja.demo.DemoPeople.STAFF).name();
        WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#groups .group-card[data-group-id='" + group + "']")));
        assertThat(card.getText()).contains("Grup Kecamatan Medan Marelan", "Supergrup");

        // the employee opens the group: it is marked as a group and says as whom
        card.findElement(By.cssSelector(".member-chip[data-user-id='" + employee + "']")).click();
        WebElement groupChat = wait.until(d -> groupChat(group, employee));
        assertThat(groupChat.findElement(By.cssSelector(".chat-header")).getText())
                .contains("Grup Kecamatan Medan Marelan", "grup", "sebagai " + employeeName);
        // the supervisor has it open too, side by side
        card.findElement(By.cssSelector(".member-chip[data-user-id='" + Personas.ATASAN + "']")).click();
        wait.until(d -> groupChat(group, Personas.ATASAN));

        send(groupChat(group, employee), "/skor");
        WebElement reply = wait.until(d -> newestIn(groupChat(group, employee), "chat pribadi"));
        assertThat(reply.getAttribute("class")).contains("from-bot");
        assertThat(reply.findElement(By.cssSelector(".sender")).getText()).isEqualTo("KinerjaPlaygroundBot");
        assertThat(reply.getText()).doesNotContain("Predikat");
        WebElement mine = newestIn(groupChat(group, employee), "/skor");
        assertThat(mine.getAttribute("class")).contains("outgoing");
        assertThat(mine.findElement(By.cssSelector(".sender")).getText()).isEqualTo(employeeName);
        // the supervisor sees the employee's message with the employee's name, coming in
        WebElement seen = wait.until(d -> newestIn(groupChat(group, Personas.ATASAN), "/skor"));
        assertThat(seen.getAttribute("class")).contains("incoming");
        assertThat(seen.findElement(By.cssSelector(".sender")).getText()).isEqualTo(employeeName);
        wait.until(d -> newestIn(groupChat(group, Personas.ATASAN), "chat pribadi"));
        HeadlessChromium.screenshot(browser, "06-group-redirect");

        // the button opens the employee's private chat with the bot
        WebElement button = reply.findElement(By.cssSelector(".keyboard button"));
        assertThat(button.getAttribute("data-url")).isEqualTo("https://t.me/kinerja_playground_bot");
        button.click();
        WebElement privateChat = wait.until(d -> chat(employee));
        wait.until(d -> privateChat.getAttribute("class").contains("active"));
        HeadlessChromium.screenshot(browser, "07-group-button-opened-private-chat");
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

    private WebElement groupChat(long group, long user) {
        return browser.findElement(By.cssSelector(".chat[data-group-id='" + group + "'][data-as-user-id='" + user
                + "']"));
    }

    /** The newest message of that chat element that contains the fragment, or null. */
    private static WebElement newestIn(WebElement chat, String fragment) {
        List<WebElement> all = new ArrayList<>(chat.findElements(By.cssSelector(".message[data-message-id]")));
        Collections.reverse(all);
        return all.stream().filter(m -> m.getText().contains(fragment)).findFirst().orElse(null);
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
