package org.careflow.app.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.careflow.app.platform.BrowserTest;
import org.careflow.app.platform.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The registry's pages on a phone-sized screen (390 x 844) in a real headless Chromium asking for English: a child
 * director signs in, finds a child of their village, opens the child's page with its timeline,
 * registers a new child; a child of another village cannot be found, by search or by address.
 */
class ChildRegistryBrowserTest extends BrowserTest {

  @Autowired JdbcTemplate jdbc;

  @Override
  protected String windowSize() {
    return HeadlessChromium.PHONE;
  }

  /** In English, the other language of the pages (the dashboard's browser test reads them in Chinese). */
  @Override
  protected String language() {
    return "en";
  }

  @Test
  void aChildDirectorFindsAChildOfTheirVillageAndSeesTheTimelineButNoChildOfAnotherVillage() {
    signIn("director.lianhua");

    search("刘小雨");
    List<WebElement> results = browser.findElements(By.cssSelector("#results a"));
    assertThat(results).hasSize(1);
    results.get(0).click();

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("child-name")));
    assertThat(browser.findElement(By.id("child-name")).getText()).isEqualTo("刘小雨");
    assertThat(browser.findElement(By.id("id-number")).getText())
        .contains(org.careflow.app.demo.DemoChildRecords.idNumberOf("刘小雨"));
    assertThat(browser.findElement(By.id("category")).getText()).isEqualTo("Left-behind child");
    List<WebElement> timeline = browser.findElements(By.cssSelector("#timeline tbody tr"));
    assertThat(timeline).isNotEmpty();
    assertThat(browser.findElement(By.id("timeline")).getText()).contains("Registered in the children's registry");
    assertFitsThePhone();

    search("张乐乐");
    assertThat(browser.findElement(By.id("no-results")).getText()).contains("No child found");
    assertThat(browser.findElements(By.cssSelector("#results a"))).isEmpty();

    long dongpo = jdbc.queryForObject("select id from careflow.child where full_name = '张乐乐'", Long.class);
    browser.get(url("/pages/children/" + dongpo));
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("not-found"))).getText())
        .contains("No child with record number " + dongpo);
    assertThat(browser.getPageSource()).doesNotContain("张乐乐");
  }

  @Test
  void aChildDirectorRegistersANewChildFromThePhone() {
    signIn("director.lianhua");
    browser.get(url("/pages/children"));
    wait.until(ExpectedConditions.elementToBeClickable(By.id("register-child"))).click();

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fullName"))).sendKeys("Qian Xiaocao");
    WebElement birth = browser.findElement(By.id("birthDate"));
    ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = '2017-03-03'", birth);
    new Select(browser.findElement(By.id("category"))).selectByValue("LEFT_BEHIND");
    new Select(browser.findElement(By.id("schoolStatus"))).selectByValue("IN_SCHOOL");
    String first17 = "99010120170303001";
    char check = IdNumbers.checkCharacter(first17);
    browser.findElement(By.id("idNumber")).sendKeys(first17 + (check == '0' ? '1' : '0'));
    assertFitsThePhone();
    browser.findElement(By.id("register")).click();

    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error"))).getText()).contains("wrong check character");
    assertThat(browser.findElement(By.id("fullName")).getAttribute("value")).isEqualTo("Qian Xiaocao");
    WebElement id = browser.findElement(By.id("idNumber"));
    id.clear();
    id.sendKeys(first17 + check);
    browser.findElement(By.id("register")).click();

    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("child-name"))).getText()).isEqualTo("Qian Xiaocao");
    assertThat(browser.findElement(By.id("id-number")).getText()).contains(first17 + check);
  }

  private void signIn(String user) {
    openPageAs(user, "/pages");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("header.top")));
  }

  private void search(String text) {
    browser.get(url("/pages/children"));
    WebElement q = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("q")));
    q.clear();
    q.sendKeys(text);
    browser.findElement(By.id("search")).click();
    wait.until(driver -> !driver.findElements(By.id("results")).isEmpty() || !driver.findElements(By.id("no-results")).isEmpty());
  }

  /** Nothing wider than the phone's screen: no sideways scrolling of the page itself. */
  private void assertFitsThePhone() {
    Number scrollWidth = (Number) ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("return document.documentElement.scrollWidth");
    Number viewport = (Number) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return window.innerWidth");
    assertThat(scrollWidth.intValue()).isLessThanOrEqualTo(viewport.intValue());
  }
}
