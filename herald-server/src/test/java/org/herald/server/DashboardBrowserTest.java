package org.herald.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.herald.store.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in Debian's headless Chromium (installed by .ci/run; skipped where it is absent): load it, filter,
 * open an event, submit an article and see its events. A failing test leaves a screenshot in target/screenshots.
 */
@ExtendWith(DashboardBrowserTest.ScreenshotOnFailure.class)
class DashboardBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir static Path dir;
    static EventStore store;
    static Javalin app;
    static WebDriver driver;

    @BeforeAll
    static void start() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "Debian chromium and chromium-driver are not installed");
        store = TestStores.seeded(dir.resolve("ui.duckdb"));
        TestStores.addMarkup(store);
        TestStores.addClaims(store);
        app = HeraldServer.start(new ApiService(store, TestStores::pipeline), "127.0.0.1", 0);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--no-first-run", "--disable-sync", "--window-size=1280,900", "--user-data-dir=" + dir.resolve("chrome-profile"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL); // console messages, where the browser reports CSP violations
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (app != null) app.stop();
        if (store != null) store.close();
    }

    @BeforeEach
    void open() {
        driver.get("http://127.0.0.1:" + app.port() + "/");
        waitFor(d -> d.findElements(By.cssSelector("#events-table .event-row")).size() >= 3);
    }

    static void waitFor(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(condition::apply);
    }

    @Test
    void filterNarrowsTheEventsTable() {
        driver.findElement(By.id("f-actor")).sendKeys("RUS");
        new Select(driver.findElement(By.id("f-quad"))).selectByValue("1");
        driver.findElement(By.id("f-apply")).click();
        waitFor(d -> d.findElements(By.cssSelector("#events-table .event-row")).size() == 1);
        String row = driver.findElement(By.cssSelector("#events-table .event-row")).getText();
        assertTrue(row.contains("RUSGOV") && row.contains("040"), row);
        assertTrue(driver.findElement(By.id("events-count")).getText().startsWith("1 event"), driver.findElement(By.id("events-count")).getText());
    }

    @Test
    void openingAnEventHighlightsSourceTriggerAndTarget() {
        WebElement row = driver.findElements(By.cssSelector("#events-table .event-row")).stream()
                .filter(r -> r.getText().contains("112")).findFirst().orElseThrow();
        row.click();
        waitFor(d -> d.findElement(By.id("event-detail")).isDisplayed() && !d.findElements(By.cssSelector("#evidence mark")).isEmpty());
        assertEquals("Iranian authorities", driver.findElement(By.cssSelector("#evidence mark.hl-source")).getText());
        assertEquals("U.S.", driver.findElement(By.cssSelector("#evidence mark.hl-target")).getText());
        assertTrue(driver.findElement(By.id("event-detail")).getText().contains("Iran blames US"));
        // Which part of Herald produced it, and how sure the model is.
        assertEquals("0.91", driver.findElement(By.id("d-confidence")).getText());
        assertEquals("ACCUSE 0.82, REJECT 0.10, NONE 0.04", driver.findElement(By.id("d-model")).getText());
        assertTrue(driver.findElement(By.id("d-pattern")).getText().startsWith("pattern test.pattern"), driver.findElement(By.id("d-pattern")).getText());
        // When it happened, as the story says it, beside the article's own date.
        assertEquals("2026-01-12 (day: “on Monday”)", driver.findElement(By.id("d-when")).getText());
        assertEquals("2026-01-12", driver.findElement(By.id("d-date")).getText());
    }

    @Test
    void oneRecordPerRealEventWithItsMentions() {
        // A syndicated copy of a2 (the same story from another outlet): its two events are a2's.
        org.herald.model.Article copy = new org.herald.model.Article("a2-ap", java.time.LocalDate.of(2026, 1, 12), "AP", "Iran blames US",
                "Iranian authorities blamed the U.S. for the riots.");
        store.ingest(new org.herald.model.CodedArticle(copy, List.of(copy.title(), copy.body()), List.of(), List.of(
                TestStores.event("a2-ap", "2026-01-12", "IRNGOV", "Iranian authorities", "112", "USA", "U.S.", -2.0, 3,
                        "Iranian authorities blamed the U.S. for the riots."))));
        driver.navigate().refresh();
        waitFor(d -> d.findElements(By.cssSelector("#events-table .event-row")).size() >= 4);
        int all = driver.findElements(By.cssSelector("#events-table .event-row")).size();
        driver.findElement(By.id("f-distinct")).click();
        driver.findElement(By.id("f-apply")).click();
        waitFor(d -> d.findElement(By.id("events-count")).getText().contains("real events"));
        assertEquals(all - 1, driver.findElements(By.cssSelector("#events-table .event-row")).size());
        WebElement row = driver.findElements(By.cssSelector("#events-table .event-row")).stream()
                .filter(r -> r.getText().contains("112")).findFirst().orElseThrow();
        assertTrue(row.getText().endsWith(" 2"), "its mention count: " + row.getText());
        row.click();
        waitFor(d -> !d.findElements(By.cssSelector("#mentions-list li")).isEmpty());
        assertTrue(driver.findElement(By.id("d-mentions")).getText().endsWith("2 mentions in 2 articles from 2 sources"),
                driver.findElement(By.id("d-mentions")).getText());
        List<String> mentions = driver.findElements(By.cssSelector("#mentions-list li")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("a2 (wire), 2026-01-12, sentence 1", "a2-ap (AP), 2026-01-12, sentence 1, near-duplicate of a2"), mentions);
        driver.findElement(By.id("f-distinct")).click(); // the other tests list every mention
    }

    @Test
    void quotesAndFiguresAreListedAndOpenTheirEvents() {
        driver.findElement(By.id("tab-claims")).click();
        waitFor(d -> !d.findElements(By.cssSelector("#quotes-table .quote-row")).isEmpty() && !d.findElements(By.cssSelector("#figures-table .figure-row")).isEmpty());
        String quotes = driver.findElement(By.id("quotes-table")).getText();
        assertTrue(quotes.contains("We also resolutely reject the brazen attempts") && quotes.contains("RUSGOV")
                && quotes.contains("Foreign Ministry spokeswoman Maria Zakharova"), quotes);
        String figures = driver.findElement(By.id("figures-table")).getText();
        assertTrue(figures.contains("more than 2,600") && figures.contains("24\u201399") && figures.contains("IRNHRI (HRANA)"), figures);
        driver.findElement(By.id("c-category")).sendKeys("percent");
        driver.findElement(By.id("c-apply")).click();
        waitFor(d -> d.findElements(By.cssSelector("#figures-table .figure-row")).size() == 1);
        assertTrue(driver.findElement(By.id("figures-count")).getText().startsWith("1 figures"), driver.findElement(By.id("figures-count")).getText());
        driver.findElement(By.cssSelector("#figures-table .figure-row button.event-link")).click();
        waitFor(d -> d.findElement(By.id("event-detail")).isDisplayed() && d.findElement(By.id("detail-figures")).getText().contains("25%"));
        assertTrue(driver.findElement(By.id("detail-figures")).getText().contains("25% tariff, says USAGOV (Trump)"),
                driver.findElement(By.id("detail-figures")).getText());
        assertEquals("\u2014", driver.findElement(By.id("detail-quotes")).getText());
    }

    @Test
    void timelineAndNetworkRender() {
        driver.findElement(By.id("tab-timeline")).click();
        driver.findElement(By.id("dyad-show")).click();
        waitFor(d -> !d.findElements(By.cssSelector("#timeline-chart canvas")).isEmpty());
        driver.findElement(By.id("tab-network")).click();
        waitFor(d -> !d.findElements(By.cssSelector("#network-graph canvas")).isEmpty());
        assertTrue(Integer.parseInt(driver.findElement(By.id("network-graph")).getAttribute("data-nodes")) >= 3);
    }

    @Test
    void submittedArticleShowsItsEvents() {
        driver.findElement(By.id("tab-submit")).click();
        driver.findElement(By.id("s-id")).sendKeys("ui-post-1");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("document.getElementById('s-date').value = '2024-05-01';");
        driver.findElement(By.id("s-title")).sendKeys("Japan and China");
        driver.findElement(By.id("s-text")).sendKeys("Japan criticized China on Monday.");
        driver.findElement(By.id("s-submit")).click();
        waitFor(d -> !d.findElements(By.cssSelector("#submit-events .submit-event-row")).isEmpty());
        List<WebElement> rows = driver.findElements(By.cssSelector("#submit-events .submit-event-row"));
        assertTrue(rows.stream().anyMatch(r -> r.getText().contains("JPN") && r.getText().contains("CHN")),
                rows.stream().map(WebElement::getText).toList().toString());
        assertTrue(driver.findElement(By.id("submit-status")).getText().contains("event"));
    }

    @Test
    void markupInTheDataIsShownAsTextAndNeverRuns() {
        WebElement row = driver.findElements(By.cssSelector("#events-table .event-row")).stream()
                .filter(r -> r.getText().contains("XSS")).findFirst().orElseThrow();
        assertTrue(row.getText().contains("<script>"), row.getText());
        row.click();
        waitFor(d -> d.findElement(By.id("event-detail")).isDisplayed() && d.findElement(By.id("evidence")).getText().contains("<img"));
        String m = TestStores.MARKUP;
        assertEquals("XSS " + m + " attacked the " + m + " target.", driver.findElement(By.id("evidence")).getText());
        assertEquals("XSS " + m, driver.findElement(By.cssSelector("#evidence mark.hl-source")).getText());
        assertTrue(driver.findElement(By.id("detail-fields")).getText().contains(m));
        assertTrue(driver.findElement(By.id("article-body")).getAttribute("textContent").contains(m));
        assertTrue(driver.findElements(By.cssSelector("main script, main img, main b, main iframe")).isEmpty(), "no element was made from the data");
        assertEquals(Boolean.TRUE, ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return window.__pwned === undefined;"));
    }

    @Test
    void everyViewWorksUnderTheContentSecurityPolicy() {
        driver.findElements(By.cssSelector("#events-table .event-row")).get(0).click();
        waitFor(d -> d.findElement(By.id("event-detail")).isDisplayed());
        driver.findElement(By.id("tab-timeline")).click();
        driver.findElement(By.id("dyad-show")).click();
        waitFor(d -> !d.findElements(By.cssSelector("#timeline-chart canvas")).isEmpty());
        driver.findElement(By.id("tab-network")).click();
        waitFor(d -> !d.findElements(By.cssSelector("#network-graph canvas")).isEmpty());
        driver.findElement(By.id("tab-claims")).click();
        waitFor(d -> !d.findElements(By.cssSelector("#quotes-table .quote-row")).isEmpty());
        driver.findElement(By.id("tab-submit")).click();
        List<String> refused = driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(msg -> msg.contains("Content Security Policy") || msg.contains("Refused to")).toList();
        assertTrue(refused.isEmpty(), refused.toString());
    }

    /** Saves a screenshot of the page when a test fails. */
    static final class ScreenshotOnFailure implements TestWatcher {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (driver == null) return;
            try {
                Path out = Path.of("target", "screenshots", context.getDisplayName().replaceAll("[^A-Za-z0-9]", "_") + ".png");
                Files.createDirectories(out.getParent());
                Files.write(out, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            } catch (Exception e) {
                System.err.println("could not save screenshot: " + e);
            }
        }
    }
}
