package org.careflow.app.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.careflow.app.platform.PlatformTest;
import org.careflow.contract.ProtectionCase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lists check each task's grants by its id (authorization-check-revokes=always) instead of Camunda's
 * default join of all of the user's grants to all tasks, which grows with the square of a township's
 * tasks (docs/benchmark.md has the figures). The two forms of the check must let the same people see
 * the same tasks. The township is written straight into the engine's tables in a transaction that is
 * rolled back, so no other test sees it.
 */
class TownshipListAuthorizationTest extends PlatformTest {

  private static final int TASKS = 4000;
  private static final String TASK_KEY = "Task_StatTriage";

  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  TransactionTemplate transactions;
  @Autowired
  DataSource dataSource;

  @Test
  void theEngineChecksListsRowByRow() {
    assertThat(configuration().getAuthorizationCheckRevokes()).isEqualTo("always");
  }

  @Test
  void everyConnectionRunsTheChecksWithoutJitCompilation() throws SQLException {
    List<Connection> held = new ArrayList<>();
    try {
      for (int i = 0; i < 3; i++) {
        held.add(dataSource.getConnection());
      }
      for (Connection connection : held) {
        try (Statement statement = connection.createStatement(); ResultSet jit = statement.executeQuery("show jit")) {
          assertThat(jit.next()).isTrue();
          assertThat(jit.getString(1)).isEqualTo("off");
        }
      }
    } finally {
      for (Connection connection : held) {
        connection.close();
      }
    }
  }

  @Test
  void aSupervisorSeesExactlyHisTownshipsTasksNewestFirstWithEitherFormOfTheCheck() {
    List<String> newestOfTownshipA = IntStream.rangeClosed(1, 15).mapToObj(n -> "stat-t" + 2 * n).toList();
    transactions.executeWithoutResult(status -> {
      status.setRollbackOnly();
      writeTwoTownships();
      try {
        for (String form : List.of("always", "auto")) {
          configuration().setAuthorizationCheckRevokes(form);

          assertThat(countAs("supervisor.test-a", "supervisor-test-a")).as(form).isEqualTo(TASKS / 2);
          assertThat(newestPageAs("supervisor.test-a", "supervisor-test-a")).as(form).isEqualTo(newestOfTownshipA);
          assertThat(countAs("supervisor.test-b", "supervisor-test-b")).as(form).isEqualTo(TASKS / 2);
          assertThat(newestPageAs("supervisor.test-b", "supervisor-test-b")).as(form)
              .allMatch(id -> Integer.parseInt(id.substring("stat-t".length())) % 2 == 1);
          assertThat(countAs("director.test-1", "reader-test-1-1")).as(form + ": a village sees its own")
              .isEqualTo(TASKS / 20);
          assertThat(countAs("nobody.test", "no-such-group")).as(form).isZero();
          assertThat(countAs("supervisor.test-a", "supervisor-test-a", "no-such-group"))
              .as(form + ": a group no grant names adds nothing").isEqualTo(TASKS / 2);
          assertThat(newestPageAs("supervisor.test-a", "no-such-group", "supervisor-test-a")).as(form)
              .isEqualTo(newestOfTownshipA);
        }
      } finally {
        configuration().setAuthorizationCheckRevokes("always");
      }
    });
  }

  private long countAs(String user, String... groups) {
    return as(user, List.of(groups), () -> townshipTasks().count());
  }

  private List<String> newestPageAs(String user, String... groups) {
    return as(user, List.of(groups), () -> townshipTasks().orderByTaskCreateTime().desc().listPage(0, 15).stream()
        .map(Task::getId).toList());
  }

  private TaskQuery townshipTasks() {
    return engine.getTaskService().createTaskQuery().taskDefinitionKey(TASK_KEY);
  }

  private <T> T as(String user, List<String> groups, Supplier<T> query) {
    IdentityService identity = engine.getIdentityService();
    identity.setAuthentication(user, groups);
    try {
      return query.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  /**
   * Even tasks in township A, odd ones in B, each with the grants the platform writes: the candidate
   * group's (by the engine), four readers' (TaskOversight, village {@code i % 20} first) and five on the case.
   */
  private void writeTwoTownships() {
    String definition = jdbc.queryForObject(
        "select id_ from act_re_procdef where key_ = ? order by version_ desc limit 1", String.class, ProtectionCase.PROCESS_KEY);
    int task = Resources.TASK.resourceType();
    int instance = Resources.PROCESS_INSTANCE.resourceType();
    int read = Permissions.READ.getValue();
    jdbc.update("""
        insert into act_ru_execution (id_, rev_, proc_inst_id_, proc_def_id_, is_active_, is_concurrent_, is_scope_,
          is_event_scope_, suspension_state_)
        select 'stat-e' || i, 1, 'stat-e' || i, ?, true, false, true, false, 1 from generate_series(1, ?) i""",
        definition, TASKS);
    jdbc.update("""
        insert into act_ru_task (id_, rev_, execution_id_, proc_inst_id_, proc_def_id_, name_, task_def_key_,
          create_time_, suspension_state_, priority_)
        select 'stat-t' || i, 1, 'stat-e' || i, 'stat-e' || i, ?, 'triage', ?,
          now() - i * interval '1 second', 1, 50 from generate_series(1, ?) i""", definition, TASK_KEY, TASKS);
    jdbc.update("""
        insert into act_ru_authorization (id_, rev_, type_, group_id_, resource_type_, resource_id_, perms_)
        select 'stat-c' || i, 1, 1, case when i % 2 = 0 then 'supervisor-test-a' else 'supervisor-test-b' end,
          ?, 'stat-t' || i, ? from generate_series(1, ?) i""", task, Permissions.ALL.getValue(), TASKS);
    jdbc.update("""
        insert into act_ru_authorization (id_, rev_, type_, group_id_, resource_type_, resource_id_, perms_)
        select 'stat-r' || g || '-' || i, 1, 1, 'reader-test-' || g || '-' || (i % 20), ?, 'stat-t' || i, ?
        from generate_series(1, ?) i, generate_series(1, 4) g""", task, read, TASKS);
    jdbc.update("""
        insert into act_ru_authorization (id_, rev_, type_, group_id_, resource_type_, resource_id_, perms_)
        select 'stat-p' || g || '-' || i, 1, 1, 'reader-test-' || g || '-' || (i % 20), ?, 'stat-e' || i, ?
        from generate_series(1, ?) i, generate_series(1, 5) g""", instance, read, TASKS);
  }
}
