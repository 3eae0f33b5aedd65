package org.careflow.app.continuity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careflow.contract.EntrustedGuardianship.*;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.careflow.app.platform.Rest;
import org.careflow.contract.Jurisdiction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Step 2 of the database continuity check: the Operaton build opens the database that
 * {@link CaseDatabaseWrite} (the Camunda build) left, after the one SQL step a county runs when it
 * moves (operaton/move-from-camunda.sql, README "The Operaton build"). The app starts as in
 * production (no demo loader, so nothing is added), with workers and job executor off so that
 * nothing moves while it is compared: every running case must be exactly as the Camunda engine
 * left it. Then a child director signs in with the password Camunda hashed and moves a case on
 * through the REST API, and the administrator still sees everything.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "careflow.demo.enabled=false",
    "careflow.workers.enabled=false",
    "careflow.workers.password=worker-test",
    "camunda.bpm.job-execution.enabled=false",
    "careflow.registry.id-number-key=AN1Y1/68hMYdVdXQ9r3SLeDng0qNo9BY3Jq7TOtuV3o=",
    "spring.datasource.hikari.connection-timeout=2000"
})
@ActiveProfiles("postgres")
class CaseDatabaseOpen {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CaseDatabaseOpen.class);

  static final Path DIR = CaseDatabase.dir();
  static final EmbeddedPostgres POSTGRES = openAndMove();

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
  }

  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate http;

  @Test
  void operatonOpensEveryRunningCaseAsItWasLeft() throws IOException {
    assertThat(ProcessEngine.class.getName()).as("step 2 runs in the Operaton build").startsWith("org.operaton.");

    List<String> written = Files.readAllLines(DIR.resolve(CaseDatabase.MANIFEST));
    assertThat(RunningCases.count(written, "instance")).as("running cases written by step 1").isGreaterThanOrEqualTo(10);
    assertThat(RunningCases.of(engine)).as("the running cases as Operaton reads them")
        .containsExactlyElementsOf(written);
    assertThat(RunningCases.startEvents(engine)).as("timer and message start events")
        .containsExactlyElementsOf(Files.readAllLines(DIR.resolve(CaseDatabase.START_EVENTS)));
    // what the app's start deployed (the log says whether it took the models for new versions)
    engine.getRepositoryService().createDeploymentQuery().orderByDeploymentTime().asc().list().forEach(deployment ->
        log.info("deployment {} '{}' at {}: {}", deployment.getId(), deployment.getName(), deployment.getDeploymentTime(),
            engine.getRepositoryService().getDeploymentResourceNames(deployment.getId()).stream()
                .filter(name -> name.contains("entrusted-guardianship")).toList()));

    // a child director signs in (password hashed by Camunda) and names the guardian for 刘小雨
    Rest director = new Rest(http, "director.lianhua");
    List<Map<String, Object>> open = director.list("/task?processDefinitionKey=" + PROCESS_KEY
        + "&taskDefinitionKey=" + TASK_NAME_GUARDIAN + "&candidateGroup=director-lianhua");
    assertThat(open).as("director.lianhua's guardian to name").hasSize(1);
    String taskId = (String) open.get(0).get("id");
    String instanceId = (String) open.get(0).get("processInstanceId");
    assertThat(director.post("/task/" + taskId + "/claim", Map.of("userId", "director.lianhua")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(director.post("/task/" + taskId + "/complete", Rest.variables(Map.of(VAR_GUARDIAN_NAME, "Liu Guilan",
        VAR_GUARDIAN_RELATIONSHIP, "GRANDPARENT", VAR_GUARDIAN_PHONE, "13900001234"))).getStatusCode().is2xxSuccessful())
        .isTrue();
    Task next = engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult();
    assertThat(next.getTaskDefinitionKey()).isEqualTo(TASK_RECORD_CONFIRMATION);
    assertThat(engine.getTaskService().getIdentityLinksForTask(next.getId()))
        .anyMatch(link -> "director-lianhua".equals(link.getGroupId()));

    // the administrators moved to Operaton's group and see every case
    assertThat(engine.getIdentityService().createUserQuery().memberOfGroup(Jurisdiction.ROLE_ADMINS).list())
        .anyMatch(user -> user.getId().equals("admin"));
    Map<String, Object> count = new Rest(http, "admin").get("/process-instance/count").getBody();
    assertThat(((Number) count.get("count")).longValue())
        .isEqualTo(engine.getRuntimeService().createProcessInstanceQuery().count());
  }

  private static EmbeddedPostgres openAndMove() {
    EmbeddedPostgres postgres = CaseDatabase.open(DIR);
    // the app runs with its working directory in app/; the script is the one the README gives
    CaseDatabase.run(postgres, Path.of(System.getProperty("user.dir")).resolveSibling("operaton/move-from-camunda.sql"));
    return postgres;
  }
}
