package org.careflow.app.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.careflow.app.platform.DemoChildren;
import org.careflow.app.platform.PlatformTest;
import org.careflow.app.platform.Rest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A supervisor's triage loses the race on the case's lock to another transaction that updates the
 * same execution (what an escalation worker's completion or a timer does): that transaction holds
 * the row, the completion's update waits for it and then finds the revision changed. The completion
 * is run again and succeeds, instead of an HTTP 500.
 */
class CompletionRaceTest extends PlatformTest {

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  @Autowired TaskService tasks;

  @Test
  void aTriageThatLostTheRaceOnTheCaseIsRunAgain() throws Exception {
    Rest supervisor = new Rest(http, "supervisor.hetang");
    long child = DemoChildren.firstOf(jdbc, "lianhua");
    var opened = new Rest(http, "agency.qingshan").as().postForEntity("/api/hotline/reports", Map.of("childId", child,
        "situationDescription", "Race test: the boy is alone", "reporterName", "Neighbour"), Map.class);
    assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String instance = (String) opened.getBody().get("processInstanceId");
    Task triage = await().atMost(Duration.ofSeconds(30)).until(() -> tasks.createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey("Task_TriageReport").singleResult(), task -> task != null);
    assertThat(supervisor.post("/task/" + triage.getId() + "/claim", Map.of("userId", "supervisor.hetang")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    CompletableFuture<ResponseEntity<Map<String, Object>>> completion;
    try (Connection other = dataSource.getConnection()) {
      other.setAutoCommit(false);
      try (var bump = other.prepareStatement("update act_ru_execution set rev_ = rev_ + 1 where id_ = ?")) {
        bump.setString(1, triage.getExecutionId());
        assertThat(bump.executeUpdate()).isOne();
      }
      completion = CompletableFuture.supplyAsync(() -> supervisor.post("/task/" + triage.getId() + "/complete",
          Rest.variables(Map.of("confirmedRiskLevel", "LOW", "triageNotes", "Seen, safe with the neighbour"))));
      await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject("""
          select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query ilike '%act_ru_execution%'""",
          Long.class) > 0);
      other.commit();
    }

    ResponseEntity<Map<String, Object>> answer = completion.get(30, TimeUnit.SECONDS);
    assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(tasks.createTaskQuery().taskId(triage.getId()).count()).as("the triage is done").isZero();
    assertThat(jdbc.queryForObject("select count(*) from act_hi_taskinst where id_ = ? and end_time_ is not null and assignee_ = ?",
        Long.class, triage.getId(), "supervisor.hetang")).as("completed by the supervisor, once").isOne();
  }
}
