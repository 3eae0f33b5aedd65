package org.careflow.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.careflow.app.platform.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo manager in a real headless Chromium in Chinese: signs in, reads the dashboard, opens the
 * cases behind a number.
 */
class DashboardBrowserTest extends BrowserTest {

  @Autowired JdbcTemplate jdbc;

  @Override
  protected String language() {
    return "zh-CN";
  }

  @Test
  void theManagerSeesTheCountysNumbersAndOpensTheCasesBehindOne() {
    openPageAs("manager.qingshan", "/pages/dashboard");

    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "工作看板 · 青山县"));
    QingshanRecords records = new QingshanRecords(jdbc);
    Set<String> openCases = records.openCaseNumbers();
    WebElement openCard = browser.findElement(By.cssSelector(".card[data-metric='open-case']"));
    assertThat(openCard.getText()).contains("在办案件");
    assertThat(openCard.findElement(By.className("figure")).getText()).isEqualTo(String.valueOf(openCases.size()));
    assertThat(browser.findElements(By.cssSelector("#open-by-stage a")).stream().mapToInt(a -> Integer.parseInt(a.getText())).sum())
        .isEqualTo(openCases.size());
    assertThat(browser.findElement(By.id("placements")).getText()).contains(records.placementsInIntegration());

    openCard.click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "在办案件"));
    Set<String> listed = browser.findElements(By.cssSelector("#cases .case-number")).stream().map(WebElement::getText)
        .collect(Collectors.toSet());
    assertThat(listed).isEqualTo(openCases);
    assertThat(browser.findElement(By.id("fact-count")).getText()).isEqualTo(String.valueOf(openCases.size()));
  }
}
