package kz.gov.dnr.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's Chromium driven by Selenium, headless, with a fresh profile, in Kazakhstan time (the officers'
 * browsers are in Asia/Almaty, so Tasklist shows due dates as they do). Registered as a JUnit extension:
 * when a test fails it saves a screenshot and the page source of every open tab under
 * {@code target/browser-failures/}, and it quits the browser after the test class.
 *
 * <p>The binaries are Debian's packages ({@code apt-get install chromium chromium-driver}, done by
 * {@code .ci/run}); {@code CHROMIUM_BIN} and {@code CHROMEDRIVER_BIN} point elsewhere. Selenium's own
 * browser download is never used.
 */
public final class Chromium implements AfterTestExecutionCallback, AfterAllCallback {

  static final Path FAILURES = Path.of("target", "browser-failures");
  private WebDriver driver;
  private Path profile;

  public WebDriver driver() {
    if (driver == null) {
      driver = start();
    }
    return driver;
  }

  private WebDriver start() {
    try {
      profile = Files.createTempDirectory("dnr-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(binary("CHROMIUM_BIN", "/usr/bin/chromium"));
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1440,1000", "--lang=en-GB",
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(binary("CHROMEDRIVER_BIN", "/usr/bin/chromedriver")))
        .usingAnyFreePort()
        .withEnvironment(Map.of("TZ", "Asia/Almaty"))
        .build();
    ChromeDriver chrome = new ChromeDriver(service, options);
    chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    return chrome;
  }

  private static String binary(String variable, String debianPath) {
    String path = System.getenv(variable);
    String chosen = path == null || path.isBlank() ? debianPath : path;
    if (!new File(chosen).canExecute()) {
      throw new IllegalStateException(chosen + " is missing: install Debian's chromium and chromium-driver "
          + "(bash .ci/run does) or set " + variable);
    }
    return chosen;
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (context.getExecutionException().isEmpty() || driver == null) {
      return;
    }
    String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName()
        + context.getUniqueId().replaceAll("^.*\\[test-template-invocation:#(\\d+)]$", "-$1").replaceAll("^\\[.*", "");
    try {
      Files.createDirectories(FAILURES);
      String current = driver.getWindowHandle();
      int tab = 0;
      for (String handle : driver.getWindowHandles()) {
        driver.switchTo().window(handle);
        String file = name + (tab++ == 0 ? "" : "-tab" + tab);
        Files.write(FAILURES.resolve(file + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        Files.writeString(FAILURES.resolve(file + ".html"), "<!-- " + driver.getCurrentUrl() + " -->\n"
            + driver.getPageSource(), StandardCharsets.UTF_8);
      }
      driver.switchTo().window(current);
    } catch (IOException | RuntimeException e) {
      context.publishReportEntry("browser-failure-capture", "could not save the page: " + e);
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (driver != null) {
      driver.quit();
      driver = null;
    }
    if (profile != null) {
      FileSystemUtils.deleteRecursively(profile.toFile());
    }
  }
}
