package org.careflow.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rules a form gives its fields hold on the REST doors as in Tasklist: a value sent straight
 * to {@code /engine-rest} or to Tasklist's own API that breaks one is refused with 400 and the
 * platform's message alone, and nothing is written.
 */
class FormRulesTest extends PlatformTest {

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired JdbcTemplate jdbc;

  private String instance;

  @AfterEach
  void cleanUp() {
    if (instance != null && runtime.createProcessInstanceQuery().processInstanceId(instance).count() > 0) {
      runtime.deleteProcessInstance(instance, "test cleanup");
    }
  }

  @Test
  void aTaskFormsValuesMustMeetItsRulesOnEveryDoor() {
    Rest director = new Rest(http, "director.lianhua");
    instance = startGuardianship(director, Map.of());
    Task nameGuardian = tasks.createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(nameGuardian.getTaskDefinitionKey()).isEqualTo("Task_NameEntrustedGuardian");

    Map<String, Map<String, Object>> refused = new LinkedHashMap<>();
    refused.put("the invisible direction mark U+202E", valid("guardianName", "Liu\u202Enalius"));
    refused.put("a line break or tab", valid("guardianName", "Liu\nGuilan"));
    refused.put("the control character U+0000", valid("guardianName", "Liu\u0000Guilan"));
    refused.put("at most 100 characters, not 101", valid("guardianName", "L".repeat(101)));
    refused.put("is a text", valid("guardianName", 12345));
    refused.put("must be one of GRANDPARENT, RELATIVE, FRIEND, NEIGHBOUR, OTHER", valid("guardianRelationship", "BOSS"));
    refused.put("(guardianPhone) is not in the expected form", valid("guardianPhone", "call me at noon"));

    for (var attempt : refused.entrySet()) {
      ResponseEntity<Map<String, Object>> answer = director.post("/task/" + nameGuardian.getId() + "/complete",
          Rest.variables(attempt.getValue()));
      assertThat(answer.getStatusCode()).as(attempt.getKey() + ": " + answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getBody().get("message").toString()).contains(attempt.getKey()).doesNotContain("ENGINE-");
    }

    PageSession tasklist = PageSession.signedIn(port, "director.lianhua");
    HttpResponse<String> throughTasklist = tasklist.tasklistApi("POST", "/task/" + nameGuardian.getId() + "/submit-form",
        "{\"variables\":{\"guardianName\":{\"value\":\"Liu\\u202Enalius\"},\"guardianRelationship\":{\"value\":\"GRANDPARENT\"},"
            + "\"guardianPhone\":{\"value\":\"13900001234\"}}}");
    assertThat(throughTasklist.statusCode()).as(throughTasklist.body()).isEqualTo(400);
    assertThat(throughTasklist.body()).contains("direction mark").doesNotContain("ENGINE-");

    assertThat(tasks.createTaskQuery().taskId(nameGuardian.getId()).count()).as("the task is still open").isEqualTo(1);
    assertThat(runtime.getVariable(instance, "guardianName")).as("nothing written").isNull();
    assertThat(history.createHistoricDetailQuery().processInstanceId(instance).variableUpdates().list())
        .extracting(detail -> ((org.camunda.bpm.engine.history.HistoricVariableUpdate) detail).getVariableName())
        .as("no refused value reached the history").doesNotContain("guardianName", "guardianRelationship", "guardianPhone");

    ResponseEntity<Map<String, Object>> accepted = director.post("/task/" + nameGuardian.getId() + "/complete",
        Rest.variables(valid("guardianName", "刘桂兰")));
    assertThat(accepted.getStatusCode()).as(String.valueOf(accepted.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(runtime.getVariable(instance, "guardianName")).isEqualTo("刘桂兰");
  }

  @Test
  void aStartFormsValuesMustMeetItsRulesAndNothingStarts() {
    Rest director = new Rest(http, "director.lianhua");
    long before = history.createHistoricProcessInstanceQuery().processDefinitionKey("entrusted-guardianship").count();

    assertStartRefused(director, Map.of("parentsLeaveOn", "next week"), "(parentsLeaveOn) is not a date");
    assertStartRefused(director, Map.of("childId", "3"), "(childId) is a number");
    assertStartRefused(director, Map.of("parentsDestination", "G".repeat(201)), "at most 200 characters, not 201");
    assertStartRefused(director, Map.of("guardianAvailable", "yes"), "is ticked or not");

    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("entrusted-guardianship").count())
        .as("no case started").isEqualTo(before);
  }

  @Test
  void aRefusalOfTheStartListenersIsA400WithTheMessageAlone() {
    ResponseEntity<Map<String, Object>> refused = new Rest(http, "director.lianhua").post(
        "/process-definition/key/entrusted-guardianship/start", Rest.variables(startVariables(Map.of("childId", 999_999))));

    assertThat(refused.getStatusCode()).as(String.valueOf(refused.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").toString()).contains("No child with record number 999999")
        .doesNotContain("ENGINE-");
  }

  private void assertStartRefused(Rest as, Map<String, Object> change, String message) {
    ResponseEntity<Map<String, Object>> answer = as.post("/process-definition/key/entrusted-guardianship/start",
        Rest.variables(startVariables(change)));
    assertThat(answer.getStatusCode()).as(change + ": " + answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().get("message").toString()).contains(message).doesNotContain("ENGINE-");
  }

  private String startGuardianship(Rest as, Map<String, Object> change) {
    ResponseEntity<Map<String, Object>> started = as.post("/process-definition/key/entrusted-guardianship/start",
        Rest.variables(startVariables(change)));
    assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
    return (String) started.getBody().get("id");
  }

  private Map<String, Object> startVariables(Map<String, Object> change) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("childId", jdbc.queryForObject("select id from careflow.child where full_name = '刘小雨'", Long.class));
    variables.put("parentsLeaveOn", "2026-12-10");
    variables.put("parentsDestination", "Guangzhou");
    variables.put("guardianAvailable", true);
    variables.putAll(change);
    return variables;
  }

  private static Map<String, Object> valid(String field, Object value) {
    Map<String, Object> values = new HashMap<>(Map.of("guardianName", "Liu Guilan", "guardianRelationship", "GRANDPARENT",
        "guardianPhone", "13900001234"));
    values.put(field, value);
    return values;
  }
}
