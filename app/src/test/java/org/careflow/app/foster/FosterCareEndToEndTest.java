package org.careflow.app.foster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
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
 * A foster placement through placement, integration and formal fostering to a termination, as the
 * demo county's civil-affairs officer and assessors, with the workers, PostgreSQL and mail; then
 * the child's growth archive outlives the engine's history clean-up.
 */
class FosterCareEndToEndTest extends PlatformTest {

  private static final Duration WORKERS = Duration.ofSeconds(30);
  private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
  };

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired ManagementService management;

  @Test
  void fromPlacementThroughIntegrationToATerminationAndTheArchiveOutlivesHistoryCleanUp() throws Exception {
    Rest institution = new Rest(http, "civil.qingshan");
    long child = jdbc.queryForObject("select id from careflow.child where full_name = '陈星'", Long.class);

    Map<String, Object> referral = new HashMap<>(Map.of("childId", child, "normalCognition", true,
        "underCivilAffairsGuardianship", true, "needsFamilyCare", true, "suitableForFamilyUpbringing", true,
        "referralNotes", "Orphan since 2024"));
    ResponseEntity<Map<String, Object>> started = institution.post("/process-definition/key/foster-care-placement/start", Rest.variables(referral));
    assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
    String caseNumber = (String) started.getBody().get("businessKey");
    String instance = (String) started.getBody().get("id");
    assertThat(caseNumber).matches("FC-\\d{4}-\\d{6}");

    // the child is 8 or older with normal cognition: asked first
    complete(institution, caseNumber, "Task_RecordChildOpinion", Map.of("opinionDate", LocalDate.now().toString(),
        "childAgrees", true, "opinionNotes", "Likes the idea of a family"));
    complete(institution, caseNumber, "Task_ProposeFosterFamily", Map.of("familyName", "Zhou Min", "address", "Xiwan 12",
        "memberWithMentalIllness", false, "memberWithBadHabitsOrCriminalRecord", false, "familyHarmonious", true,
        "allMembersAgree", true, "otherChildrenAges", "11, 14"));

    // the team is checked against the assessors' records
    Task team = awaitTask(caseNumber, "Task_FormEvaluationTeam");
    assertRefused(institution, team, Map.of("teamLeader", "assessor.ma", "teamMembers", "assessor.he,assessor.lin"),
        "the leader assessor.ma has 1 year(s) of child-welfare work, the leader needs 3 or more");
    assertRefused(institution, team, Map.of("teamLeader", "assessor.lin", "teamMembers", "assessor.he"),
        "the team has 2 members, the standard requires at least 3");
    assertRefused(institution, team, Map.of("teamLeader", "assessor.lin", "teamMembers", "assessor.he,assessor.ma,assessor.xu"),
        "the team has 4 members, the standard requires an odd number");
    assertRefused(institution, team, Map.of("teamLeader", "assessor.lin", "teamMembers", "assessor.he,assessor.xu"),
        "the member assessor.xu has 0 year(s) of child-welfare work, every member needs 1 or more");
    complete(institution, caseNumber, "Task_FormEvaluationTeam", Map.of("teamLeader", "assessor.lin", "teamMembers", "assessor.he, assessor.ma"));

    Task evaluation = awaitTask(caseNumber, "Task_EvaluateFamily");
    assertThat(evaluation.getAssignee()).as("the leader signs the evaluation").isEqualTo("assessor.lin");
    complete(new Rest(http, "assessor.lin"), caseNumber, "Task_EvaluateFamily", Map.of("evaluationPassed", true,
        "evaluationReport", "Warm, experienced family", "leaderSignature", true));
    await().atMost(WORKERS).until(() -> count("select count(*) from careflow.foster_evaluation where case_number = ? and passed", caseNumber) == 1);

    complete(institution, caseNumber, "Task_PlaceChild", Map.of("placementDate", LocalDate.now().toString()));
    await().atMost(WORKERS).until(() -> count("select count(*) from careflow.foster_placement where case_number = ? and status = 'INTEGRATION'", caseNumber) == 1);
    assertThat(jdbc.queryForObject("select integration_due_on from careflow.foster_placement where case_number = ?", LocalDate.class, caseNumber))
        .isEqualTo(LocalDate.now().plusDays(90));

    // day 60: the integration assessment opens (the timer is driven by hand here)
    Job day60 = await().atMost(WORKERS).until(() -> management.createJobQuery().processInstanceId(instance)
        .activityId("Timer_IntegrationDay60").singleResult(), job -> job != null);
    assertThat(day60.getDuedate()).isEqualTo(java.sql.Timestamp.valueOf(LocalDate.now().plusDays(60).atStartOfDay()));
    management.executeJob(day60.getId());
    complete(new Rest(http, "assessor.he"), caseNumber, "Task_AssessIntegration", Map.of("integrationSuccessful", true,
        "integrationNotes", "Settled; calls them mum and dad"));
    await().atMost(WORKERS).until(() -> count("select count(*) from careflow.foster_placement where case_number = ? and status = 'FORMAL'", caseNumber) == 1);

    // termination: bad input first, then abuse with the child's rights infringed
    assertThat(terminate(institution, caseNumber, Map.of("terminationGround", "BAD_WEATHER", "terminationNotes", "x")).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(terminate(new Rest(http, "director.xiwan"), caseNumber, Map.of("terminationGround", "ABUSE_OR_DISCRIMINATION", "terminationNotes", "x"))
        .getStatusCode()).as("only the county's civil affairs or managers").isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<Map<String, Object>> terminated = terminate(institution, caseNumber, Map.of("terminationGround", "ABUSE_OR_DISCRIMINATION",
        "rightsInfringed", true, "terminationNotes", "Bruises reported by the school"));
    assertThat(terminated.getStatusCode()).as(String.valueOf(terminated.getBody())).isEqualTo(HttpStatus.ACCEPTED);

    await().atMost(WORKERS).until(() -> history.createHistoricProcessInstanceQuery().processInstanceId(instance).finished().count() == 1);
    assertThat(jdbc.queryForMap("select status, termination_ground, end_reason from careflow.foster_placement where case_number = ?", caseNumber))
        .containsEntry("status", "TERMINATED").containsEntry("termination_ground", "ABUSE_OR_DISCRIMINATION")
        .containsEntry("end_reason", "Bruises reported by the school");
    // one mail to the relevant departments (GreenMail keeps one copy per recipient)
    var mails = mailsWithSubject("【寄养儿童权益受到侵害】案件 " + caseNumber);
    assertThat(Arrays.stream(mails).map(FosterCareEndToEndTest::messageId).distinct()).hasSize(1);
    assertThat(Arrays.stream(mails[0].getAllRecipients()).map(Object::toString)).containsExactlyInAnyOrder(
        "civil-affairs@qingshan.example.org", "police-liaison@qingshan.example.org", "managers@qingshan.example.org");
    assertThat(terminate(institution, caseNumber, Map.of("terminationGround", "ABUSE_OR_DISCRIMINATION", "terminationNotes", "again"))
        .getStatusCode()).as("nothing left to terminate").isEqualTo(HttpStatus.CONFLICT);

    List<String> archive = jdbc.queryForList("select entry_kind from careflow.child_growth_archive where case_number = ? order by id", String.class, caseNumber);
    assertThat(archive).containsExactly("PLACED", "FOSTER_AGREEMENT", "TERMINATED");

    // engine history clean-up removes the case's history; the growth archive stays
    history.setRemovalTimeToHistoricProcessInstances().absoluteRemovalTime(new Date(System.currentTimeMillis() - 86_400_000L))
        .byIds(instance).executeAsync();
    await().atMost(WORKERS).until(() -> management.createBatchQuery().count() == 0);
    Job cleanup = history.cleanUpHistoryAsync(true);
    try {
      management.executeJob(cleanup.getId());
    } catch (org.camunda.bpm.engine.OptimisticLockingException e) {
      // the running job executor took the clean-up job (due at once) in the same moment: its run counts
    }
    await().atMost(WORKERS).until(() -> history.createHistoricProcessInstanceQuery().processInstanceId(instance).count() == 0);
    assertThat(jdbc.queryForList("select entry_kind from careflow.child_growth_archive where case_number = ? order by id", String.class, caseNumber))
        .containsExactly("PLACED", "FOSTER_AGREEMENT", "TERMINATED");
  }

  private static String messageId(jakarta.mail.internet.MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private ResponseEntity<Map<String, Object>> terminate(Rest as, String caseNumber, Map<String, Object> body) {
    return http.withBasicAuth(as.user(), Rest.PASSWORD).exchange("/api/foster-placements/" + caseNumber + "/termination",
        HttpMethod.POST, new HttpEntity<>(body), MAP);
  }

  private void assertRefused(Rest as, Task task, Map<String, Object> variables, String message) {
    ResponseEntity<Map<String, Object>> refused = as.post("/task/" + task.getId() + "/complete", Rest.variables(variables));
    assertThat(refused.getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(refused.getBody().get("message").toString()).contains(message);
    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
  }

  private void complete(Rest as, String caseNumber, String taskKey, Map<String, Object> variables) {
    Task task = awaitTask(caseNumber, taskKey);
    ResponseEntity<Map<String, Object>> done = as.post("/task/" + task.getId() + "/complete", Rest.variables(new HashMap<>(variables)));
    assertThat(done.getStatusCode()).as(taskKey + ": " + done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private Task awaitTask(String caseNumber, String taskKey) {
    return await().atMost(WORKERS).until(() -> tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(taskKey).list().stream().findFirst().orElse(null), task -> task != null);
  }

  private int count(String sql, String arg) {
    return jdbc.queryForObject(sql, Integer.class, arg);
  }
}
