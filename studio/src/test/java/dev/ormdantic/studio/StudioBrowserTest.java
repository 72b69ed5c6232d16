package dev.ormdantic.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.dialect.snapshot.SchemaSnapshot;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The studio in a real browser: Debian's chromium driven through Debian's chromedriver (never a downloaded browser),
 * over a 30-table fixture whose live tables are on SQLite. Skipped, saying why, only when chromium is not installed;
 * CI installs it ({@code .ci/run}).
 */
class StudioBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final int TABLES = 30;
    private static final Duration POLL = Duration.ofMillis(500);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final List<AutoCloseable> closing = new ArrayList<>();
    private ChromeDriver driver;
    private String url = "";

    @BeforeEach
    void start() throws Exception {
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "chromium and chromedriver are not installed: apt-get install -y chromium chromium-driver"
                        + " (.ci/run installs them, so these tests run in CI)");
        url = "jdbc:sqlite:" + dir.resolve("live.sqlite3");
        try (Connection connection = DriverManager.getConnection(url)) {
            Fixtures.create(connection, Fixtures.snapshot(TABLES));
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--no-first-run",
                "--window-size=1600,1000",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    @AfterEach
    void stop() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        for (AutoCloseable c : closing.reversed()) {
            c.close();
        }
    }

    private Studio studio() {
        SchemaSnapshot models = Fixtures.snapshot(TABLES);
        Ormdantic db = Ormdantic.builder("sqlite:" + dir.resolve("live.sqlite3"))
                .tables(PetTable.TABLE)
                .open();
        closing.add(db);
        Studio studio = Studio.builder(models).database(db).pollInterval(POLL).start();
        closing.add(studio);
        return studio;
    }

    private @Nullable Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private long number(String script) {
        return ((Number) Objects.requireNonNull(js(script), script)).longValue();
    }

    @Test
    void theDiagramsDriftAndMigrationInTheBrowser() throws Exception {
        Studio studio = studio();
        driver.get(studio.uri().toString());
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.until(d -> number("return document.querySelectorAll('#model-diagram svg g.table').length") == TABLES);

        // 1. the model diagram: 30 table nodes, the expected edges, no two boxes overlapping
        assertEquals(TABLES, number("return document.querySelectorAll('#model-diagram svg g.table').length"));
        @SuppressWarnings("unchecked")
        List<String> edges = (List<String>)
                Objects.requireNonNull(js("return Array.from(document.querySelectorAll('#model-diagram path.fk'))"
                        + ".map(p => p.dataset.from + '->' + p.dataset.to)"));
        List<String> sorted = new ArrayList<>(edges);
        sorted.sort(null);
        assertEquals(Fixtures.expectedEdges(TABLES), sorted);
        String overlapCheck =
                "const boxes = Array.from(document.querySelectorAll(arguments[0] + ' g.table > rect.box'))"
                        + ".map(r => [r.parentNode.dataset.table, r.getBoundingClientRect()]);"
                        + "const out = [];"
                        + "for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {"
                        + "  const a = boxes[i][1], b = boxes[j][1];"
                        + "  if (a.width <= 0 || a.height <= 0) out.push(boxes[i][0] + ' has no size');"
                        + "  if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)"
                        + "    out.push(boxes[i][0] + ' overlaps ' + boxes[j][0]);"
                        + "}"
                        + "return [boxes.length, out];";
        List<?> model = (List<?>) js(overlapCheck, "#model-diagram");
        assertEquals(List.of((long) TABLES, List.of()), model);
        screenshot("studio-model.png");

        // 2. the live diagram: no drift, then an out-of-band ALTER TABLE ... ADD COLUMN shows within one poll
        driver.findElement(By.cssSelector("#tabs button[data-tab=live]")).click();
        wait.until(d -> number("return document.querySelectorAll('#live-diagram svg g.table').length") == TABLES);
        assertEquals(0, number("return document.querySelectorAll('#live-diagram .badge').length"));
        assertEquals(List.of((long) TABLES, List.of()), js(overlapCheck, "#live-diagram"));
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE t07 ADD COLUMN nickname TEXT");
        }
        long pollsAtChange = number("return Number(document.getElementById('live-meta').dataset.polls)");
        // the poll in flight may have read the database before the change; the next one must show it
        wait.until(
                d -> number("return Number(document.getElementById('live-meta').dataset.polls)") >= pollsAtChange + 2);
        String column = "#live-diagram g.table[data-table=t07] g.col[data-column=nickname]";
        assertEquals(
                "+ added", js("return document.querySelector(arguments[0] + ' .badge-added').textContent", column));
        assertEquals(
                "~ changed",
                js("return document.querySelector('#live-diagram g.table[data-table=t07] > text.badge-changed')"
                        + ".textContent"));
        assertEquals(
                "rgb(26, 127, 55)",
                js("return getComputedStyle(document.querySelector(arguments[0] + ' text.name')).fill", column),
                "added is drawn in green as well as with its badge");
        assertTrue(
                driver.findElement(By.id("drift-list"))
                        .getText()
                        .contains("t07: column 'nickname' (TEXT NULL) is not in"),
                driver.findElement(By.id("drift-list")).getText());
        assertEquals(List.of((long) TABLES, List.of()), js(overlapCheck, "#live-diagram"));
        screenshot("studio-live-drift.png");

        // 3. the pending migration per dialect, with its lint codes
        driver.findElement(By.cssSelector("#tabs button[data-tab=migrations]")).click();
        wait.until(d -> !d.findElements(By.cssSelector("details[data-dialect=postgresql]"))
                .isEmpty());
        String postgres = driver.findElement(By.cssSelector("details[data-dialect=postgresql]"))
                .getText();
        assertTrue(postgres.contains("ALTER TABLE \"t07\" DROP COLUMN \"nickname\";"), postgres);
        assertTrue(postgres.contains("DS103 destructive"), postgres);
        String sqlite = driver.findElement(By.cssSelector("details[data-dialect=sqlite]"))
                .getText();
        assertTrue(sqlite.contains("LT101"), sqlite);
        screenshot("studio-migrations.png");

        // no request left for any host but 127.0.0.1: the page's resource entries and the browser's network log
        @SuppressWarnings("unchecked")
        List<String> resources = (List<String>)
                Objects.requireNonNull(js("return performance.getEntriesByType('resource').map(e => e.name)"
                        + ".concat(performance.getEntriesByType('navigation').map(e => e.name))"));
        assertTrue(resources.size() >= 3, resources.toString());
        Set<String> hosts = new TreeSet<>();
        for (String resource : resources) {
            hosts.add(URI.create(resource).getScheme() + "://"
                    + URI.create(resource).getAuthority());
        }
        // the network log also lists the browser's own chrome:// pages (its new-tab page), which never leave it
        Set<String> internal = new TreeSet<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = JSON.readTree(entry.getMessage()).get("message");
            if (message.get("method").asText().equals("Network.requestWillBeSent")) {
                URI requested = URI.create(
                        message.get("params").get("request").get("url").asText());
                String scheme = requested.getScheme();
                if (scheme.equals("chrome") || scheme.equals("data")) {
                    internal.add(scheme);
                } else {
                    hosts.add(scheme + "://" + requested.getAuthority());
                }
            }
        }
        assertEquals(Set.of("http://127.0.0.1:" + studio.port()), hosts, "internal: " + internal);
    }

    private void screenshot(String name) throws IOException {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Path target = Path.of("target", "studio-screenshots");
        Files.createDirectories(target);
        Files.write(target.resolve(name), png);
        assertEquals(Map.of(0, (byte) 0x89, 1, (byte) 'P'), Map.of(0, png[0], 1, png[1]), name + " is a PNG");
        assertTrue(png.length > 10_000, name + " has content: " + png.length + " bytes");
        new File(target.toFile(), name).setReadable(true);
    }
}
