package org.careflow.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.careflow.app.platform.PageSession;
import org.careflow.app.platform.PlatformTest;
import org.careflow.app.platform.Rest;
import org.careflow.contract.ProtectionCase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The manager's dashboard against the records: its numbers, their drill-downs, its CSV, its scope. */
class ManagerDashboardTest extends PlatformTest {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate http;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired org.camunda.bpm.engine.RuntimeService runtime;
  @Autowired org.camunda.bpm.engine.ExternalTaskService externalTasks;

  @Test
  void theOpenCasesAreTheCountysOpenCasesAndTheirDrillDownListsThem() {
    PageSession manager = PageSession.signedIn(port, "manager.qingshan");
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
      Set<String> expected = new QingshanRecords(jdbc).openCaseNumbers();
      assertThat(expected).as("the demo county has open cases").isNotEmpty();

      String page = manager.get("/pages/dashboard").body();
      assertThat(cardFigure(page, "Open cases")).isEqualTo(String.valueOf(expected.size()));
      assertThat(caseNumbersIn(manager.get("/pages/dashboard/cases?metric=open-case").body())).isEqualTo(expected);
      assertThat(barTotal(page, "open-by-stage")).isEqualTo(expected.size());
      assertThat(barTotal(page, "open-by-township")).isEqualTo(expected.size());
    });
  }

  @Test
  void eachOpenProtectionCaseIsCountedInTheStageItsInstanceIsInNow() {
    PageSession manager = PageSession.signedIn(port, "manager.qingshan");
    List<Map<String, Object>> open = jdbc.queryForList("""
        select x.case_number, x.process_instance_id from careflow.protection_case x
          join careflow.child c on c.id = x.child_id join careflow.region v on v.code = c.village_code
          join careflow.region t on t.code = v.parent_code
         where t.parent_code = 'qingshan' and x.closed_at is null""");
    assertThat(open).as("the demo county has open protection cases").isNotEmpty();

    // the oracle: each case's own activities, asked of the engine case by case
    Map<String, Set<String>> expected = new java.util.TreeMap<>();
    for (Map<String, Object> row : open) {
      List<String> active = runtime.getActiveActivityIds((String) row.get("process_instance_id"));
      String stage = CountyDashboard.STAGES.entrySet().stream().filter(e -> active.contains(e.getKey()))
          .map(Map.Entry::getValue).findFirst().orElse(CountyDashboard.STAGE_DISCOVERY);
      expected.computeIfAbsent(stage, s -> new java.util.TreeSet<>()).add((String) row.get("case_number"));
    }
    assertThat(expected).as("the demo's cases are in more than one stage").hasSizeGreaterThan(1);

    for (var stage : expected.entrySet()) {
      assertThat(caseNumbersIn(manager.get("/pages/dashboard/cases?metric=open-case&group=" + stage.getKey()).body()))
          .as(stage.getKey()).isEqualTo(stage.getValue());
    }
  }

  @Test
  void placementsInTheirIntegrationPeriodShowTheDaysLeft() {
    List<Map<String, Object>> placements = jdbc.queryForList(
        "select case_number, integration_due_on from careflow.foster_placement where status = 'INTEGRATION'");
    assertThat(placements).as("the demo has placements in their integration period").isNotEmpty();

    String page = PageSession.signedIn(port, "manager.qingshan").get("/pages/dashboard").body();
    for (Map<String, Object> placement : placements) {
      long daysLeft = java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.now(),
          ((java.sql.Date) placement.get("integration_due_on")).toLocalDate());
      assertThat(page).contains((String) placement.get("case_number"))
          .contains(daysLeft + " days left (decision due " + placement.get("integration_due_on") + ")");
    }
  }

  @Test
  void aTriageDoneLateCountsAsMissedForTheTownshipAndThePersonAndOneInTimeAsMet() {
    // the late one is claimed first, as in Tasklist; the one in time is completed through the API without a claim
    String late = hotlineReport("Wu Xiaoyu", "xiwan");
    String inTime = hotlineReport("Wu Xiaoming", "xiwan");
    Rest supervisor = new Rest(http, "supervisor.shiqiao");

    Task lateTriage = awaitTask(late, "Task_TriageReport");
    ClockUtil.setCurrentTime(new Date(lateTriage.getDueDate().getTime() + 3_600_000));
    try {
      // in real time the overdue timer fires at the due date, long before the late completion; with the clock
      // moved, the running job executor would fire it in the same moment as the completion and one of the two
      // would lose on the engine's optimistic lock
      fireOverdueTimer(lateTriage.getProcessInstanceId());
      // and the escalation it started ends when a worker has sent it; completing the triage while the worker
      // completes the escalation would make the two lose on that lock instead
      awaitEscalationSent(lateTriage.getProcessInstanceId());
      completeTriage(supervisor, lateTriage, true);
    } finally {
      ClockUtil.reset();
    }
    completeTriage(supervisor, awaitTask(inTime, "Task_TriageReport"), false);

    PageSession manager = PageSession.signedIn(port, "manager.qingshan");
    assertThat(caseNumbersIn(manager.get("/pages/dashboard/cases?metric=deadline-missed&group=triage&person=supervisor.shiqiao").body()))
        .contains(late).doesNotContain(inTime);
    assertThat(caseNumbersIn(manager.get("/pages/dashboard/cases?metric=deadline-met&group=triage&township=shiqiao").body()))
        .contains(inTime).doesNotContain(late);
    assertThat(caseNumbersIn(manager.get("/pages/dashboard/cases?metric=deadline-met&group=triage&person=supervisor.shiqiao").body()))
        .as("who completed it, from the case timeline").contains(inTime);
    assertThat(caseNumbersIn(manager.get("/pages/dashboard/cases?metric=deadline-missed&group=triage&township=hetang").body()))
        .doesNotContain(late, inTime);
    String page = manager.get("/pages/dashboard").body();
    assertThat(page).containsPattern("<td>supervisor\\.shiqiao</td><td>Triage</td>");
  }

  @Test
  void theOpenTasksByAgeAreTheOpenTasksOfTheCountysCases() {
    PageSession manager = PageSession.signedIn(port, "manager.qingshan");
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
      String[] caseNumbers = jdbc.queryForList("""
          select x.case_number from careflow.protection_case x join careflow.child c on c.id = x.child_id
            join careflow.region v on v.code = c.village_code join careflow.region t on t.code = v.parent_code
          where t.parent_code = 'qingshan'
          union all select x.case_number from careflow.foster_placement x join careflow.child c on c.id = x.child_id
            join careflow.region v on v.code = c.village_code join careflow.region t on t.code = v.parent_code
          where t.parent_code = 'qingshan'""", String.class).toArray(String[]::new);
      long openTasks = tasks.createTaskQuery().processInstanceBusinessKeyIn(caseNumbers).count();
      assertThat(openTasks).as("the demo's cases wait in tasks").isPositive();
      assertThat(barTotal(manager.get("/pages/dashboard").body(), "tasks-by-age")).isEqualTo(openTasks);
    });
  }

  @Test
  void anIncidentOfACaseShowsAndOpensThatCase() {
    String caseNumber;
    String instance;
    stopMail();
    try {
      // a child living alone: the police must be told, and the mail cannot go
      caseNumber = hotlineReport("Sun Xiaobei", "dongpo", Map.of("childLivingAlone", true));
      instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
      await().atMost(Duration.ofSeconds(60)).until(() -> runtime.createIncidentQuery().processInstanceId(instance).count() == 1);
    } finally {
      restartMail();
    }
    PageSession manager = PageSession.signedIn(port, "manager.qingshan");
    assertThat(caseNumbersIn(manager.get("/pages/dashboard/cases?metric=incident").body())).contains(caseNumber);
    assertThat(manager.get("/pages/dashboard").body()).contains(caseNumber);

    // retried by hand (as in Cockpit), the mail goes and the incident leaves the dashboard
    var policeTask = externalTasks.createExternalTaskQuery().processInstanceId(instance).singleResult();
    externalTasks.setRetries(policeTask.getId(), 1);
    await().atMost(Duration.ofSeconds(30)).until(() -> runtime.createIncidentQuery().processInstanceId(instance).count() == 0);
    assertThat(caseNumbersIn(manager.get("/pages/dashboard/cases?metric=incident").body())).doesNotContain(caseNumber);
  }

  @Test
  void theCsvExportHasARowPerFactBehindTheFigure() {
    PageSession manager = PageSession.signedIn(port, "manager.qingshan");
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
      Set<String> expected = new QingshanRecords(jdbc).openCaseNumbers();
      HttpResponse<String> csv = manager.get("/pages/dashboard/cases.csv?metric=open-case");
      assertThat(csv.statusCode()).isEqualTo(200);
      assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
      List<String> lines = Arrays.asList(csv.body().split("\r\n"));
      assertThat(lines.get(0)).isEqualTo("figure,category,case,child,township,person,detail,value");
      assertThat(lines.subList(1, lines.size()).stream().map(line -> line.split(",")[2]).collect(Collectors.toSet()))
          .isEqualTo(expected);
    });
    assertThat(manager.get("/pages/dashboard.csv").body()).contains("Open cases,").contains("Open tasks,");
  }

  @Test
  void onlyTheCountysManagersHaveADashboardAndAnUnknownFigureIsRefused() {
    assertThat(PageSession.signedIn(port, "director.lianhua").get("/pages/dashboard").statusCode()).isEqualTo(404);
    assertThat(PageSession.signedIn(port, "civil.qingshan").get("/pages/dashboard/cases.csv?metric=open-case").statusCode()).isEqualTo(404);
    assertThat(PageSession.signedIn(port, "manager.qingshan").get("/pages/dashboard/cases?metric=nonsense").statusCode()).isEqualTo(400);
  }

  // --- helpers -------------------------------------------------------------------------------

  private String hotlineReport(String childName, String village) {
    return hotlineReport(childName, village, Map.of("guardianNeglect", true));
  }

  private String hotlineReport(String childName, String village, Map<String, Object> situation) {
    Map<String, Object> report = new HashMap<>(situation);
    report.putAll(Map.of("newChildName", childName, "newChildBirthDate", "2015-03-02", "villageCode", village,
        "situationDescription", "Neighbour: the child is often alone at night", "reporterName", "Neighbour Qian"));
    ResponseEntity<Map<String, Object>> opened = http.withBasicAuth("agency.qingshan", Rest.PASSWORD).exchange(
        "/api/hotline/reports", HttpMethod.POST, new HttpEntity<>(report),
        new ParameterizedTypeReference<Map<String, Object>>() {
        });
    assertThat(opened.getStatusCode()).as(String.valueOf(opened.getBody())).isEqualTo(HttpStatus.CREATED);
    return (String) opened.getBody().get("caseNumber");
  }

  private Task awaitTask(String caseNumber, String taskKey) {
    return await().atMost(Duration.ofSeconds(30)).until(() -> tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(taskKey).list().stream().findFirst().orElse(null), task -> task != null);
  }

  private void fireOverdueTimer(String instanceId) {
    await().atMost(Duration.ofSeconds(30)).until(() -> {
      Job timer = management.createJobQuery().processInstanceId(instanceId).activityId("Timer_TriageOverdue").singleResult();
      if (timer == null) {
        return true;
      }
      try {
        management.executeJob(timer.getId());
      } catch (OptimisticLockingException e) {
        // the job executor took it in the same moment; the next look finds it gone
      }
      return false;
    });
  }

  private void awaitEscalationSent(String instanceId) {
    await().atMost(Duration.ofSeconds(30)).until(() -> externalTasks.createExternalTaskQuery().processInstanceId(instanceId)
        .topicName(ProtectionCase.TOPIC_NOTIFY_ESCALATION).count() == 0);
  }

  private static void completeTriage(Rest supervisor, Task triage, boolean claimFirst) {
    if (claimFirst) {
      assertThat(supervisor.post("/task/" + triage.getId() + "/claim", Map.of("userId", supervisor.user())).getStatusCode())
          .isEqualTo(HttpStatus.NO_CONTENT);
    }
    var done = supervisor.post("/task/" + triage.getId() + "/complete",
        Rest.variables(new HashMap<>(Map.of("confirmedRiskLevel", "MEDIUM", "triageNotes", "Visited the family"))));
    assertThat(done.getStatusCode()).as(String.valueOf(done.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private static String cardFigure(String page, String title) {
    Matcher card = Pattern.compile("data-title=\"" + Pattern.quote(title) + "\"[^>]*>\\s*<div class=\"figure\">([^<]*)</div>").matcher(page);
    assertThat(card.find()).as("card " + title).isTrue();
    return card.group(1);
  }

  private static long barTotal(String page, String tableId) {
    String table = page.substring(page.indexOf("id=\"" + tableId + "\""));
    table = table.substring(0, table.indexOf("</table>"));
    Matcher counts = Pattern.compile("data-label=\"[^\"]*\">(\\d+)</a>").matcher(table);
    long total = 0;
    while (counts.find()) {
      total += Long.parseLong(counts.group(1));
    }
    return total;
  }

  private static Set<String> caseNumbersIn(String page) {
    Matcher numbers = Pattern.compile("class=\"case-number\">([A-Z]{2}-\\d{4}-\\d+)</a>").matcher(page);
    Set<String> found = new java.util.HashSet<>();
    while (numbers.find()) {
      found.add(numbers.group(1));
    }
    return found;
  }
}
