package org.careflow.app.guardianship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.task.Task;
import org.careflow.app.platform.PlatformTest;
import org.careflow.app.platform.Rest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The entrusted-guardianship confirmation through every layer: REST as the demo child director,
 * the engine, the in-process workers, PostgreSQL and a real SMTP server.
 */
class EntrustedGuardianshipEndToEndTest extends PlatformTest {

  private static final Duration WORKERS = Duration.ofSeconds(30);

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired ExternalTaskService externalTasks;
  @Autowired ManagementService management;

  @Test
  void confirmationIsFiledInTheChildsRecordAndTheSupervisorGetsAReceipt() throws Exception {
    Rest director = new Rest(http, "director.lianhua");
    long child = childId("刘小明");

    String instance = start(director, child, true);
    String caseNumber = businessKey(instance);
    assertThat(caseNumber).matches("EG-\\d{4}-\\d{6}");

    complete(director, instance, Map.of("guardianName", "Liu Guilan", "guardianRelationship", "GRANDPARENT",
        "guardianPhone", "13900001234"));
    complete(director, instance, Map.of("signedByParents", true, "signedByChild", true, "signedByGuardian", true,
        "signedOn", "2026-11-20"));

    await().atMost(WORKERS).until(() -> history.createHistoricProcessInstanceQuery()
        .processInstanceId(instance).finished().count() == 1);
    Map<String, Object> filed = jdbc.queryForMap(
        "select * from careflow.guardianship_confirmation where process_instance_id = ?", instance);
    assertThat(filed).containsEntry("case_number", caseNumber).containsEntry("child_id", child)
        .containsEntry("guardian_name", "Liu Guilan").containsEntry("guardian_relationship", "GRANDPARENT");
    assertThat(filed.get("signed_on").toString()).isEqualTo("2026-11-20");

    MimeMessage receipt = mailsWithSubject(caseNumber)[0];
    assertThat(mailsWithSubject(caseNumber)).hasSize(1);
    assertThat(receipt.getAllRecipients()[0].toString()).isEqualTo("hetang-office@qingshan.example.org");
    assertThat(receipt.getSubject()).isEqualTo("【委托照护确认】案件 " + caseNumber + " 的确认书已签署归档");
    assertThat(receipt.getContent().toString()).contains("受委托照护人：Liu Guilan（祖父母或外祖父母），联系电话：13900001234",
        "签字日期：2026年11月20日");
  }

  @Test
  void aChildWhoWouldLiveAloneIsReferredForProtectionByTheSupervisor() {
    Rest director = new Rest(http, "director.yangliu");
    Rest supervisor = new Rest(http, "supervisor.hetang");
    long child = childId("王婷婷");

    String instance = start(director, child, false);
    Task urgent = tasks.createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(urgent.getTaskDefinitionKey()).isEqualTo("Task_ReviewChildWouldLiveAlone");
    assertThat(urgent.getPriority()).isEqualTo(100);
    assertThat(director.post("/task/" + urgent.getId() + "/complete", Map.of()).getStatusCode())
        .as("the child director cannot decide the supervisor's urgent task").isEqualTo(HttpStatus.FORBIDDEN);

    complete(supervisor, instance, Map.of("guardianFound", false, "supervisorNote", "No relative within reach"));

    await().atMost(WORKERS).until(() -> history.createHistoricProcessInstanceQuery()
        .processInstanceId(instance).finished().count() == 1);
    Map<String, Object> referral = jdbc.queryForMap(
        "select * from careflow.protection_referral where process_instance_id = ?", instance);
    assertThat(referral).containsEntry("child_id", child).containsEntry("source", "ENTRUSTED_GUARDIANSHIP");
    assertThat(referral.get("reason").toString()).contains("No relative within reach");

    // the referral opens a protection case: a child living alone is high risk and reported to the police
    String protectionCase = (String) history.createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableName("protectionCaseNumber").singleResult().getValue();
    await().atMost(WORKERS).until(() -> jdbc.queryForObject(
        "select count(*) from careflow.police_notification where case_number = ?", Integer.class, protectionCase) == 1);
    assertThat(jdbc.queryForMap("select report_channel, risk_level, child_id from careflow.protection_case where case_number = ?", protectionCase))
        .containsEntry("report_channel", "GUARDIANSHIP_REFERRAL").containsEntry("risk_level", "HIGH").containsEntry("child_id", child);
  }

  @Test
  void badStartsAreRefusedWithAClearMessageAndWriteNothing() {
    Rest director = new Rest(http, "director.lianhua");
    long lianhuaChild = childId("刘小雨");
    long xiwanChild = childId("陈星");
    long before = instancesAndNumbers();

    assertRefused(director, Map.of("childId", 999_999, "parentsLeaveOn", "2026-12-10", "guardianAvailable", true),
        "No child with record number 999999");
    assertRefused(director, Map.of("childId", lianhuaChild, "villageCode", "atlantis", "parentsLeaveOn", "2026-12-10",
        "guardianAvailable", true), "Unknown village 'atlantis'");
    assertRefused(director, Map.of("childId", lianhuaChild, "guardianAvailable", true),
        "required field missing: Parents leave on (parentsLeaveOn)");
    assertRefused(director, Map.of("parentsLeaveOn", "2026-12-10", "guardianAvailable", true),
        "The child's record number (childId) is required");
    assertRefused(director, Map.of("childId", xiwanChild, "parentsLeaveOn", "2026-12-10", "guardianAvailable", true),
        "No child with record number " + xiwanChild + " in your jurisdiction");

    assertThat(instancesAndNumbers()).isEqualTo(before);
  }

