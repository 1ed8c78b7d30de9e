package newsdesk.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium (Debian packages {@code chromium} and {@code chromium-driver}) shared by
 * every browser test in the run, started on first use and quit when the JVM exits. A missing
 * browser fails the tests: .ci/run installs it.
 */
final class Chromium {
  static final Path BROWSER = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static ChromeDriver driver;

  private Chromium() {}

  static synchronized ChromeDriver driver() {
    if (driver != null) return driver;
    if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
      throw new AssertionError("browser tests need " + BROWSER + " and " + DRIVER
          + " (apt-get install chromium chromium-driver; .ci/run installs them)");
    }
    try {
      Path profile = Files.createTempDirectory("newsdesk-chromium-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(BROWSER.toFile());
      options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
          "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile,
          "--window-size=1200,900", "--disable-dev-shm-usage");
      ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
      driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
      ChromeDriver started = driver;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        started.quit();
        deleteQuietly(profile);
      }));
      return driver;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make a Chromium profile folder", e);
    }
  }

  /** Saves a screenshot as target/screenshots/NAME.png for review. */
  static void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      File png = ((TakesScreenshot) driver()).getScreenshotAs(OutputType.FILE);
      Files.copy(png.toPath(), SCREENSHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save screenshot " + name, e);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a leftover temp profile is harmless
    }
  }
}
