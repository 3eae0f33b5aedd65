package org.careflow.app.platform;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A platform test that drives the app in a real headless Chromium, one fresh browser per test. */
public abstract class BrowserTest extends PlatformTest {

  @LocalServerPort protected int port;
  protected WebDriver browser;
  protected WebDriverWait wait;

  @BeforeAll
  static void needsChromium() {
    HeadlessChromium.assumeInstalled();
  }

  @BeforeEach
  void openBrowser() {
    browser = HeadlessChromium.open(windowSize(), language());
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  /** {@link HeadlessChromium#DESKTOP} unless a test needs a phone. */
  protected String windowSize() {
    return HeadlessChromium.DESKTOP;
  }

  /** The browser's language; null: Chromium's own. */
  protected String language() {
    return null;
  }

  protected String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** Opens one of the app's pages, signing in on the way as a demo user. */
  protected void openPageAs(String user, String path) {
    browser.get(url(path));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(Rest.PASSWORD);
    browser.findElement(By.id("sign-in")).click();
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/pages/login")));
  }
}
