package org.careflow.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.careflow.app.platform.HeadlessChromium;
import org.careflow.app.platform.PlatformTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo manager in a real headless Chromium: signs in, reads the dashboard, opens the cases behind a number. */
class DashboardBrowserTest extends PlatformTest {

  private static final String OPEN_PROTECTION_CASES = """
      select x.case_number from careflow.protection_case x
        join careflow.child c on c.id = x.child_id join careflow.region v on v.code = c.village_code
        join careflow.region t on t.code = v.parent_code
      where t.parent_code = 'qingshan' and x.closed_at is null""";
  private static final String OPEN_PLACEMENTS = """
      select x.case_number from careflow.foster_placement x
        join careflow.child c on c.id = x.child_id join careflow.region v on v.code = c.village_code
        join careflow.region t on t.code = v.parent_code
      where t.parent_code = 'qingshan' and x.status in ('INTEGRATION', 'FORMAL')""";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeAll
  static void needsChromium() {
    HeadlessChromium.assumeInstalled();
  }

  @BeforeEach
  void openBrowser() {
    browser = HeadlessChromium.open(HeadlessChromium.DESKTOP);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @AfterEach
  void closeBrowser() {
    browser.quit();
  }

  @Test
  void theManagerSeesTheCountysNumbersAndOpensTheCasesBehindOne() {
    browser.get("http://localhost:" + port + "/pages/dashboard");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("manager.qingshan");
    browser.findElement(By.id("password")).sendKeys("demo");
    browser.findElement(By.id("sign-in")).click();

    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Dashboard · Qingshan"));
    Set<String> openCases = openCases();
    WebElement openCard = browser.findElement(By.cssSelector(".card[data-title='Open cases']"));
    assertThat(openCard.findElement(By.className("figure")).getText()).isEqualTo(String.valueOf(openCases.size()));
    assertThat(browser.findElements(By.cssSelector("#open-by-stage a")).stream().mapToInt(a -> Integer.parseInt(a.getText())).sum())
        .isEqualTo(openCases.size());
    List<String> placements = jdbc.queryForList(OPEN_PLACEMENTS.replace("in ('INTEGRATION', 'FORMAL')", "= 'INTEGRATION'"), String.class);
    assertThat(browser.findElement(By.id("placements")).getText()).contains(placements);

    openCard.click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Open cases"));
    Set<String> listed = browser.findElements(By.cssSelector("#cases .case-number")).stream().map(WebElement::getText)
        .collect(Collectors.toSet());
    assertThat(listed).isEqualTo(openCases);
    assertThat(browser.findElement(By.id("fact-count")).getText()).isEqualTo(String.valueOf(openCases.size()));
  }

  private Set<String> openCases() {
    Set<String> open = new java.util.HashSet<>(jdbc.queryForList(OPEN_PROTECTION_CASES, String.class));
    open.addAll(jdbc.queryForList(OPEN_PLACEMENTS, String.class));
    return open;
  }
}
