package org.careflow.app.webapps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careflow.app.platform.HeadlessChromium;
import org.careflow.app.platform.PlatformTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

/**
 * Tasklist, Cockpit, Admin and Welcome in Simplified Chinese, as the running app serves them:
 * our {@code locales/zh.json} next to the webjar's {@code en.json}, our {@code config.js} listing
 * the locale, and Tasklist's Camunda 8 banner hidden for caseworkers.
 *
 * <p>The locale is called {@code zh}, not {@code zh-CN}: Camunda 7.24 picks the language from
 * {@code navigator.languages[0]} cut at the first '-' and looks that up in {@code availableLocales},
 * so a Chinese browser ("zh-CN") only ever asks for "zh".
 */
class WebappLocalesTest extends PlatformTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Values that are the same in both languages: product names, abbreviations, symbols, formats. */
  private static final Set<String> SAME_IN_BOTH = Set.of("Camunda", "Optimize", "ID", "ID*", "CSV", "JSON", "null",
      "<", "<=", ">", ">=", "YYYY-MM-DDTHH:mm:ss", "L", "HH:mm");

  private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");
  private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");
  private static final Pattern MUSTACHE = Pattern.compile("\\{\\{.*?\\}\\}");
  private static final Pattern PRINTF = Pattern.compile("%[sd]");
  private static final Pattern HTML_TAG = Pattern.compile("</?(?:a|b|br|strong|em|i|span|p|code|ul|li)\\b[^>]*>");
  private static final Pattern ENTITY = Pattern.compile("&[a-z]+;");

  @Autowired TestRestTemplate http;
  @LocalServerPort int port;

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void theServedChineseFileHasEveryEnglishKeyInChinese(String app) throws IOException {
    JsonNode english = served("/camunda/app/" + app + "/locales/en.json");
    JsonNode chinese = served("/camunda/app/" + app + "/locales/zh.json");

    List<String> problems = new ArrayList<>();
    int[] counts = new int[2]; // [values, values with Chinese characters]
    compare("", english, chinese, problems, counts);

    assertThat(problems).as("%s: zh.json against en.json", app).isEmpty();
    assertThat(counts[0]).as("%s: number of values", app).isGreaterThan(100);
    assertThat(counts[1]).as("%s: values written in Chinese out of %d", app, counts[0])
        .isGreaterThanOrEqualTo((int) Math.ceil(counts[0] * 0.97));
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void theServedConfigListsChineseNextToEnglish(String app) {
    String config = text("/camunda/app/" + app + "/scripts/config.js");
    assertThat(config.replaceAll("(?m)^\\s*//.*$", "")) // what is not commented out
        .containsPattern("availableLocales:\\s*\\['en',\\s*'zh'\\]")
        .containsPattern("fallbackLocale:\\s*'en'");
    assertThat(config.replaceAll("(?m)^\\s*//.*$", ""))
        .as("the language switch").containsPattern("customScripts: \\['\\.\\./careflow/language-switch'[,\\]]");
    if (app.equals("tasklist")) {
      assertThat(config).as("Tasklist keeps the webjar's keyboard shortcuts").contains("claimTask", "startProcess");
    }
  }

  @Test
  void theLanguageSwitchIsServed() {
    assertThat(text("/camunda/app/careflow/language-switch.js")).contains("careflow-language", "navigator");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome"})
  void caseworkersGetNoCamunda8Banner(String app) {
    String css = text("/camunda/app/" + app + "/styles/user-styles.css").replaceAll("(?s)/\\*.*?\\*/", "");
    assertThat(css).containsPattern("\\.ce-eol-banner\\s*\\{\\s*display:\\s*none");
  }

  /**
   * A child director whose phone or browser is set to Chinese sees Tasklist in Chinese, from the
   * login page on, and no Camunda 8 banner once signed in; the user menu switches to English and
   * the footer back. An English browser gets English, and the login page offers Chinese.
   */
  @Test
  void aChineseBrowserGetsTasklistInChineseWithoutTheBanner() {
    HeadlessChromium.assumeInstalled();
    String tasklist = "http://localhost:" + port + "/camunda/app/tasklist/default/";

    WebDriver browser = browser("zh-CN");
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      browser.get(tasklist);
      wait.until(ExpectedConditions.textToBe(By.cssSelector("button[type='submit']"), "登录"));
      assertThat(browser.findElement(By.cssSelector("input[ng-model='username']")).getAttribute("placeholder"))
          .isEqualTo("用户名");

      browser.findElement(By.cssSelector("input[ng-model='username']")).sendKeys("director.lianhua");
      browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
      browser.findElement(By.cssSelector("button[type='submit']")).click();
      try {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.partialLinkText("启动流程")));
      } catch (org.openqa.selenium.TimeoutException e) {
        throw new AssertionError("Tasklist after sign-in shows: " + browser.findElement(By.cssSelector("body")).getText(), e);
      }
      assertThat(browser.findElement(By.cssSelector("body")).getText())
          .doesNotContain("Start process", "Camunda 8", "迁移到 Camunda 8");
      // Camunda 7.24's header renders the banner element (isCommunityEdition is hard-coded); our style hides it.
      // Operaton's header (the Operaton build, README "The Operaton build") renders no such banner.
      List<org.openqa.selenium.WebElement> banners = browser.findElements(By.cssSelector(".ce-eol-banner"));
      if (org.camunda.bpm.engine.ProcessEngine.class.getName().startsWith("org.camunda.")) {
        assertThat(banners).isNotEmpty();
      }
      assertThat(banners).noneMatch(org.openqa.selenium.WebElement::isDisplayed);

      // the user menu offers English; the choice outlives a reload and is offered back
      wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[cam-widget-header] .account .dropdown-toggle"))).click();
      wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".account .careflow-language a"))).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.partialLinkText("Start process")));
      browser.navigate().refresh();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.partialLinkText("Start process")));
      wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[cam-widget-footer] .careflow-language a"))).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.partialLinkText("启动流程")));
    } finally {
      browser.quit();
    }

    WebDriver english = browser("en-US");
    try {
      WebDriverWait wait = new WebDriverWait(english, Duration.ofSeconds(30));
      english.get(tasklist);
      wait.until(ExpectedConditions.textToBe(By.cssSelector("button[type='submit']"), "Log in"));
      // the login page already offers Chinese (in the footer)
      wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[cam-widget-footer] .careflow-language a"))).click();
      wait.until(ExpectedConditions.textToBe(By.cssSelector("button[type='submit']"), "登录"));
    } finally {
      english.quit();
    }
  }

  /** Cockpit, Admin and Welcome greet a Chinese browser in Chinese too, and offer English. */
  @ParameterizedTest
  @ValueSource(strings = {"cockpit", "admin", "welcome"})
  void theOtherAppsGreetAChineseBrowserInChinese(String app) {
    HeadlessChromium.assumeInstalled();
    WebDriver browser = browser("zh-CN");
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      browser.get("http://localhost:" + port + "/camunda/app/" + app + "/default/");
      wait.until(ExpectedConditions.textToBe(By.cssSelector("button[type='submit']"), "登录"));
      assertThat(browser.findElement(By.cssSelector("[cam-widget-footer] .careflow-language a")).getText()).isEqualTo("English");
    } finally {
      browser.quit();
    }
  }

  /** Headless Chromium (as {@link HeadlessChromium}) with the given browser language. */
  private static WebDriver browser(String language) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=" + HeadlessChromium.DESKTOP, "--lang=" + language);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build();
    return new ChromeDriver(service, options);
  }

  private static void compare(String path, JsonNode english, JsonNode chinese, List<String> problems, int[] counts) {
    if (chinese == null || chinese.isMissingNode() || chinese.isNull()) {
      problems.add(path + ": missing");
      return;
    }
    if (english.isObject()) {
      if (!chinese.isObject()) {
        problems.add(path + ": not an object");
        return;
      }
      Iterator<Map.Entry<String, JsonNode>> fields = english.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        compare(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), chinese.get(field.getKey()),
            problems, counts);
      }
      return;
    }
    if (english.isArray()) {
      if (!chinese.isArray() || chinese.size() != english.size()) {
        problems.add(path + ": not an array of " + english.size());
        return;
      }
      for (int i = 0; i < english.size(); i++) {
        compare(path + "[" + i + "]", english.get(i), chinese.get(i), problems, counts);
      }
      return;
    }
    if (!english.isTextual()) { // week.dow, week.doy
      if (!english.equals(chinese)) {
        problems.add(path + ": " + chinese + " instead of " + english);
      }
      return;
    }
    String en = english.asText();
    if (en.isEmpty()) {
      return; // an empty English value (NO_TASK_FORM) stays empty
    }
    if (!chinese.isTextual() || chinese.asText().isBlank()) {
      problems.add(path + ": empty");
      return;
    }
    String zh = chinese.asText();
    counts[0]++;
    if (CJK.matcher(zh).find()) {
      counts[1]++;
    } else if (SAME_IN_BOTH.contains(zh)) {
      counts[1]++; // a name or symbol that has no Chinese form
    } else if (path.startsWith("dateLocales.longDateFormat.")) {
      counts[1]++; // a date format written with moment.js tokens (YYYY-MM-DD)
    } else if (LATIN_WORD.matcher(zh).find()) {
      problems.add(path + ": not Chinese: \"" + zh + "\"");
    }
    if (zh.equals(en) && !SAME_IN_BOTH.contains(en)) {
      problems.add(path + ": still English: \"" + en + "\"");
    }
    for (Pattern pattern : List.of(MUSTACHE, PRINTF, HTML_TAG, ENTITY)) {
      if (!all(pattern, en).equals(all(pattern, zh))) {
        problems.add(path + ": " + all(pattern, zh) + " instead of " + all(pattern, en) + " in \"" + zh + "\"");
      }
    }
    if (count(en, "{}") != count(zh, "{}")) {
      problems.add(path + ": {} lost in \"" + zh + "\"");
    }
  }

  private static List<String> all(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    found.sort(null);
    return found;
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }

  private JsonNode served(String path) throws IOException {
    return JSON.readTree(text(path));
  }

  private String text(String path) {
    ResponseEntity<byte[]> response = http.getForEntity(path, byte[].class);
    if (!response.getStatusCode().is2xxSuccessful() || response.getBody() == null) {
      fail("GET " + path + " -> " + response.getStatusCode());
    }
    String text = new String(response.getBody(), StandardCharsets.UTF_8);
    return text.startsWith("\uFEFF") ? text.substring(1) : text; // the webjar's en.json files start with a BOM
  }
}
