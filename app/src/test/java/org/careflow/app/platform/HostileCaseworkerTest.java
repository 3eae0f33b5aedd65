package org.careflow.app.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.careflow.records.CaseChild;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A caseworker of Lianhua tries every door the platform opens to a signed-in user to read, change or
 * create Yangliu's work (and the analyst to read cases). Each attempt is refused or has no effect,
 * shown on the data: Yangliu's children, cases, tasks and the read grants are as they were.
 */
class HostileCaseworkerTest extends PlatformTest {

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired JdbcTemplate jdbc;
  @org.springframework.boot.test.web.server.LocalServerPort int port;

  Rest lianhua;
  long yangliuChild;
  long lianhuaChild;
  String yangliuSnapshot;

  @BeforeEach
  void lookAtYangliu() {
    lianhua = new Rest(http, "director.lianhua");
    yangliuChild = jdbc.queryForObject("select min(id) from careflow.child where village_code = 'yangliu'", Long.class);
    lianhuaChild = DemoChildren.firstOf(jdbc, "lianhua");
    yangliuSnapshot = yangliu();
  }

  /** Everything an attack on Yangliu could change: the child's record, its cases and links, the tasks in its queue. */
  private String yangliu() {
    return String.join("\n",
        jdbc.queryForList("select * from careflow.child where village_code = 'yangliu' order by id").toString(),
        jdbc.queryForList("select case_number, child_id from careflow.child_case c where c.child_id in "
            + "(select id from careflow.child where village_code = 'yangliu') order by case_number").toString(),
        jdbc.queryForList("select * from careflow.guardianship_confirmation where child_id in "
            + "(select id from careflow.child where village_code = 'yangliu') order by id").toString(),
        tasks.createTaskQuery().processVariableValueEquals("villageCode", "yangliu").orderByTaskId().asc().list().stream()
            .map(t -> t.getId() + ":" + t.getTaskDefinitionKey() + ":" + t.getAssignee()).toList().toString(),
        String.valueOf(runtime.createProcessInstanceQuery().variableValueEquals("villageCode", "yangliu").count()),
        String.valueOf(runtime.createProcessInstanceQuery().variableValueEquals("childId", yangliuChild).count()));
  }

  private void assertYangliuUnchanged() {
    assertThat(yangliu()).isEqualTo(yangliuSnapshot);
  }

  private static void assertForbidden(ResponseEntity<Map<String, Object>> response) {
    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private static void assertRefused(ResponseEntity<Map<String, Object>> response) {
    assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getStatusCode() + " " + response.getBody()).isFalse();
  }

  private static Map<String, Object> start(Map<String, Object> values, Object... extra) {
    var body = new java.util.LinkedHashMap<String, Object>(Rest.variables(values));
    for (int i = 0; i < extra.length; i += 2) {
      body.put((String) extra[i], extra[i + 1]);
    }
    return body;
  }

