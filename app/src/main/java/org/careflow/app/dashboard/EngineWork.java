package org.careflow.app.dashboard;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.NativeHistoricTaskInstanceQuery;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the engine knows about a county's cases: their tasks now and before, their incidents, the
 * stage each is in. The only class of the dashboard that talks to the engine.
 *
 * <p>Every question names the county, and the database finds the county's cases itself: each query
 * joins the engine's tables with the case records ({@link CountyCases#casesOfCounty}), so neither a
 * bind parameter per case (PostgreSQL takes at most 32,767 in one statement) nor another county's
 * rows reach this JVM. The engine's native queries where the engine has one (they map the rows to
 * its own entities; the table names come from the engine, so a table prefix or a compatible fork
 * such as Operaton, with the same ACT_ tables, changes nothing here); incidents have no native query,
 * so they are one plain SQL statement over the engine's incident table.
 */
@Component
class EngineWork {

  record TaskRecord(String caseNumber, String taskKey, String name, String assignee, LocalDateTime created,
      LocalDateTime due, LocalDateTime ended, boolean completed) {
  }

  record IncidentRecord(String caseNumber, String activityId, String type, String message, LocalDateTime since) {
  }

  private final HistoryService history;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final ManagementService management;
  private final JdbcTemplate jdbc;

  EngineWork(HistoryService history, TaskService tasks, RuntimeService runtime, ManagementService management,
      JdbcTemplate jdbc) {
    this.history = history;
    this.tasks = tasks;
    this.runtime = runtime;
    this.management = management;
    this.jdbc = jdbc;
  }

  /** Every process instance, called stages included, that works on one of the county's cases: its case. */
  Map<String, String> caseOfInstance(String countyCode) {
    Map<String, String> caseOf = new HashMap<>();
    for (HistoricProcessInstance instance : history.createNativeHistoricProcessInstanceQuery()
        .sql("select p.* from " + table(HistoricProcessInstance.class) + " p where " + ofCounty("p"))
        .parameter("county", countyCode).list()) {
      caseOf.put(instance.getId(), instance.getBusinessKey());
    }
    return caseOf;
  }

  /** Tasks with a due date, done or not, of the given kinds, of the county's cases. */
  List<TaskRecord> tasksWithDeadlines(String countyCode, Map<String, String> caseOf, Set<String> taskKeys) {
    if (caseOf.isEmpty() || taskKeys.isEmpty()) {
      return List.of();
    }
    List<String> keys = List.copyOf(taskKeys);
    List<String> placeholders = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      placeholders.add("#{key" + i + "}");
    }
    NativeHistoricTaskInstanceQuery query = history.createNativeHistoricTaskInstanceQuery()
        .sql("select t.* from " + table(HistoricTaskInstance.class) + " t"
            + " where t.TASK_DEF_KEY_ in (" + String.join(", ", placeholders) + ") and t.DUE_DATE_ is not null"
            + " and t.PROC_INST_ID_ in (select p.PROC_INST_ID_ from " + table(HistoricProcessInstance.class) + " p"
            + " where " + ofCounty("p") + ") order by t.ID_")
        .parameter("county", countyCode);
    for (int i = 0; i < keys.size(); i++) {
      query.parameter("key" + i, keys.get(i));
    }
    return query.list().stream()
        .filter(task -> caseOf.containsKey(task.getProcessInstanceId()))
        .map(task -> new TaskRecord(caseOf.get(task.getProcessInstanceId()), task.getTaskDefinitionKey(), task.getName(),
            task.getAssignee(), toDateTime(task.getStartTime()), toDateTime(task.getDueDate()),
            toDateTime(task.getEndTime()), "completed".equals(task.getDeleteReason())))
        .toList();
  }

  /** The open tasks of the county's cases. */
  List<TaskRecord> openTasks(String countyCode, Map<String, String> caseOf) {
    if (caseOf.isEmpty()) {
      return List.of();
    }
    return tasks.createNativeTaskQuery()
        .sql("select t.* from " + table(Task.class) + " t where t.PROC_INST_ID_ in (select p.ID_ from "
            + table(Execution.class) + " p where " + ofCounty("p") + ") order by t.ID_")
        .parameter("county", countyCode)
        .list().stream()
        .filter(task -> caseOf.containsKey(task.getProcessInstanceId()))
        .map(task -> new TaskRecord(caseOf.get(task.getProcessInstanceId()), task.getTaskDefinitionKey(), task.getName(),
            task.getAssignee(), toDateTime(task.getCreateTime()), toDateTime(task.getDueDate()), null, false))
        .toList();
  }

  /** The open incidents of the county's cases (the engine has no native query for incidents: plain SQL). */
  List<IncidentRecord> incidents(String countyCode, Map<String, String> caseOf) {
    if (caseOf.isEmpty()) {
      return List.of();
    }
    return jdbc.query("select i.PROC_INST_ID_, i.ACTIVITY_ID_, i.INCIDENT_TYPE_, i.INCIDENT_MSG_, i.INCIDENT_TIMESTAMP_"
            + " from " + table(Incident.class) + " i where i.PROC_INST_ID_ in (select p.ID_ from " + table(Execution.class)
            + " p where p.BUSINESS_KEY_ in (" + CountyCases.casesOfCounty("case_number", "?") + ")) order by i.ID_",
        (rs, row) -> new IncidentRecord(caseOf.get(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4),
            toDateTime(rs.getTimestamp(5))),
        countyCode, countyCode).stream()
        .filter(incident -> incident.caseNumber() != null)
        .toList();
  }

  /**
   * Which of the given activities each of the county's cases' own instances is in now: one query
   * per activity for the whole county rather than one per case. An instance in none of them is not
   * in the map. Any failure of the engine reaches the caller: a dashboard that cannot read the
   * engine must say so, not show an open case as if it were still at discovery.
   */
  Map<String, String> instancesIn(String countyCode, Collection<String> activityIds) {
    Map<String, String> activityOf = new HashMap<>();
    for (String activityId : activityIds) {
      for (Execution execution : runtime.createNativeExecutionQuery()
          .sql("select e.* from " + table(Execution.class) + " e where e.ACT_ID_ = #{activityId} and e.PROC_INST_ID_ in ("
              + CountyCases.casesOfCounty("process_instance_id", "#{county}") + ")")
          .parameter("activityId", activityId)
          .parameter("county", countyCode)
          .list()) {
        activityOf.putIfAbsent(execution.getProcessInstanceId(), activityId);
      }
    }
    return activityOf;
  }

  /** The instances (alias {@code instance}, a table with BUSINESS_KEY_) that work on a case of {@code #{county}}. */
  private static String ofCounty(String instance) {
    return instance + ".BUSINESS_KEY_ in (" + CountyCases.casesOfCounty("case_number", "#{county}") + ")";
  }

  private String table(Class<?> entity) {
    return management.getTableName(entity);
  }

  private static LocalDateTime toDateTime(Date date) {
    return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault());
  }

  private static LocalDateTime toDateTime(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toLocalDateTime();
  }
}
