package org.careflow.app.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricExternalTaskLog;
import org.careflow.workers.WorkerLauncher;
import org.careflow.workersapp.WorkersApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The workers started on their own (as `java -jar careflow-workers-*-exec.jar` does) against the
 * app's engine URL with the workers' credentials, sharing the one PostgreSQL. The app's own
 * workers are paused meanwhile, so the work can only be done by the standalone copy.
 */
class StandaloneWorkersTest extends PlatformTest {

  @LocalServerPort int port;
  @Autowired WorkerLauncher inAppWorkers;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired JdbcTemplate jdbc;

  @Test
  void standaloneWorkersDoTheWorkAgainstTheEngineUrl() {
    inAppWorkers.close();
    try (ConfigurableApplicationContext standalone = new SpringApplicationBuilder(WorkersApplication.class)
        .web(WebApplicationType.NONE)
        .run(arguments(Map.of(
            "careflow.workers.engine-url", "http://localhost:" + port + "/engine-rest",
            "careflow.workers.username", "careflow-worker",
            "careflow.workers.password", "worker-test",
            "careflow.workers.worker-id", "standalone-copy",
            "careflow.workers.async-response-timeout-millis", "1000",
            "spring.datasource.url", POSTGRES.getJdbcUrl("postgres", "postgres"),
            "spring.datasource.username", "postgres",
            "spring.mail.host", "127.0.0.1",
            "spring.mail.port", String.valueOf(SMTP_PORT),
            // the workers' jar has no engine, webapps or migrations; this test's classpath (the app's) has
            "spring.autoconfigure.exclude", String.join(",",
                "org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration",
                "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration",
                "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration",
                "org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration"))))) {
      String instance = confirmedCaseWaitingForWorkers();

      await().atMost(Duration.ofSeconds(30)).until(() -> history.createHistoricProcessInstanceQuery()
          .processInstanceId(instance).finished().count() == 1);
      assertThat(history.createHistoricExternalTaskLogQuery().processInstanceId(instance).successLog().list())
          .extracting(HistoricExternalTaskLog::getWorkerId)
          .containsExactly("standalone-copy", "standalone-copy");
      assertThat(jdbc.queryForObject("select count(*) from careflow.guardianship_confirmation where process_instance_id = ?",
          Integer.class, instance)).isEqualTo(1);
    } finally {
      inAppWorkers.open();
    }
  }

  /** Command-line arguments, as `java -jar` gets them: they win over the application.properties on the classpath. */
  private static String[] arguments(Map<String, String> properties) {
    return properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new);
  }

  private String confirmedCaseWaitingForWorkers() {
    long child = jdbc.queryForObject("select min(id) from careflow.child where village_code = 'dongpo'", Long.class);
    String instance = runtime.startProcessInstanceByKey("entrusted-guardianship", Map.of(
        "childId", child, "parentsLeaveOn", "2026-12-10", "guardianAvailable", true)).getId();
    tasks.complete(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId(), Map.of(
        "guardianName", "Zhang Hua", "guardianRelationship", "RELATIVE", "guardianPhone", "13600001111"));
    tasks.complete(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId(), Map.of(
        "signedByParents", true, "signedByChild", true, "signedByGuardian", true, "signedOn", "2026-11-22"));
    return instance;
  }
}