  @Test
  void anUnsignedConfirmationCannotBeRecorded() {
    Rest director = new Rest(http, "director.lianhua");
    String instance = start(director, childId("刘小雨"), true);
    complete(director, instance, Map.of("guardianName", "Liu Guilan", "guardianRelationship", "GRANDPARENT",
        "guardianPhone", "13900001234"));
    Task record = tasks.createTaskQuery().processInstanceId(instance).singleResult();

    ResponseEntity<Map<String, Object>> refused = director.post("/task/" + record.getId() + "/complete",
        Rest.variables(Map.of("signedByParents", true, "signedByChild", false, "signedByGuardian", true,
            "signedOn", "2026-11-20")));

    assertThat(refused.getStatusCode()).as(String.valueOf(refused.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").toString())
        .startsWith("Cannot complete 'Record the signed confirmation'")
        .contains("required field missing: Signed by the child (signedByChild)").doesNotContain("ENGINE-");
    assertThat(tasks.createTaskQuery().taskId(record.getId()).count()).as("task still open").isEqualTo(1);
    assertThat(runtime.getVariable(instance, "signedByChild")).as("nothing written").isNull();
    runtime.deleteProcessInstance(instance, "test cleanup");
  }

  @Test
  void aMailServerThatIsDownLosesNothingAndTheReceiptGoesOutOnceItIsBack() throws Exception {
    Rest director = new Rest(http, "director.lianhua");
    String instance = start(director, childId("刘小明"), true);
    String caseNumber = businessKey(instance);
    complete(director, instance, Map.of("guardianName", "Liu Dahai", "guardianRelationship", "RELATIVE",
        "guardianPhone", "13700004321"));
    stopMail();
    try {
      complete(director, instance, Map.of("signedByParents", true, "signedByChild", true, "signedByGuardian", true,
          "signedOn", "2026-11-21"));

      // retries run out: an incident a manager sees in Cockpit, the case waits at the mail step
      await().atMost(WORKERS).until(() -> mailTask(instance) != null && Integer.valueOf(0).equals(mailTask(instance).getRetries()));
      assertThat(mailTask(instance).getErrorMessage()).isNotBlank();
      assertThat(runtime.createIncidentQuery().processInstanceId(instance).count()).isEqualTo(1);
      assertThat(jdbc.queryForObject("select count(*) from careflow.guardianship_confirmation where process_instance_id = ?",
          Integer.class, instance)).as("the confirmation was filed before the mail failed").isEqualTo(1);
    } finally {
      restartMail();
    }

    // the manager retries the incident (Cockpit, or REST as here)
    new Rest(http, "admin").put("/external-task/" + mailTask(instance).getId() + "/retries", Map.of("retries", 1));

    await().atMost(WORKERS).until(() -> history.createHistoricProcessInstanceQuery()
        .processInstanceId(instance).finished().count() == 1);
    assertThat(mailsWithSubject(caseNumber)).hasSize(1);
  }

  private ExternalTask mailTask(String instance) {
    return externalTasks.createExternalTaskQuery().processInstanceId(instance).topicName("mailGuardianshipReceipt")
        .singleResult();
  }

  private String start(Rest as, long childId, boolean guardianAvailable) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("childId", childId);
    variables.put("parentsLeaveOn", "2026-12-10");
    variables.put("parentsDestination", "Guangzhou");
    variables.put("guardianAvailable", guardianAvailable);
    ResponseEntity<Map<String, Object>> started = as.post(
        "/process-definition/key/entrusted-guardianship/start", Rest.variables(variables));
    assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
    return (String) started.getBody().get("id");
  }

  private void complete(Rest as, String instance, Map<String, Object> variables) {
    Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
    ResponseEntity<Map<String, Object>> done = as.post("/task/" + task.getId() + "/complete", Rest.variables(variables));
    assertThat(done.getStatusCode()).as(String.valueOf(done.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private void assertRefused(Rest as, Map<String, Object> variables, String message) {
    ResponseEntity<Map<String, Object>> refused = as.post(
        "/process-definition/key/entrusted-guardianship/start", Rest.variables(variables));
    assertThat(refused.getStatusCode()).as("start with " + variables + ": " + refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").toString()).contains(message).doesNotContain("ENGINE-");
  }

  private long instancesAndNumbers() {
    long instances = history.createHistoricProcessInstanceQuery().count();
    Integer numbers = jdbc.queryForObject("select coalesce(sum(last_number), 0) from careflow.case_counter", Integer.class);
    return instances * 1_000_000 + numbers;
  }

  private String businessKey(String instance) {
    return runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult().getBusinessKey();
  }

  private long childId(String name) {
    return jdbc.queryForObject("select id from careflow.child where full_name = ?", Long.class, name);
  }
}
