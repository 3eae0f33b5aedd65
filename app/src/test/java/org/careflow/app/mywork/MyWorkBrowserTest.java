package org.careflow.app.mywork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.careflow.app.platform.BrowserTest;
import org.careflow.app.platform.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A child director on a small phone (360×740, browser in Chinese): My work names the child of each
 * task, a visit is recorded in two taps and lands in the child's record as hers; Tasklist's task
 * cards and opened task name the child too, for a director's village and a supervisor's township.
 * Screenshots go to /tmp/mywork-shots/; the page's weight and first paint are printed.
 */
class MyWorkBrowserTest extends BrowserTest {

  static final Path SHOTS = Path.of("/tmp/mywork-shots");

  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired JdbcTemplate jdbc;

  @Override
  protected String windowSize() {
    return HeadlessChromium.SMALL_PHONE;
  }

  @Override
  protected String language() {
    return "zh-CN";
  }

  @Test
  void aDirectorRecordsAVisitFromMyWorkInTwoTaps() throws IOException {
    Map<String, Object> child = jdbc.queryForMap(
        "select id, full_name from careflow.child where village_code = 'dongpo' order by id limit 1");
    String childName = (String) child.get("full_name");
    String kase = runtime.startProcessInstanceByKey("child-protection-case", Map.of("childId", child.get("id"),
        "situationDescription", "My work browser test", "reporterName", "My work browser test")).getBusinessKey();
    completeWhenReady(kase, "Task_TriageReport", Map.of("confirmedRiskLevel", "LOW", "triageNotes", "My work test"));
    completeWhenReady(kase, "Task_AssessGuardianship", Map.of("outOfSchool", true, "assessmentNotes", "My work test"));
    completeWhenReady(kase, "Task_ConfirmAssistancePlan", Map.of("orphanRegion", "EAST", "measureReturnToSchool", false));
    Task visit = taskWhenReady(kase, "Task_VisitChild");

    openPageAs("director.dongpo", "/pages");
    WebElement link = wait.until(ExpectedConditions.elementToBeClickable(By.id("my-work-link")));
    assertThat(link.getText()).isEqualTo("我的工作");
    link.click();
    WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("li.mw-task[data-task-id='" + visit.getId() + "']")));
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh");
    assertThat(browser.findElement(By.tagName("h1")).getText()).endsWith("的工作");
    assertThat(row.getText()).contains(childName, kase, "记录走访");
    assertThat(browser.findElement(By.id("children")).getText()).contains(childName, "本村儿童");
    assertNoHorizontalScroll();
    assertTapTargetsAtLeast48px();
    printWeightAndFirstPaint("My work (first visit; careflow.css cached from the home page)");
    browser.navigate().refresh();
    row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.mw-task[data-task-id='" + visit.getId() + "']")));
    printWeightAndFirstPaint("My work (reload)");
    shot("1-my-work.png");
    ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, document.body.scrollHeight)");
    shot("2-my-work-children.png");

    // tap 1: the child's visit
    row.findElement(By.cssSelector("a.mw-action")).click();
    WebElement date = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("visitDate")));
    assertThat(date.getAttribute("value")).isEqualTo(LocalDate.now().toString());
    assertThat(browser.findElement(By.id("child-name")).getText()).isEqualTo(childName);
    assertNoHorizontalScroll();
    String notes = "孩子在家，和奶奶一起，精神好。";
    browser.findElement(By.id("notes")).sendKeys(notes);
    shot("3-visit-form.png");
    // tap 2: the child is safe, submit
    browser.findElement(By.id("safe")).click();
    WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
    assertThat(notice.getText()).contains(childName);
    shot("4-visit-recorded.png");

    assertThat(tasks.createTaskQuery().taskId(visit.getId()).count()).as("the visit step is done").isZero();
    var done = history.createHistoricTaskInstanceQuery().taskId(visit.getId()).singleResult();
    assertThat(done.getEndTime()).isNotNull();
    assertThat(done.getAssignee()).isEqualTo("director.dongpo");
    Map<String, Object> recorded = await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForList(
        "select * from careflow.visit where case_number = ?", kase).stream().findFirst().orElse(null), found -> found != null);
    assertThat(recorded.get("recorded_by")).isEqualTo("director.dongpo");
    assertThat(recorded.get("visit_date").toString()).isEqualTo(LocalDate.now().toString());
    assertThat(recorded.get("child_safe")).isEqualTo(true);
    assertThat(recorded.get("notes")).isEqualTo(notes);
  }

  @Test
  void aDirectorsTasklistCardsAndOpenedTaskNameTheChild() throws IOException {
    Task visit = tasks.createTaskQuery().taskDefinitionKey("Task_VisitChild").taskCandidateGroup("director-lianhua").list().get(0);
    String kase = caseOf(visit);
    String childName = childOf(kase);

    signInToTasklist("director.lianhua");
    WebElement card = cardOfTask(visit.getId());
    assertThat(card.getText()).contains(childName, kase);
    assertThat(childCardRequests()).as("one request for the page's cards").isEqualTo(1);
    shot("5-tasklist-director.png");

    browser.get(tasklist() + "#/?task=" + visit.getId());
    WebElement detail = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".careflow-child-detail")));
    wait.until(driver -> detail.getText().contains(childName));
    assertThat(detail.getText()).contains(kase, "上次走访");
    assertThat(detail.findElement(By.cssSelector("a.careflow-child-link")).getAttribute("href"))
        .endsWith("/pages/children/" + jdbc.queryForObject(
            "select child_id from careflow.child_case where case_number = ?", Long.class, kase));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", detail);
    shot("6-tasklist-task.png");
  }

  @Test
  void aSupervisorsTasklistNamesTheChildOfEveryTownshipTask() throws IOException {
    signInToTasklist("supervisor.hetang");
    // read in one script: Tasklist may draw the list again while the test reads it card by card
    List<Map<String, String>> cards = wait.until(driver -> {
      List<Map<String, String>> filled = filledCardsWithTheirTask();
      return !filled.isEmpty() && filled.stream().allMatch(card -> card.get("href").contains("task=")) ? filled : null;
    });
    List<String> hetangVillages = jdbc.queryForList("select name from careflow.region where parent_code = 'hetang'", String.class);
    for (Map<String, String> card : cards) {
      String href = card.get("href");
      String taskId = href.substring(href.indexOf("task=") + 5).split("&")[0];
      String kase = caseOf(tasks.createTaskQuery().taskId(taskId).singleResult());
      assertThat(card.get("text")).contains(childOf(kase), kase);
      assertThat(hetangVillages.stream().anyMatch(card.get("text")::contains)).as(card.get("text")).isTrue();
    }
    assertThat(childCardRequests()).as("one request for the page's cards").isEqualTo(1);
    shot("7-tasklist-supervisor.png");
  }

  /** Each filled child card with the link of the task it belongs to, as one snapshot of the page. */
  @SuppressWarnings("unchecked")
  private List<Map<String, String>> filledCardsWithTheirTask() {
    return (List<Map<String, String>>) ((JavascriptExecutor) browser).executeScript("""
        return Array.from(document.querySelectorAll('.careflow-child-card'))
          .filter(card => card.innerText.trim() !== '')
          .map(card => {
            const item = card.closest('li');
            const link = item && item.querySelector("a[href*='task=']");
            return {href: link ? link.href : '', text: card.innerText};
          });""");
  }

  private WebElement cardOfTask(String taskId) {
    By locator = By.xpath("//li[.//a[contains(@href, 'task=" + taskId + "')]]//div[contains(@class, 'careflow-child-card')]");
    wait.until(driver -> driver.findElements(locator).stream().anyMatch(card -> !card.getText().isBlank()));
    return browser.findElement(locator);
  }

  private long childCardRequests() {
    return (Long) ((JavascriptExecutor) browser).executeScript(
        "return performance.getEntriesByType('resource').filter(r => r.name.includes('/pages/child-cards')).length");
  }

  private void signInToTasklist(String user) {
    browser.get(tasklist());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']"))).sendKeys(user);
    browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
    browser.findElement(By.cssSelector("button[type='submit']")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[cam-tasks] li.task, .tasks-list li")));
  }

  private String tasklist() {
    return url("/camunda/app/tasklist/default/");
  }

  private String caseOf(Task task) {
    return runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey();
  }

  private String childOf(String caseNumber) {
    return jdbc.queryForObject("""
        select c.full_name from careflow.child_case cc join careflow.child c on c.id = cc.child_id where cc.case_number = ?""",
        String.class, caseNumber);
  }

  private void assertNoHorizontalScroll() {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    long viewport = (Long) js.executeScript("return window.innerWidth");
    long content = (Long) js.executeScript("return document.documentElement.scrollWidth");
    assertThat(viewport).as("the window is a 360 px phone").isEqualTo(360);
    assertThat(content).as("no horizontal scroll on " + browser.getCurrentUrl()).isLessThanOrEqualTo(viewport);
  }

  private void assertTapTargetsAtLeast48px() {
    for (WebElement action : browser.findElements(By.cssSelector("a.mw-action, .mw-children a"))) {
      assertThat(action.getSize().getHeight()).as(action.getText()).isGreaterThanOrEqualTo(48);
    }
  }

  /** Bytes of HTML, CSS and JS transferred for the page (Resource Timing), and first (contentful) paint. */
  private void printWeightAndFirstPaint(String page) {
    Object figures = ((JavascriptExecutor) browser).executeScript("""
        const nav = performance.getEntriesByType('navigation')[0];
        const resources = performance.getEntriesByType('resource');
        const paint = Object.fromEntries(performance.getEntriesByType('paint').map(p => [p.name, Math.round(p.startTime)]));
        return JSON.stringify({
          html: {transfer: nav.transferSize, body: nav.encodedBodySize, decoded: nav.decodedBodySize},
          resources: resources.map(r => ({name: r.name.replace(location.origin, ''), type: r.initiatorType,
            transfer: r.transferSize, body: r.encodedBodySize})),
          total: nav.transferSize + resources.reduce((sum, r) => sum + r.transferSize, 0),
          firstPaintMs: paint['first-paint'], firstContentfulPaintMs: paint['first-contentful-paint'],
          domContentLoadedMs: Math.round(nav.domContentLoadedEventEnd), loadMs: Math.round(nav.loadEventEnd)});""");
    System.out.println("PAGE WEIGHT " + page + " " + figures);
  }

  private void shot(String name) throws IOException {
    Files.createDirectories(SHOTS);
    Files.write(SHOTS.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  private Task taskWhenReady(String caseNumber, String taskKey) {
    return await().atMost(Duration.ofSeconds(30)).until(() -> tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(taskKey).list().stream().findFirst().orElse(null), task -> task != null);
  }

  private void completeWhenReady(String caseNumber, String taskKey, Map<String, Object> variables) {
    tasks.complete(taskWhenReady(caseNumber, taskKey).getId(), variables);
  }
}
