package org.careflow.app.platform;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium and chromium-driver, headless, found on the PATH (.ci/run installs them; nothing
 * downloads a browser of its own). Without them the browser tests are skipped with the reason on a
 * developer's machine, and fail under CI=true, where a missing browser must not pass as green.
 */
public final class HeadlessChromium {

  private static final String WHY = "Browser tests need Debian's chromium and chromium-driver on the PATH "
      + "(apt-get install chromium chromium-driver)";
  private static final Optional<Path> CHROMIUM = onPath("chromium", System.getenv("PATH"));
  private static final Optional<Path> CHROMEDRIVER = onPath("chromedriver", System.getenv("PATH"));

  /** A desktop window, and a phone-sized one (a child director in the field). */
  public static final String DESKTOP = "1400,1000";
  public static final String PHONE = "390,844";
  /** A small phone held in one hand (360×740 CSS pixels). */
  public static final String SMALL_PHONE = "360,740";

  private HeadlessChromium() {
  }

  public static void assumeInstalled() {
    requireOrSkip(CHROMIUM.isPresent() && CHROMEDRIVER.isPresent(), "true".equalsIgnoreCase(System.getenv("CI")));
  }

  static void requireOrSkip(boolean installed, boolean underCi) {
    if (!installed && underCi) {
      throw new AssertionError(WHY + ": under CI=true a missing browser fails the build");
    }
    assumeTrue(installed, WHY);
  }

  static Optional<Path> onPath(String program, String path) {
    return Arrays.stream((path == null ? "" : path).split(File.pathSeparator))
        .filter(dir -> !dir.isBlank())
        .map(dir -> Path.of(dir, program))
        .filter(Files::isExecutable)
        .findFirst();
  }

  public static WebDriver open(String windowSize) {
    return open(windowSize, null);
  }

  /** A browser whose language (its UI and the Accept-Language it sends) is {@code language}, e.g. zh-CN; null leaves Chromium's own. */
  public static WebDriver open(String windowSize, String language) {
    ChromeOptions options = new ChromeOptions();
    if (language != null) {
      options.addArguments("--lang=" + language);
      options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language + "," + language.split("-")[0]));
    }
    options.setBinary(CHROMIUM.orElseThrow().toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=" + windowSize);
    String[] size = windowSize.split(",");
    if (Integer.parseInt(size[0]) < 500) {
      // Chromium keeps a window at least 500 px wide: a smaller phone is emulated (its viewport, touch and device metrics)
      options.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics", java.util.Map.of(
          "width", Integer.parseInt(size[0]), "height", Integer.parseInt(size[1]), "pixelRatio", 1.0, "touch", true, "mobile", true)));
    }
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.orElseThrow().toFile()).build();
    return new ChromeDriver(service, options);
  }
}
