package io.providerportal.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's headless Chromium and its driver, found at fixed paths so that Selenium Manager never downloads a
 * browser; a fresh profile and downloads directory each time. {@code .ci/run} installs both when they are
 * missing. Its network log records what the page sends, so that a test can check that no secret leaves it.
 */
final class Chromium implements AutoCloseable {

    static final String BINARY = "/usr/bin/chromium";
    static final String DRIVER = "/usr/bin/chromedriver";

    /** A request the page sent, as Chromium's network log recorded it before sending it. */
    record SentRequest(String method, String url, Map<String, String> headers, String body) {

        /** Everything of the request a server would see. */
        String everything() {
            return method + " " + url + "\n" + headers + "\n" + (body == null ? "" : body);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    final ChromeDriver driver;
    private final Path profile;
    private final Path downloads;

    Chromium() throws Exception {
        profile = Files.createTempDirectory("portal-chromium");
        downloads = Files.createTempDirectory("portal-downloads");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1280,900",
                "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        driver.executeCdpCommand(
                "Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    }

    /**
     * Every request the page sent since the last call. A body the log holds back (it keeps only small ones inline)
     * fails the call: a check of what was sent must not pass over what it could not see.
     */
    List<SentRequest> sentRequests() throws IOException {
        List<SentRequest> sent = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = JSON.readTree(entry.getMessage()).path("message");
            if (!message.path("method").asText().equals("Network.requestWillBeSent")) {
                continue;
            }
            JsonNode request = message.path("params").path("request");
            if (request.path("hasPostData").asBoolean() && !request.has("postData")) {
                throw new AssertionError("the network log holds no body for "
                        + request.path("url").asText());
            }
            Map<String, String> headers = new HashMap<>();
            request.path("headers")
                    .fields()
                    .forEachRemaining(h -> headers.put(h.getKey(), h.getValue().asText()));
            sent.add(new SentRequest(
                    request.path("method").asText(),
                    request.path("url").asText(),
                    headers,
                    request.has("postData") ? request.get("postData").asText() : null));
        }
        return sent;
    }

    /** Lets the page use the clipboard, as a user who allowed it would. */
    void allowClipboard(String origin) {
        driver.executeCdpCommand(
                "Browser.grantPermissions",
                Map.of("origin", origin, "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    }

    /** What the page last copied. */
    String clipboard() {
        return (String) driver.executeAsyncScript(
                "navigator.clipboard.readText().then(arguments[0], e => arguments[0]('failed: ' + e));");
    }

    /** The file the page saved, once Chromium has finished writing it. */
    Path downloaded(String suffix) {
        return await(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                Optional<Path> file =
                        files.filter(f -> f.toString().endsWith(suffix)).findFirst();
                return file.orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The page as shown at the given window width, saved as {@code docs/ui/{name}-{width}.png}. */
    void screenshot(String name, int width) throws IOException {
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(width, width < 600 ? 844 : 900));
        Path target = Path.of("..", "docs", "ui", name + "-" + width + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(before);
    }

    /** Waits (explicitly, never by sleeping) until the condition holds. */
    <T> T await(Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition);
        } catch (TimeoutException e) {
            throw new AssertionError(
                    "the page shows: " + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    WebElement visible(By locator) {
        return await(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    @Override
    public void close() {
        driver.quit();
        FileSystemUtils.deleteRecursively(profile.toFile());
        FileSystemUtils.deleteRecursively(downloads.toFile());
    }
}
