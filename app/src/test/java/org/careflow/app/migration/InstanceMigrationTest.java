package org.careflow.app.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.careflow.app.platform.PageSession;
import org.careflow.app.platform.PlatformTest;
import org.careflow.app.platform.Rest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An analyst moves running demo instances from version 1 to version 2 as a batch: tasks,
 * assignees and variables stay. A migration the engine would reject shows why and moves nothing.
 */
class InstanceMigrationTest extends PlatformTest {

  private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
  };

  @Autowired TestRestTemplate http;
  @LocalServerPort int port;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired JdbcTemplate jdbc;

  @Test
  void runningInstancesMoveToTheNewVersionKeepingTasksAssigneesAndVariables() throws IOException {
    ProcessDefinition v1 = latest("entrusted-guardianship");
    ProcessDefinition v2 = deployRevisedGuardianship();
    assertThat(v2.getVersion()).isGreaterThan(v1.getVersion());
    List<ProcessInstance> onV1 = runtime.createProcessInstanceQuery().processDefinitionId(v1.getId()).list();
    assertThat(onV1).isNotEmpty();
    // one nobody holds: other test classes of the shared context claim demo tasks too, in no fixed order
    Task claimed = tasks.createTaskQuery().processDefinitionId(v1.getId()).taskDefinitionKey("Task_NameEntrustedGuardian")
        .taskUnassigned().orderByTaskId().asc().list().get(0);
    tasks.claim(claimed.getId(), "director.lianhua");
    Map<String, Object> variablesBefore = runtime.getVariables(claimed.getProcessInstanceId());

    ResponseEntity<Map<String, Object>> plan = call("analyst", HttpMethod.POST, "/api/migrations/plan",
        Map.of("sourceDefinitionId", v1.getId(), "targetDefinitionId", v2.getId()));
    assertThat(plan.getStatusCode()).as(String.valueOf(plan.getBody())).isEqualTo(HttpStatus.OK);
    assertThat(plan.getBody().get("instructions").toString()).contains("source=Task_NameEntrustedGuardian");

    assertThat(call("director.lianhua", HttpMethod.POST, "/api/migrations",
        Map.of("sourceDefinitionId", v1.getId(), "targetDefinitionId", v2.getId())).getStatusCode())
        .as("only analysts migrate").isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<Map<String, Object>> started = call("analyst", HttpMethod.POST, "/api/migrations",
        Map.of("sourceDefinitionId", v1.getId(), "targetDefinitionId", v2.getId()));
    assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.ACCEPTED);
    String batchId = (String) started.getBody().get("batchId");
    await().atMost(Duration.ofSeconds(60)).until(() ->
        Boolean.TRUE.equals(call("analyst", HttpMethod.GET, "/api/migrations/batches/" + batchId, null).getBody().get("done")));

    assertThat(runtime.createProcessInstanceQuery().processDefinitionId(v1.getId()).count()).isZero();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionId(v2.getId()).list().stream().map(ProcessInstance::getId)
        .collect(Collectors.toSet())).containsAll(onV1.stream().map(ProcessInstance::getId).toList());
    Task after = tasks.createTaskQuery().taskId(claimed.getId()).singleResult();
    assertThat(after.getProcessDefinitionId()).isEqualTo(v2.getId());
    assertThat(after.getAssignee()).isEqualTo("director.lianhua");
    assertThat(after.getTaskDefinitionKey()).isEqualTo("Task_NameEntrustedGuardian");
    assertThat(runtime.getVariables(claimed.getProcessInstanceId())).isEqualTo(variablesBefore);
    assertThat(jdbc.queryForObject("select migrated_by from careflow.migration_audit where batch_id = ?", String.class, batchId))
        .isEqualTo("analyst");
  }

  @Test
  void aMigrationTheEngineWouldRejectShowsTheReasonsAndMovesNothing() {
    ProcessDefinition protection = latest("child-protection-case");
    ProcessDefinition guardianship = latest("entrusted-guardianship");
    long before = runtime.createProcessInstanceQuery().processDefinitionId(protection.getId()).count();
    assertThat(before).isPositive();

    ResponseEntity<Map<String, Object>> refused = call("analyst", HttpMethod.POST, "/api/migrations",
        Map.of("sourceDefinitionId", protection.getId(), "targetDefinitionId", guardianship.getId()));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(refused.getBody().get("reasons").toString()).contains("has no equal activity");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionId(protection.getId()).count()).isEqualTo(before);
    assertThat(jdbc.queryForObject("select count(*) from careflow.migration_audit where source_definition_id = ?",
        Integer.class, protection.getId())).isZero();
  }

  private ProcessDefinition deployRevisedGuardianship() throws IOException {
    String model = resource("bpmn/entrusted-guardianship.bpmn");
    String revised = model.replace("name=\"登记受委托监护人\"", "name=\"登记受委托监护人（修订）\"");
    assertThat(revised).as("the task name is revised").isNotEqualTo(model);
    var deployment = repository.createDeployment().name("guardianship, revised task name")
        .addString("entrusted-guardianship.bpmn", revised);
    for (String form : List.of("parents-leaving", "name-guardian", "record-confirmation", "child-would-live-alone")) {
      deployment.addString(form + ".form", resource("forms/guardianship/" + form + ".form"));
    }
    deployment.deploy();
    return latest("entrusted-guardianship");
  }

  private ProcessDefinition latest(String key) {
    return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = new ClassPathResource(path).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private ResponseEntity<Map<String, Object>> call(String user, HttpMethod method, String path, Object body) {
    return http.withBasicAuth(user, Rest.PASSWORD).exchange(path, method, body == null ? null : new HttpEntity<>(body), MAP);
  }

  @Test
  void theAnalystsPageWorksWithThePagesSignInAndSendsItsToken() {
    PageSession analyst = PageSession.signedIn(port, "analyst");

    assertThat(analyst.get("/pages/migrations").body()).contains("Migrate running instances");
    assertThat(analyst.get("/analyst/migrations.html").headers().firstValue("Location")).get().asString()
        .endsWith("/pages/migrations");
    HttpResponse<String> definitions = analyst.get("/pages/migrations/api/definitions");
    assertThat(definitions.statusCode()).isEqualTo(200);
    assertThat(definitions.body()).contains("child-protection-case");

    String plan = "{\"sourceDefinitionId\":\"nonexistent:1\",\"targetDefinitionId\":\"nonexistent:2\"}";
    assertThat(analyst.postJson("/pages/migrations/api/plan", plan, null).statusCode()).as("no token").isEqualTo(403);
    HttpResponse<String> withToken = analyst.postJson("/pages/migrations/api/plan", plan, analyst.tokenOf("/pages/migrations"));
    assertThat(withToken.statusCode()).as(withToken.body()).isIn(400, 404);
    assertThat(new PageSession(port).get("/pages/migrations/api/definitions").statusCode()).as("not signed in").isEqualTo(302);
  }
}
