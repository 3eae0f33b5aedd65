package org.careflow.app.dashboard;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Execution;
import org.springframework.stereotype.Component;

/**
 * What the engine knows about a set of cases: their tasks now and before, their incidents, the
 * stage each is in. The only class of the dashboard that talks to the engine.
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

  EngineWork(HistoryService history, TaskService tasks, RuntimeService runtime) {
    this.history = history;
    this.tasks = tasks;
    this.runtime = runtime;
  }

  /** Every process instance, called stages included, that works on one of the cases. */
  Map<String, String> caseOfInstance(Collection<String> caseNumbers) {
    Map<String, String> caseOf = new HashMap<>();
    if (caseNumbers.isEmpty()) {
      return caseOf;
    }
    for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKeyIn(caseNumbers.toArray(String[]::new)).list()) {
      caseOf.put(instance.getId(), instance.getBusinessKey());
    }
    return caseOf;
  }

  /** Tasks with a due date, done or not, of the given kinds. */
  List<TaskRecord> tasksWithDeadlines(Map<String, String> caseOf, Set<String> taskKeys) {
    if (caseOf.isEmpty()) {
      return List.of();
    }
    return history.createHistoricTaskInstanceQuery()
        .processInstanceBusinessKeyIn(Set.copyOf(caseOf.values()).toArray(String[]::new))
        .taskDefinitionKeyIn(taskKeys.toArray(String[]::new))
        .list().stream()
        .filter(task -> task.getDueDate() != null && caseOf.containsKey(task.getProcessInstanceId()))
        .map(task -> new TaskRecord(caseOf.get(task.getProcessInstanceId()), task.getTaskDefinitionKey(), task.getName(),
            task.getAssignee(), toDateTime(task.getStartTime()), toDateTime(task.getDueDate()),
            toDateTime(task.getEndTime()), "completed".equals(task.getDeleteReason())))
        .toList();
  }

  List<TaskRecord> openTasks(Map<String, String> caseOf) {
    if (caseOf.isEmpty()) {
      return List.of();
    }
    return tasks.createTaskQuery()
        .processInstanceBusinessKeyIn(Set.copyOf(caseOf.values()).toArray(String[]::new))
        .list().stream()
        .filter(task -> caseOf.containsKey(task.getProcessInstanceId()))
        .map(task -> new TaskRecord(caseOf.get(task.getProcessInstanceId()), task.getTaskDefinitionKey(), task.getName(),
            task.getAssignee(), toDateTime(task.getCreateTime()), toDateTime(task.getDueDate()), null, false))
        .toList();
  }

  List<IncidentRecord> incidents(Map<String, String> caseOf) {
    return runtime.createIncidentQuery().list().stream()
        .filter(incident -> caseOf.containsKey(incident.getProcessInstanceId()))
        .map(incident -> new IncidentRecord(caseOf.get(incident.getProcessInstanceId()), incident.getActivityId(),
            incident.getIncidentType(), incident.getIncidentMessage(), toDateTime(incident.getIncidentTimestamp())))
        .toList();
  }

  /**
   * Which of the given activities each process instance is in now: one query per activity for the
   * whole county rather than one per case. An instance in none of them is not in the map. Any
   * failure of the engine reaches the caller: a dashboard that cannot read the engine must say so,
   * not show an open case as if it were still at discovery.
   */
  Map<String, String> instancesIn(Collection<String> activityIds) {
    Map<String, String> activityOf = new HashMap<>();
    for (String activityId : activityIds) {
      for (Execution execution : runtime.createExecutionQuery().activityId(activityId).list()) {
        activityOf.putIfAbsent(execution.getProcessInstanceId(), activityId);
      }
    }
    return activityOf;
  }

  private static LocalDateTime toDateTime(Date date) {
    return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault());
  }
}
