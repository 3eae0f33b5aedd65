package org.careflow.app.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.task.Task;
import org.careflow.app.platform.PlatformTest;
import org.careflow.app.platform.Rest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A protection case from the report to its closure, through REST as the demo caseworkers, with
 * the in-process workers, PostgreSQL and a real SMTP server; then bad input and a mail outage.
 */
class ProtectionCaseEndToEndTest extends PlatformTest {

  private static final Duration WORKERS = Duration.ofSeconds(30);
  private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
  };

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired ExternalTaskService externalTasks;

  @Test
  void aChildLivingAloneFromReportToClosure() throws Exception {
    Rest director = new Rest(http, "director.lianhua");
    Rest supervisor = new Rest(http, "supervisor.hetang");
    Rest agency = new Rest(http, "agency.qingshan");
    long child = childId("刘小明");

    String caseNumber = report(director, Map.of("childId", child, "childLivingAlone", true,
        "situationDescription", "Parents left; the boy lives alone", "reporterName", "Liu Mei"));
    assertThat(caseNumber).matches("CP-\\d{4}-\\d{6}");

    // discovery and report: the case record, and the police told at once
    await().atMost(WORKERS).until(() -> count("select count(*) from careflow.police_notification where case_number = ?", caseNumber) == 1);
    assertThat(jdbc.queryForMap("select risk_level, police_report_required, child_id from careflow.protection_case where case_number = ?", caseNumber))
        .containsEntry("risk_level", "HIGH").containsEntry("police_report_required", true).containsEntry("child_id", child);
    MimeMessage police = mailsWithSubject("【强制报告】", "（案件编号 " + caseNumber + "）")[0];
    assertThat(police.getAllRecipients()[0].toString()).isEqualTo("police-liaison@qingshan.example.org");
    assertThat(police.getContent().toString()).contains("案件编号：" + caseNumber, "儿童无人照料、独自生活",
        "Parents left; the boy lives alone", "报告人：Liu Mei");

    complete(supervisor, caseNumber, "Task_RecordPoliceAcknowledgement", Map.of("policeReference", "QS-110-42", "acknowledgedOn", LocalDate.now().toString()));
    await().atMost(WORKERS).until(() -> count("select count(*) from careflow.police_notification where case_number = ? and police_reference = 'QS-110-42' and acknowledged_at is not null", caseNumber) == 1);

    // emergency handling
    complete(supervisor, caseNumber, "Task_TriageReport", Map.of("confirmedRiskLevel", "HIGH", "triageNotes", "Alone for a week"));
    complete(agency, caseNumber, "Task_ProvideTemporaryCare", Map.of("careArrangement", "TEMPORARY_GUARDIANSHIP",
        "careLocation", "Qingshan protection centre", "responseNotes", "Taken in the same day"));

    // assessment and assistance
    complete(agency, caseNumber, "Task_AssessGuardianship", Map.of("isOrphan", true, "assessmentNotes", "Both parents unreachable"));
    Task plan = awaitTask(caseNumber, "Task_ConfirmAssistancePlan");
    assertThat(runtime.getVariable(plan.getExecutionId(), "measureOrphanAllowance")).isEqualTo(true);
    complete(agency, caseNumber, "Task_ConfirmAssistancePlan", Map.of("orphanRegion", "WEST"));
    await().atMost(WORKERS).until(() -> count("select count(*) from careflow.assistance_measure where case_number = ?", caseNumber) == 1);
    assertThat(jdbc.queryForMap("select measure, monthly_subsidy_yuan, status from careflow.assistance_measure where case_number = ?", caseNumber))
        .containsEntry("measure", "ORPHAN_ALLOWANCE").containsEntry("monthly_subsidy_yuan", 600).containsEntry("status", "OPEN");
    complete(director, caseNumber, "Task_TrackMeasures", Map.of("measureOrphanAllowanceDone", true, "progressNotes", "Allowance granted"));
    await().atMost(WORKERS).until(() -> count("select count(*) from careflow.assistance_measure where case_number = ? and status = 'DONE'", caseNumber) == 1);

    // monitoring and intervention
    complete(director, caseNumber, "Task_VisitChild", Map.of("visitDate", LocalDate.now().toString(), "childSafe", true,
        "parentsRefuseGuardianship", false, "visitNotes", "Settled at the centre"));
    await().atMost(WORKERS).until(() -> count("select count(*) from careflow.visit where case_number = ? and visit_no = 1", caseNumber) == 1);
    // the scheduled visit counts for the director who made it (the staff page counts visits by recorded_by)
    assertThat(jdbc.queryForObject("select recorded_by from careflow.visit where case_number = ? and visit_no = 1", String.class,
        caseNumber)).isEqualTo(director.user());
    complete(supervisor, caseNumber, "Task_ReviewCase", Map.of("riskResolved", true, "reviewNotes", "Safe in long-term care"));

    await().atMost(WORKERS).until(() -> history.createHistoricProcessInstanceQuery()
        .processDefinitionKey("child-protection-case").processInstanceBusinessKey(caseNumber).finished().count() == 1);
    assertThat(jdbc.queryForMap("select closure_reason, closed_at from careflow.protection_case where case_number = ?", caseNumber))
        .containsEntry("closure_reason", "RISK_RESOLVED").extractingByKey("closed_at").isNotNull();
    List<String> timeline = jdbc.queryForList("select activity_id from careflow.case_event where case_number = ? order by id", String.class, caseNumber);
    assertThat(timeline).containsExactly("Task_RecordPoliceAcknowledgement", "Task_TriageReport", "Task_ProvideTemporaryCare",
        "Task_AssessGuardianship", "Task_ConfirmAssistancePlan", "Task_TrackMeasures", "Task_VisitChild", "Task_ReviewCase");
    assertThat(jdbc.queryForObject("select actor from careflow.case_event where case_number = ? and activity_id = 'Task_TriageReport'",
        String.class, caseNumber)).isEqualTo("supervisor.hetang");
    assertThat(mailsWithSubject(caseNumber)).hasSize(1);

    // a visit recorded on the closed case is refused and writes nothing
    int visits = count("select count(*) from careflow.visit where case_number = ?", caseNumber);
    ResponseEntity<Map<String, Object>> closed = api(director, "/api/cases/" + caseNumber + "/visits",
        Map.of("visitDate", LocalDate.now().toString(), "childSafe", true, "notes", "Dropped by"));
    assertThat(closed.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(closed.getBody().get("message").toString()).contains("is closed");
    assertThat(count("select count(*) from careflow.visit where case_number = ?", caseNumber)).isEqualTo(visits);
  }

  @Test
  void theHotlineOpensACaseForAChildNotYetRegistered() {
    Rest hotline = new Rest(http, "agency.qingshan");

    ResponseEntity<Map<String, Object>> opened = api(hotline, "/api/hotline/reports", Map.of(
        "newChildName", "Zhao Xiaohu", "newChildBirthDate", "2016-05-04", "villageCode", "dongpo",
        "guardianNeglect", true, "situationDescription", "Teacher calls: the boy comes to school hungry",
        "reporterName", "Teacher Sun", "reporterPhone", "13500005555"));

    assertThat(opened.getStatusCode()).as(String.valueOf(opened.getBody())).isEqualTo(HttpStatus.CREATED);
    String caseNumber = (String) opened.getBody().get("caseNumber");
    assertThat(count("select count(*) from careflow.child where full_name = 'Zhao Xiaohu' and village_code = 'dongpo'", null)).isEqualTo(1);
    Task triage = awaitTask(caseNumber, "Task_TriageReport");
    assertThat(tasks.getIdentityLinksForTask(triage.getId())).anyMatch(link -> "supervisor-shiqiao".equals(link.getGroupId()));
    assertThat(runtime.getVariable(triage.getExecutionId(), "reportChannel")).isEqualTo("HOTLINE");
    assertThat(runtime.getVariable(triage.getExecutionId(), "policeReportRequired")).isEqualTo(false);
    assertThat(runtime.getVariable(triage.getExecutionId(), "guardianNeglect")).isEqualTo(true);
    await().atMost(WORKERS).until(() -> count("select count(*) from careflow.protection_case where case_number = ?", caseNumber) == 1);
    assertThat(jdbc.queryForObject("select situations from careflow.protection_case where case_number = ?", String.class, caseNumber))
        .as("the situation flags of the report, as the contract names them").isEqualTo("guardianNeglect");
  }

  @Test
  void aSituationFlagThatIsNotTrueOrFalseIsRefusedAndOpensNothing() {
    Rest hotline = new Rest(http, "agency.qingshan");
    long before = count("select count(*) from careflow.protection_case", null);

    ResponseEntity<Map<String, Object>> refused = api(hotline, "/api/hotline/reports", Map.of(
        "childId", childId("陈悦"), "childMissing", "sometimes", "situationDescription", "A neighbour calls",
        "reporterName", "Neighbour"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(String.valueOf(refused.getBody())).contains("childMissing is true or false");
    assertThat(count("select count(*) from careflow.protection_case", null)).isEqualTo(before);
    assertThat(runtime.createProcessInstanceQuery().variableValueEquals("reporterName", "Neighbour").count()).isZero();
  }

  @Test
  void badReportsAndFormsAreRefusedWithAClearMessageAndChangeNothing() {
    Rest director = new Rest(http, "director.lianhua");
    Rest hotline = new Rest(http, "agency.qingshan");
    long children = count("select count(*) from careflow.child", null);
    long cases = history.createHistoricProcessInstanceQuery().processDefinitionKey("child-protection-case").count();

    assertRefused(api(hotline, "/api/hotline/reports", Map.of("situationDescription", "Someone is crying", "reporterName", "Anonymous")),
        "A report must name the child");
    assertRefused(api(hotline, "/api/hotline/reports", Map.of("newChildName", "Li Lei", "newChildBirthDate", "2015-01-01",
        "villageCode", "atlantis", "situationDescription", "x", "reporterName", "y")), "Unknown village 'atlantis'");
    assertRefused(api(hotline, "/api/hotline/reports", Map.of("newChildName", "Li Lei", "newChildBirthDate", LocalDate.now().plusDays(3).toString(),
        "villageCode", "dongpo", "situationDescription", "x", "reporterName", "y")), "is in the future");
    assertRefused(api(hotline, "/api/hotline/reports", Map.of("childId", childId("陈悦"))), "needs situationDescription");
    ResponseEntity<Map<String, Object>> noChild = director.post("/process-definition/key/child-protection-case/start",
        Rest.variables(Map.of("villageCode", "lianhua", "situationDescription", "x", "reporterName", "y")));
    assertThat(noChild.getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(noChild.getBody().get("message").toString()).contains("A report must name the child");

    assertThat(count("select count(*) from careflow.child", null)).isEqualTo(children);
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("child-protection-case").count()).isEqualTo(cases);

    // a form submitted with a required field missing
    String caseNumber = report(director, Map.of("childId", childId("刘小雨"), "guardianNeglect", true,
        "situationDescription", "Grandfather fell ill", "reporterName", "Liu Mei"));
    Task triage = awaitTask(caseNumber, "Task_TriageReport");
    ResponseEntity<Map<String, Object>> missing = new Rest(http, "supervisor.hetang").post("/task/" + triage.getId() + "/complete",
        Rest.variables(Map.of("confirmedRiskLevel", "LOW")));
    assertThat(missing.getStatusCode()).as(String.valueOf(missing.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(missing.getBody().get("message").toString()).contains("required field missing", "triageNotes")
        .doesNotContain("ENGINE-");
    assertThat(tasks.createTaskQuery().taskId(triage.getId()).count()).isEqualTo(1);
    assertThat(runtime.getVariable(triage.getExecutionId(), "confirmedRiskLevel")).isEqualTo("MEDIUM");
  }

  @Test
  void withTheMailServerDownThePoliceReportWaitsAndGoesOutOnceWhenItIsBack() throws Exception {
    Rest director = new Rest(http, "director.dongpo");
    String caseNumber;
    stopMail();
    try {
      caseNumber = report(director, Map.of("childId", childId("张乐乐"), "childMissing", true,
          "situationDescription", "Not seen since yesterday", "reporterName", "Zhang Li"));
      await().atMost(WORKERS).until(() -> policeTask(caseNumber) != null && policeTask(caseNumber).getErrorMessage() != null);
      assertThat(policeTask(caseNumber).getRetries()).isLessThan(3);
      assertThat(count("select count(*) from careflow.police_notification where case_number = ?", caseNumber)).isZero();
      assertThat(awaitTask(caseNumber, "Task_TriageReport")).as("the rest of the case goes on").isNotNull();
    } finally {
      restartMail();
    }
    // the workers' next retry sends it; if the retries ran out meanwhile, the manager retries the incident
    await().atMost(WORKERS).until(() -> {
      ExternalTask pending = policeTask(caseNumber);
      if (pending != null && Integer.valueOf(0).equals(pending.getRetries())) {
        assertThat(runtime.createIncidentQuery().processInstanceId(pending.getProcessInstanceId()).count()).isEqualTo(1);
        new Rest(http, "admin").put("/external-task/" + pending.getId() + "/retries", Map.of("retries", 1));
      }
      return count("select count(*) from careflow.police_notification where case_number = ?", caseNumber) == 1;
    });
    assertThat(mailsWithSubject("【强制报告】", caseNumber)).hasSize(1);
  }

  // --- helpers -------------------------------------------------------------------------------

  private ExternalTask policeTask(String caseNumber) {
    return externalTasks.createExternalTaskQuery().topicName("notifyPolice").list().stream()
        .filter(task -> caseNumber.equals(task.getBusinessKey())).findFirst().orElse(null);
  }

  private String report(Rest as, Map<String, Object> variables) {
    ResponseEntity<Map<String, Object>> started = as.post("/process-definition/key/child-protection-case/start", Rest.variables(variables));
    assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
    return (String) started.getBody().get("businessKey");
  }

  private void complete(Rest as, String caseNumber, String taskKey, Map<String, Object> variables) {
    Task task = awaitTask(caseNumber, taskKey);
    assertThat(as.post("/task/" + task.getId() + "/claim", Map.of("userId", as.user())).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    ResponseEntity<Map<String, Object>> done = as.post("/task/" + task.getId() + "/complete", Rest.variables(new HashMap<>(variables)));
    assertThat(done.getStatusCode()).as(taskKey + ": " + done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private Task awaitTask(String caseNumber, String taskKey) {
    return await().atMost(WORKERS).until(() -> tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(taskKey).list().stream().findFirst().orElse(null), task -> task != null);
  }

  private ResponseEntity<Map<String, Object>> api(Rest as, String path, Map<String, Object> body) {
    return http.withBasicAuth(as.user(), Rest.PASSWORD).exchange(path, HttpMethod.POST, new HttpEntity<>(body), MAP);
  }

  private static void assertRefused(ResponseEntity<Map<String, Object>> response, String message) {
    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().get("message").toString()).contains(message);
  }

  private int count(String sql, String arg) {
    return arg == null ? jdbc.queryForObject(sql, Integer.class) : jdbc.queryForObject(sql, Integer.class, arg);
  }

  private long childId(String name) {
    return jdbc.queryForObject("select id from careflow.child where full_name = ?", Long.class, name);
  }
}