  /** A guardianship case of Lianhua's own, started through the start form's fields, waiting at "name the guardian". */
  private Task ownGuardianshipTask() {
    var started = lianhua.post("/process-definition/key/entrusted-guardianship/start", start(Map.of(
        "childId", lianhuaChild, "villageCode", "lianhua", "parentsLeaveOn", "2027-02-01",
        "parentsDestination", "Shenzhen", "guardianAvailable", true)));
    assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
    String instance = (String) started.getBody().get("id");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult().getBusinessKey()).startsWith("EG-");
    return tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_NameEntrustedGuardian").singleResult();
  }

  @Test
  void aRecordChangeCannotSkipTheSupervisorsVerification() {
    String guardiansBefore = jdbc.queryForObject("select coalesce(guardians, '') from careflow.child where id = ?", String.class, yangliuChild);
    long updatesBefore = history.createHistoricProcessInstanceQuery().processDefinitionKey("child-record-update").count();
    Map<String, Object> values = Map.of("childId", yangliuChild, "proposedGuardians", "Someone the attacker chose",
        "changeReason", "attack");

    for (Map<String, Object> instruction : List.<Map<String, Object>>of(
        Map.of("type", "startBeforeActivity", "activityId", "ServiceTask_ApplyChildRecordChange"),
        Map.of("type", "startAfterActivity", "activityId", "Task_VerifyChildRecordChange"),
        Map.of("type", "startTransition", "transitionId", "Flow_ChangeApproved"))) {
      assertForbidden(lianhua.post("/process-definition/key/child-record-update/start", start(values,
          "skipCustomListeners", true, "skipIoMappings", true, "startInstructions", List.of(instruction))));
      assertForbidden(lianhua.post("/process-definition/key/child-record-update/start", start(values,
          "startInstructions", List.of(instruction))));
    }
    // without instructions, skipping listeners is refused as well; a plain start outside the jurisdiction is refused by the guard
    assertRefused(lianhua.post("/process-definition/key/child-record-update/start", start(values, "skipCustomListeners", true)));
    assertRefused(lianhua.post("/process-definition/key/child-record-update/start", start(values)));

    assertThat(jdbc.queryForObject("select coalesce(guardians, '') from careflow.child where id = ?", String.class, yangliuChild))
        .isEqualTo(guardiansBefore);
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("child-record-update").count()).isEqualTo(updatesBefore);
    assertYangliuUnchanged();
  }

  @Test
  void aGuardianshipCaseCannotBeStartedAtAStepOrWithAChosenCaseNumber() {
    Map<String, Object> values = Map.of("childId", yangliuChild, "villageCode", "yangliu",
        "guardianName", "Attacker", "guardianRelationship", "uncle", "guardianPhone", "13800000000");
    assertForbidden(lianhua.post("/process-definition/key/entrusted-guardianship/start", start(values,
        "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_RecordSignedConfirmation")))));
    assertForbidden(lianhua.post("/process-definition/key/entrusted-guardianship/start", start(values,
        "businessKey", "EG-2026-999999", "startInstructions",
        List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_NameEntrustedGuardian")))));
    // a chosen case number is refused even for one's own child
    assertForbidden(lianhua.post("/process-definition/key/entrusted-guardianship/start", start(Map.of(
        "childId", lianhuaChild, "villageCode", "lianhua", "parentsLeaveOn", "2027-02-01", "guardianAvailable", true),
        "businessKey", "EG-2026-999998")));
    assertForbidden(lianhua.post("/process-definition/key/entrusted-guardianship/submit-form", Map.of(
        "businessKey", "EG-2026-999997", "variables", Rest.variables(Map.of("childId", lianhuaChild,
            "villageCode", "lianhua", "parentsLeaveOn", "2027-02-01", "guardianAvailable", true)).get("variables"))));

    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike("EG-2026-9999%").count()).isZero();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKeyLike("EG-2026-9999%").count()).isZero();
    assertYangliuUnchanged();
  }

  @Test
  void theChildAndTheRegionsOfOnesOwnCaseCannotBeChanged() {
    Task own = ownGuardianshipTask();
    String instance = own.getProcessInstanceId();
    String execution = runtime.createExecutionQuery().processInstanceId(instance).activityId("Task_NameEntrustedGuardian")
        .singleResult().getId();

    assertForbidden(lianhua.post("/task/" + own.getId() + "/variables",
        Map.of("modifications", Map.of("childId", Map.of("value", yangliuChild)))));
    assertForbidden(lianhua.put("/task/" + own.getId() + "/variables/childId", Map.of("value", yangliuChild)));
    assertForbidden(lianhua.put("/task/" + own.getId() + "/localVariables/childId", Map.of("value", yangliuChild)));
    assertForbidden(lianhua.post("/task/" + own.getId() + "/localVariables",
        Map.of("modifications", Map.of("villageCode", Map.of("value", "yangliu")))));
    assertForbidden(lianhua.put("/process-instance/" + instance + "/variables/villageCode", Map.of("value", "yangliu")));
    assertForbidden(lianhua.post("/execution/" + execution + "/localVariables",
        Map.of("modifications", Map.of("childId", Map.of("value", yangliuChild)))));
    // harmless-looking variables are not written by hand either: only the step's form writes
    assertForbidden(lianhua.put("/task/" + own.getId() + "/variables/guardianName", Map.of("value", "Zhang San")));

    Map<String, Object> form = Map.of("guardianName", "Zhang San", "guardianRelationship", "GRANDPARENT",
        "guardianPhone", "13900000000");
    var withChild = new java.util.HashMap<String, Object>(form);
    withChild.put("childId", yangliuChild);
    assertForbidden(lianhua.post("/task/" + own.getId() + "/complete", Rest.variables(withChild)));
    var withVillage = new java.util.HashMap<String, Object>(form);
    withVillage.put("villageCode", "yangliu");
    assertForbidden(lianhua.post("/task/" + own.getId() + "/submit-form", Rest.variables(withVillage)));
    var withDecision = new java.util.HashMap<String, Object>(form);
    withDecision.put("guardianFound", true);
    assertForbidden(lianhua.post("/task/" + own.getId() + "/submit-form", Rest.variables(withDecision)));

    assertThat(tasks.createTaskQuery().taskId(own.getId()).count()).as("the task is still open").isOne();
    assertThat(runtime.getVariable(instance, "childId").toString()).isEqualTo(String.valueOf(lianhuaChild));
    assertThat(runtime.getVariable(instance, "villageCode")).isEqualTo("lianhua");
    assertThat(runtime.getVariable(instance, "guardianName")).isNull();

    // the form's own fields, and the case's own child unchanged, go through
    var sameChild = new java.util.HashMap<String, Object>(form);
    sameChild.put("childId", lianhuaChild);
    assertThat(lianhua.post("/task/" + own.getId() + "/submit-form", Rest.variables(sameChild)).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(runtime.getVariable(instance, "guardianName")).isEqualTo("Zhang San");
    assertYangliuUnchanged();
  }

  @Test
  void candidateGroupsAndAssigneesStayInsideTheCasesJurisdiction() {
    Task own = ownGuardianshipTask();
    Rest shiqiao = new Rest(http, "supervisor.shiqiao");
    Rest xiwan = new Rest(http, "director.xiwan");
    long authorizationsBefore = jdbc.queryForObject("select count(*) from act_ru_authorization", Long.class);

    assertForbidden(lianhua.post("/task/" + own.getId() + "/identity-links", Map.of("groupId", "supervisor-shiqiao", "type", "candidate")));
    assertForbidden(lianhua.post("/task/" + own.getId() + "/identity-links", Map.of("userId", "director.xiwan", "type", "candidate")));
    assertForbidden(lianhua.post("/task/" + own.getId() + "/identity-links/delete", Map.of("groupId", "director-lianhua", "type", "candidate")));
    assertForbidden(lianhua.post("/task/" + own.getId() + "/assignee", Map.of("userId", "director.xiwan")));
    assertForbidden(lianhua.post("/task/" + own.getId() + "/claim", Map.of("userId", "director.xiwan")));
    assertForbidden(lianhua.post("/task/" + own.getId() + "/delegate", Map.of("userId", "director.xiwan")));
    var task = new java.util.HashMap<String, Object>(Map.of("name", own.getName(), "priority", own.getPriority()));
    task.put("assignee", "director.xiwan");
    assertForbidden(lianhua.put("/task/" + own.getId(), task));
    task.put("assignee", null);
    task.put("owner", "supervisor.shiqiao");
    assertForbidden(lianhua.put("/task/" + own.getId(), task));

    Task after = tasks.createTaskQuery().taskId(own.getId()).singleResult();
    assertThat(after.getAssignee()).isNull();
    assertThat(after.getOwner()).isNull();
    assertThat(tasks.getIdentityLinksForTask(own.getId())).extracting(link -> link.getGroupId() + "/" + link.getUserId())
        .containsExactly("director-lianhua/null");
    assertThat(jdbc.queryForObject("select count(*) from act_ru_authorization", Long.class)).isEqualTo(authorizationsBefore);
    assertThat(shiqiao.get("/process-instance/" + own.getProcessInstanceId()).getStatusCode()).isIn(HttpStatus.NOT_FOUND, HttpStatus.FORBIDDEN);
    assertThat(xiwan.get("/task/" + own.getId()).getStatusCode()).isIn(HttpStatus.NOT_FOUND, HttpStatus.FORBIDDEN);

    // claiming for oneself, and handing it to the township's supervisor who oversees it, stay possible
    assertThat(lianhua.post("/task/" + own.getId() + "/claim", Map.of("userId", "director.lianhua")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(lianhua.post("/task/" + own.getId() + "/unclaim", Map.of()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void tasklistsOwnApiIsTheSameDoor() {
    Task own = ownGuardianshipTask();
    PageSession tasklist = PageSession.signedIn(port, "director.lianhua");
    assertThat(tasklist.tasklistApi("GET", "/task/" + own.getId(), "").statusCode()).as("signed in to Tasklist").isEqualTo(200);

    assertThat(tasklist.tasklistApi("PUT", "/task/" + own.getId() + "/variables/childId",
        "{\"value\": " + yangliuChild + "}").statusCode()).isEqualTo(403);
    assertThat(tasklist.tasklistApi("POST", "/task/" + own.getId() + "/submit-form",
        "{\"variables\": {\"guardianName\": {\"value\": \"Zhang San\"}, \"villageCode\": {\"value\": \"yangliu\"}}}")
        .statusCode()).isEqualTo(403);
    assertThat(tasklist.tasklistApi("POST", "/process-definition/key/child-record-update/start",
        "{\"variables\": {\"childId\": {\"value\": " + yangliuChild + "}}, \"startInstructions\": "
            + "[{\"type\": \"startBeforeActivity\", \"activityId\": \"ServiceTask_ApplyChildRecordChange\"}]}")
        .statusCode()).isEqualTo(403);
    assertThat(runtime.getVariable(own.getProcessInstanceId(), "childId").toString()).isEqualTo(String.valueOf(lianhuaChild));
    assertThat(tasks.createTaskQuery().taskId(own.getId()).count()).isOne();
    assertYangliuUnchanged();
  }

  @Test
  void readAccessLeavesWithTheAssignee() {
    Task own = ownGuardianshipTask();
    Rest admin = new Rest(http, "admin");
    Rest xiwan = new Rest(http, "director.xiwan");
    assertThat(admin.post("/task/" + own.getId() + "/assignee", Map.of("userId", "director.xiwan")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(xiwan.get("/task/" + own.getId()).getStatusCode()).as("an administrator's assignment gives access")
        .isEqualTo(HttpStatus.OK);

    assertThat(admin.post("/task/" + own.getId() + "/assignee", java.util.Collections.singletonMap("userId", null))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(xiwan.get("/task/" + own.getId()).getStatusCode()).isIn(HttpStatus.NOT_FOUND, HttpStatus.FORBIDDEN);
    assertThat(xiwan.post("/task/" + own.getId() + "/claim", Map.of("userId", "director.xiwan")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(jdbc.queryForObject("select count(*) from act_ru_authorization where resource_id_ = ? and user_id_ = ?",
        Long.class, own.getId(), "director.xiwan")).isZero();
  }

  @Test
  void noModificationRestartMigrationOrMessageIntoRunningCases() {
    Task own = ownGuardianshipTask();
    String instance = own.getProcessInstanceId();
    String definition = own.getProcessDefinitionId();
    List<String> activitiesBefore = runtime.getActiveActivityIds(instance);

    assertForbidden(lianhua.post("/process-instance/" + instance + "/modification", Map.of("skipCustomListeners", true,
        "instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_RecordSignedConfirmation")))));
    assertForbidden(lianhua.post("/process-instance/" + instance + "/modification-async", Map.of(
        "instructions", List.of(Map.of("type", "cancel", "activityId", "Task_NameEntrustedGuardian")))));
    assertForbidden(lianhua.post("/process-definition/" + definition + "/restart", Map.of(
        "processInstanceIds", List.of(instance), "instructions", List.of(Map.of("type", "startBeforeActivity",
            "activityId", "Task_RecordSignedConfirmation")))));
    assertForbidden(lianhua.post("/migration/execute", Map.of("processInstanceIds", List.of(instance), "migrationPlan",
        Map.of("sourceProcessDefinitionId", definition, "targetProcessDefinitionId", definition, "instructions",
            List.of(Map.of("sourceActivityIds", List.of("Task_NameEntrustedGuardian"),
                "targetActivityIds", List.of("Task_RecordSignedConfirmation")))))));
    assertForbidden(lianhua.post("/message", Map.of("messageName", "ProtectionReportReceived", "processInstanceId", instance,
        "processVariables", Map.of("childId", Map.of("value", yangliuChild)))));
    assertForbidden(lianhua.post("/signal", Map.of("name", "anything", "variables", Map.of("childId", Map.of("value", yangliuChild)))));
    assertThat(runtime.getActiveActivityIds(instance)).isEqualTo(activitiesBefore);
    assertThat(runtime.getVariable(instance, "childId").toString()).isEqualTo(String.valueOf(lianhuaChild));

    // a report about another village's child through the message door: refused by the case's guard, nothing opened
    assertRefused(lianhua.post("/message", Map.of("messageName", "ProtectionReportReceived", "processVariables", Map.of(
        "childId", Map.of("value", yangliuChild), "situationDescription", Map.of("value", "attack"),
        "reporterName", Map.of("value", "attacker")))));
    assertForbidden(lianhua.post("/message", Map.of("messageName", "ProtectionReportReceived", "businessKey", "CP-2026-999999",
        "processVariables", Map.of("childId", Map.of("value", lianhuaChild), "situationDescription", Map.of("value", "x"),
            "reporterName", Map.of("value", "x")))));
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("CP-2026-999999").count()).isZero();
    assertYangliuUnchanged();
  }

  @Test
  void hotlineReportsAreTakenOnlyByTheProtectionAgency() {
    long casesBefore = jdbc.queryForObject("select count(*) from careflow.child_case", Long.class);
    var report = Map.<String, Object>of("childId", lianhuaChild, "situationDescription", "Crying at night", "reporterName", "Neighbour");
    for (String caseworker : List.of("director.lianhua", "supervisor.hetang", "civil.qingshan", "analyst")) {
      var answer = new Rest(http, caseworker).as().postForEntity("/api/hotline/reports", report, Map.class);
      assertThat(answer.getStatusCode()).as(caseworker).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(jdbc.queryForObject("select count(*) from careflow.child_case", Long.class)).isEqualTo(casesBefore);
  }

  @Test
  void analystsSeeModelsAndCountsButNoCaseOrChild() {
    Rest analyst = new Rest(http, "analyst");
    assertThat(runtime.createVariableInstanceQuery().variableName("childId").count()).as("demo cases exist").isPositive();

    assertThat(analyst.list("/variable-instance?variableName=childId")).isEmpty();
    assertThat(analyst.list("/variable-instance?variableName=guardianPhone")).isEmpty();
    assertThat(analyst.list("/variable-instance")).isEmpty();
    assertThat(analyst.list("/history/variable-instance?variableName=childId")).isEmpty();
    assertThat(analyst.list("/history/detail")).isEmpty();
    assertThat(analyst.list("/process-instance")).isEmpty();
    assertThat(analyst.list("/history/process-instance")).isEmpty();
    assertThat(analyst.list("/task")).isEmpty();
    assertThat(analyst.list("/history/task")).isEmpty();
    assertThat(analyst.list("/execution")).isEmpty();

    assertThat(analyst.list("/process-definition")).isNotEmpty();
    assertThat(analyst.list("/decision-definition")).isNotEmpty();
    var statistics = analyst.list("/process-definition/statistics");
    assertThat(statistics.stream().mapToLong(row -> ((Number) row.get("instances")).longValue()).sum()).isPositive();
  }

  @Test
  void caseworkersCountNothingBeyondTheirJurisdictionAndListNoOnesMemberships() {
    for (String caseworker : List.of("director.lianhua", "supervisor.hetang", "agency.qingshan", "manager.qingshan")) {
      Rest rest = new Rest(http, caseworker);
      assertForbidden(rest.get("/process-definition/statistics"));
      assertRefused(rest.get("/process-definition/key/entrusted-guardianship/statistics"));
      assertForbidden(rest.get("/identity/groups?userId=admin"));
      assertForbidden(rest.get("/group?member=supervisor.shiqiao"));
      assertForbidden(rest.get("/user?memberOfGroup=supervisor-shiqiao"));
      assertThat(rest.as().getForEntity("/engine-rest/external-task/any-id/errorDetails", String.class).getStatusCode())
          .isEqualTo(HttpStatus.FORBIDDEN);
      // one's own memberships stay readable: Tasklist shows them
      assertThat(rest.get("/identity/groups?userId=" + caseworker).getStatusCode()).isEqualTo(HttpStatus.OK);
    }
  }

  @Test
  void anAdministratorCannotChangeWhoseCaseItIsEither() {
    Rest admin = new Rest(http, "admin");
    Task own = ownGuardianshipTask();
    String instance = own.getProcessInstanceId();
    assertForbidden(admin.put("/process-instance/" + instance + "/variables/childId", Map.of("value", yangliuChild)));
    assertForbidden(admin.put("/process-instance/" + instance + "/variables/townshipCode", Map.of("value", "shiqiao")));
    assertForbidden(admin.post("/process-instance/" + instance + "/variables",
        Map.of("deletions", List.of("villageCode"))));
    assertThat(runtime.getVariable(instance, "childId").toString()).isEqualTo(String.valueOf(lianhuaChild));
    assertThat(runtime.getVariable(instance, "townshipCode")).isEqualTo("hetang");
    assertThat(runtime.getVariable(instance, "villageCode")).isEqualTo("lianhua");
    // other variables an administrator may still correct
    assertThat(admin.put("/process-instance/" + instance + "/variables/parentsDestination", Map.of("value", "Dongguan"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(runtime.getVariable(instance, "parentsDestination")).isEqualTo("Dongguan");
  }

  @Test
  void workersWriteOnlyAboutTheCasesOwnChild() {
    Task own = ownGuardianshipTask();
    String caseNumber = runtime.createProcessInstanceQuery().processInstanceId(own.getProcessInstanceId()).singleResult().getBusinessKey();
    CaseChild.require(jdbc, caseNumber, lianhuaChild);
    assertThatThrownBy(() -> CaseChild.require(jdbc, caseNumber, yangliuChild))
        .hasMessageContaining("is about child " + lianhuaChild);
    assertThatThrownBy(() -> CaseChild.require(jdbc, "EG-1999-000001", lianhuaChild)).hasMessageContaining("not linked");
  }
}
