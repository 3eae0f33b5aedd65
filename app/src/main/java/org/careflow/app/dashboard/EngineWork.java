package org.careflow.app.dashboard;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * What the engine knows about a county's cases: their tasks now and before, their incidents, the
 * stage each is in. The only class of the dashboard that reads the engine's tables.
 *
 * <p>Every question names the county, and the database finds the county's cases itself: each query
 * joins the case records with the engine's tables ({@link CountyCases#overCasesOfCounty}), so neither a
 * bind parameter per case (PostgreSQL takes at most 32,767 in one statement) nor another county's
 * rows reach this JVM. Each task and incident comes with its case number, the business key of the
 * instance it belongs to (a called stage carries its case's).
 *
 * <p>Plain SQL of the few columns the figures need, not the engine's native queries: those map
 * every row to a whole entity, which at 10,000 cases took most of the dashboard's time. The table
 * names come from the engine, so a table prefix or a compatible fork such as Operaton, with the
 * same ACT_ tables, changes nothing here. No authorization check applies to these reads: the
 * county in every query is the manager's own (DashboardController).
 */
@Component
class EngineWork {

  record TaskRecord(String caseNumber, String taskKey, String name, String assignee, LocalDateTime created,
      LocalDateTime due, LocalDateTime ended, boolean completed) {
  }

  record IncidentRecord(String caseNumber, String activityId, String type, String message, LocalDateTime since) {
  }

  private final ManagementService management;
  private final JdbcTemplate jdbc;

  EngineWork(ManagementService management, JdbcTemplate jdbc) {
    this.management = management;
    this.jdbc = jdbc;
  }

  /** Tasks with a due date, done or not, of the given kinds, of the county's cases. */
  List<TaskRecord> tasksWithDeadlines(String countyCode, Collection<String> taskKeys) {
    if (taskKeys.isEmpty()) {
      return List.of();
    }
    return overCounty(countyCode,
        "p.BUSINESS_KEY_, k.TASK_DEF_KEY_, k.NAME_, k.ASSIGNEE_, k.START_TIME_, k.DUE_DATE_, k.END_TIME_, k.DELETE_REASON_, k.ID_",
        "join " + table(HistoricProcessInstance.class) + " p on p.BUSINESS_KEY_ = x.case_number"
            + " join " + table(HistoricTaskInstance.class) + " k on k.PROC_INST_ID_ = p.PROC_INST_ID_",
        "k.TASK_DEF_KEY_ in (" + placeholders(taskKeys.size()) + ") and k.DUE_DATE_ is not null", List.copyOf(taskKeys),
        (rs, row) -> new TaskRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            toDateTime(rs.getTimestamp(5)), toDateTime(rs.getTimestamp(6)), toDateTime(rs.getTimestamp(7)),
            "completed".equals(rs.getString(8))));
  }

  /** The open tasks of the county's cases. */
  List<TaskRecord> openTasks(String countyCode) {
    return overCounty(countyCode, "p.BUSINESS_KEY_, k.TASK_DEF_KEY_, k.NAME_, k.ASSIGNEE_, k.CREATE_TIME_, k.DUE_DATE_, k.ID_",
        "join " + table(Execution.class) + " p on p.BUSINESS_KEY_ = x.case_number"
            + " join " + table(Task.class) + " k on k.PROC_INST_ID_ = p.ID_", "", List.of(),
        (rs, row) -> new TaskRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            toDateTime(rs.getTimestamp(5)), toDateTime(rs.getTimestamp(6)), null, false));
  }

  /** The open incidents of the county's cases; one of a called stage is also one of the instance that called it. */
  List<IncidentRecord> incidents(String countyCode) {
    return overCounty(countyCode,
        "p.BUSINESS_KEY_, i.ACTIVITY_ID_, i.INCIDENT_TYPE_, i.INCIDENT_MSG_, i.INCIDENT_TIMESTAMP_, i.ID_",
        "join " + table(Execution.class) + " p on p.BUSINESS_KEY_ = x.case_number"
            + " join " + table(Incident.class) + " i on i.PROC_INST_ID_ = p.ID_", "", List.of(),
        (rs, row) -> new IncidentRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            toDateTime(rs.getTimestamp(5))));
  }

  /**
   * Which of the given activities each of the county's cases' own instances is in now, in one query
   * for the whole county. An instance at none of them is not in the map; one at several (never, in
   * CareFlow's models) counts at the first given. Any failure of the database reaches the caller: a
   * dashboard that cannot read the engine must say so, not show an open case as if it were still at
   * discovery.
   */
  Map<String, String> instancesIn(String countyCode, Collection<String> activityIds) {
    if (activityIds.isEmpty()) {
      return Map.of();
    }
    List<String> order = List.copyOf(activityIds);
    Map<String, String> activityOf = new HashMap<>();
    for (String[] at : overCounty(countyCode, "e.PROC_INST_ID_, e.ACT_ID_, e.ID_",
        "join " + table(Execution.class) + " e on e.PROC_INST_ID_ = x.process_instance_id",
        "e.ACT_ID_ in (" + placeholders(order.size()) + ")", order,
        (rs, row) -> new String[] {rs.getString(1), rs.getString(2)})) {
      activityOf.merge(at[0], at[1], (kept, other) -> order.indexOf(kept) <= order.indexOf(other) ? kept : other);
    }
    return activityOf;
  }

  /** {@link CountyCases#overCasesOfCounty} with its placeholders bound, ordered by its last column (the engine row's id). */
  private <T> List<T> overCounty(String countyCode, String columns, String joins, String condition,
      List<?> conditionArguments, RowMapper<T> row) {
    List<Object> arguments = new ArrayList<>();
    for (int kind = 0; kind < 2; kind++) {
      arguments.add(countyCode);
      arguments.addAll(conditionArguments);
    }
    String orderBy = String.valueOf(columns.split(",").length);
    return jdbc.query(CountyCases.overCasesOfCounty(columns, joins, condition, orderBy), row, arguments.toArray());
  }

  private static String placeholders(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }

  private String table(Class<?> entity) {
    return management.getTableName(entity);
  }

  private static LocalDateTime toDateTime(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toLocalDateTime();
  }
}
